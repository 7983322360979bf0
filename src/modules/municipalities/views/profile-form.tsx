import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page-context.ts";
import { CheckboxGroup, CsrfField, ErrorSummary, SubmitButton, TextArea, TextField } from "../../../platform/views/form.tsx";
import { SchemaField } from "../../../platform/views/schema-field.tsx";
import { valueList, valueText, type FieldErrors, type FormValues } from "../../../platform/forms.ts";
import { contactFields, contactKeys } from "../schemas.ts";
import { contactHints, contactLabels, officialDomainsHint, profileLabels } from "../texts.ts";
import { formCrumbs, type Topic } from "./parts.ts";

export interface ProfileFormProps {
  ctx: PageContext;
  municipality: { slug: string; name: string };
  values: FormValues;
  topics: Topic[];
  errors: FieldErrors;
  /** The official mail domains are the team's to record (the admin). */
  showDomains: boolean;
}

/** The profile's form: description, the Jugendamt's contact details (from their one definition) and topics. */
export function ProfileForm(props: ProfileFormProps) {
  const { values, errors, municipality } = props;
  return (
    <Layout ctx={props.ctx} title={`Profil bearbeiten: ${municipality.name}`} crumbs={formCrumbs(municipality, "Profil bearbeiten")}>
      <h1 class="kern-heading-large">Profil bearbeiten: {municipality.name}</h1>
      <ErrorSummary errors={errors} labels={profileLabels} />
      <form method="post" action={`/kommunen/${municipality.slug}/bearbeiten`} class="kern-stack" novalidate>
        <CsrfField token={props.ctx.csrfToken} />
        <TextArea
          name="description"
          label={profileLabels.description}
          hint="Ausgangslage, Strukturen und Schwerpunkte der Kommune, höchstens 3.000 Zeichen."
          value={valueText(values, "description")}
          errors={errors}
          rows={8}
          optional
        />
        <fieldset class="kern-fieldset">
          <legend class="kern-label">Jugendamt</legend>
          <div class="kern-fieldset__body kern-stack">
            {contactKeys.map((key) => (
              <SchemaField
                name={key}
                schema={contactFields[key]}
                label={contactLabels[key]}
                hint={contactHints[key]}
                value={valueText(values, key)}
                errors={errors}
              />
            ))}
          </div>
        </fieldset>
        {props.showDomains && (
          <TextField
            name="officialDomains"
            label={profileLabels.officialDomains}
            hint={officialDomainsHint}
            value={valueText(values, "officialDomains")}
            errors={errors}
            maxLength={500}
            optional
          />
        )}
        <CheckboxGroup
          name="topics"
          legend={profileLabels.topics}
          options={props.topics.map((t) => ({ value: t.slug, label: t.label }))}
          checked={valueList(values, "topics")}
          errors={errors}
        />
        <div>
          <SubmitButton label="Speichern" />
        </div>
      </form>
    </Layout>
  );
}
