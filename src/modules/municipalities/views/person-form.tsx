import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page-context.ts";
import { Checkbox, CsrfField, ErrorSummary, SelectField, SubmitButton, TextField } from "../../../platform/views/form.tsx";
import { isTicked, valueText, type FieldErrors, type FormValues } from "../../../platform/forms.ts";
import { memberRoles, roleLabels } from "../../../platform/auth/roles.ts";
import { tandemRoles } from "../reference.ts";
import { personLabels } from "../texts.ts";
import { formCrumbs } from "./parts.ts";

const tandemOptions = [{ value: "", label: "Nicht im Tandem" }, ...Object.entries(tandemRoles).map(([value, label]) => ({ value, label }))];
const accountOptions = [{ value: "", label: "Kein Konto" }, ...memberRoles.map((role) => ({ value: role, label: roleLabels[role] }))];

/** The admin adds a person to a municipality, with consent to the profile and, if wanted, an account. */
export function PersonForm(props: { ctx: PageContext; municipality: { slug: string; name: string }; values: FormValues; errors: FieldErrors }) {
  const { values, errors, municipality } = props;
  return (
    <Layout ctx={props.ctx} title={`Person hinzufügen: ${municipality.name}`} crumbs={formCrumbs(municipality, "Person hinzufügen")}>
      <h1 class="kern-heading-large">Person hinzufügen: {municipality.name}</h1>
      <ErrorSummary errors={errors} labels={personLabels} />
      <form method="post" action={`/kommunen/${municipality.slug}/personen/neu`} class="kern-stack" novalidate>
        <CsrfField token={props.ctx.csrfToken} />
        <TextField name="name" label={personLabels.name} value={valueText(values, "name")} errors={errors} autocomplete="off" />
        <TextField name="jobTitle" label={personLabels.jobTitle} value={valueText(values, "jobTitle")} errors={errors} optional />
        <SelectField name="tandemRole" label={personLabels.tandemRole} value={valueText(values, "tandemRole")} errors={errors} options={tandemOptions} />
        <TextField
          name="email"
          type="email"
          label={personLabels.email}
          hint="Wird nicht veröffentlicht. Nötig, wenn die Person ein Konto erhält."
          value={valueText(values, "email")}
          errors={errors}
          autocomplete="off"
          optional
        />
        <Checkbox
          name="showOnProfile"
          label="Die Person hat eingewilligt, mit Name und Funktion auf dem öffentlichen Profil zu erscheinen."
          checked={isTicked(values, "showOnProfile")}
        />
        <SelectField
          name="accountRole"
          label={personLabels.accountRole}
          hint="Mit Konto kann die Person das Profil und die Vorhaben ihrer Kommune pflegen. Sie erhält dazu eine E-Mail."
          value={valueText(values, "accountRole")}
          errors={errors}
          options={accountOptions}
        />
        <div>
          <SubmitButton label="Person speichern" />
        </div>
      </form>
    </Layout>
  );
}
