import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { formatDateTime } from "../../../../platform/dates.ts";
import type { DataGroup } from "../queries.ts";
import type { Erased } from "../commands/erase-personal-data.ts";
import { labels } from "../texts.ts";
import { Checkbox, CsrfField, ErrorSummary, FieldError, SubmitButton, TextField } from "../../../../platform/views/form.tsx";

const pageCrumbs = [{ label: "Startseite", href: "/" }, { label: "Datenschutz", href: "/datenschutz" }, { label: "Auskunft und Löschung" }];
const isoTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
/** Times are exported as ISO strings; on the page they read as German dates. */
const shown = (value: string) => (isoTime.test(value) ? formatDateTime(new Date(value)) : value || "–");

function Group({ group }: { group: DataGroup }) {
  return (
    <section>
      <h3 class="kern-heading-small">
        {group.label} ({group.records.length === 0 ? "nichts gespeichert" : `${group.records.length} ${group.records.length === 1 ? "Eintrag" : "Einträge"}`})
      </h3>
      {group.records.map((record) => (
        <dl class="k360-facts">
          {Object.entries(record).map(([key, value]) => (
            <>
              <dt>{key}</dt>
              <dd class="k360-mail">{shown(value)}</dd>
            </>
          ))}
        </dl>
      ))}
      {group.kept && group.records.length > 0 && <p class="kern-body">{group.kept}</p>}
    </section>
  );
}

function EraseForm({ ctx, email, errors }: { ctx: PageContext; email: string; errors: FieldErrors }) {
  return (
    <form method="post" action="/datenschutz/auskunft/loeschen" class="kern-stack" novalidate>
      <CsrfField token={ctx.csrfToken} />
      <input type="hidden" name="email" value={email} />
      <fieldset
        class={`kern-fieldset${errors.bestaetigt ? " kern-fieldset--error" : ""}`}
        aria-describedby={errors.bestaetigt ? "bestaetigt-error" : undefined}
      >
        <legend class="kern-label">Alles löschen</legend>
        <div class="kern-fieldset__body">
          <Checkbox
            name="bestaetigt"
            label={`Ich habe geprüft, dass die Person mit ${email} die Löschung verlangt hat. Die Daten lassen sich danach nicht wiederherstellen.`}
            checked={false}
          />
        </div>
        <FieldError id="bestaetigt" error={errors.bestaetigt} />
      </fieldset>
      <div>
        <SubmitButton label="Alles löschen" kind="secondary" />
      </div>
    </form>
  );
}

export interface LookupView {
  ctx: PageContext;
  email: string;
  errors: FieldErrors;
  groups: DataGroup[] | null;
}

/** The admin's lookup: an address, what is stored under it, the download and the erase form. */
export function LookupPage({ ctx, email, errors, groups }: LookupView) {
  const found = groups?.some((g) => g.records.length > 0) ?? false;
  const erasable = groups?.some((g) => !g.kept && g.records.length > 0) ?? false;
  return (
    <Layout ctx={ctx} title="Auskunft und Löschung" crumbs={pageCrumbs}>
      <h1 class="kern-heading-large">Auskunft und Löschung</h1>
      <p class="kern-body">
        Geben Sie eine E-Mail-Adresse ein. Die Seite zeigt alles, was die Plattform zu dieser Adresse speichert: für eine Auskunft nach Art. 15 DSGVO zum
        Herunterladen und für eine Löschung nach Art. 17 DSGVO in einem Schritt.
      </p>
      <ErrorSummary errors={errors} labels={labels} />
      <form method="get" action="/datenschutz/auskunft" class="kern-stack" novalidate>
        <TextField name="email" label={labels.email} type="email" autocomplete="off" value={email} errors={errors} maxLength={254} />
        <div>
          <SubmitButton label="Daten anzeigen" />
        </div>
      </form>
      {groups && (
        <>
          <h2 class="kern-heading-medium">Gespeichert zu {email}</h2>
          {!found && <Alert kind="info" title="Zu dieser Adresse ist nichts gespeichert." />}
          {groups.map((g) => (
            <Group group={g} />
          ))}
          {found && (
            <>
              <p class="kern-body">
                <a class="kern-link" href={`/datenschutz/auskunft/export?email=${encodeURIComponent(email)}`} download>
                  Alle Angaben als JSON-Datei herunterladen
                </a>
              </p>
              <h2 class="kern-heading-medium">Löschen</h2>
              {erasable ? (
                <>
                  <p class="kern-body">
                    Löscht alle Einträge oben in einem Schritt, außer dem Benutzerkonto. Wo Statistiken eine Zeile brauchen (erfasste Anwesenheiten), werden
                    Name und E-Mail-Adresse entfernt.
                  </p>
                  <EraseForm ctx={ctx} email={email} errors={errors} />
                </>
              ) : (
                <p class="kern-body">Außer dem Benutzerkonto ist nichts gespeichert, was sich hier löschen lässt.</p>
              )}
            </>
          )}
        </>
      )}
    </Layout>
  );
}

/** What was erased per source, and what is still stored (the account). */
export function ErasedPage({ ctx, email, erased, remaining }: { ctx: PageContext; email: string; erased: Erased[]; remaining: DataGroup[] }) {
  const left = remaining.filter((g) => g.records.length > 0);
  return (
    <Layout ctx={ctx} title="Daten gelöscht" crumbs={pageCrumbs}>
      <h1 class="kern-heading-large">Daten zu {email} gelöscht</h1>
      <Alert kind="success" title={`${erased.reduce((n, e) => n + e.count, 0)} Einträge gelöscht oder anonymisiert`} />
      <ul class="kern-list kern-list--bullet">
        {erased.map((e) => (
          <li>
            {e.label}: {e.count}
          </li>
        ))}
      </ul>
      <h2 class="kern-heading-medium">Was noch gespeichert ist</h2>
      {left.length === 0 ? <p class="kern-body">Zu dieser Adresse ist nichts mehr gespeichert.</p> : left.map((g) => <Group group={g} />)}
      <p class="kern-body">
        <a class="kern-link" href="/datenschutz/auskunft">
          Andere Adresse prüfen
        </a>
      </p>
    </Layout>
  );
}
