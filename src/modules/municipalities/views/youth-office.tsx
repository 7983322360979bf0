import type { Profile } from "../schemas.ts";
import { contactKeys, type ContactField } from "../schemas.ts";
import { contactLabels } from "../texts.ts";

/** How a contact detail is shown: the e-mail address and the phone can be used from the page, the website opens. */
function ContactValue({ field, value }: { field: ContactField; value: string }) {
  if (field === "youthOfficeEmail")
    return (
      <a class="kern-link" href={`mailto:${value}`}>
        {value}
      </a>
    );
  if (field === "youthOfficePhone")
    return (
      <a class="kern-link" href={`tel:${value.replace(/[^+\d]/g, "")}`}>
        {value}
      </a>
    );
  if (field === "youthOfficeWebsite")
    return (
      <a class="kern-link" href={value} rel="noopener noreferrer">
        {value}
      </a>
    );
  return <span class="k360-lines">{value}</span>;
}

/** The Jugendamt's contact details, as many as the municipality entered. */
export function YouthOffice({ profile }: { profile: Profile }) {
  const known = contactKeys.filter((key) => profile[key]);
  return (
    <>
      <h2 class="kern-heading-medium">Jugendamt</h2>
      {known.length === 0 ? (
        <p class="kern-body">Zum Jugendamt liegen noch keine Angaben vor.</p>
      ) : (
        <dl class="k360-facts">
          {known.map((key) => (
            <>
              <dt>{contactLabels[key]}</dt>
              <dd>
                <ContactValue field={key} value={profile[key]} />
              </dd>
            </>
          ))}
        </dl>
      )}
    </>
  );
}
