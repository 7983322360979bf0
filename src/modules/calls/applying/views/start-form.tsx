import type { PageContext } from "../../../../platform/views/page-context.ts";
import { CsrfField, SelectField, SubmitButton, TextField } from "../../../../platform/views/form.tsx";
import { valueText, type FieldErrors, type FormValues } from "../../../../platform/forms.ts";
import { tandemRoles } from "../../reference.ts";
import { fieldLabels } from "../texts.ts";

const roleOptions = Object.entries(tandemRoles).map(([value, label]) => ({ value, label }));

/** Starting the municipality's application: the user's own role and the partner, who must be a member of the municipality. */
export function StartForm(props: { ctx: PageContext; action: string; municipality: { name: string; slug: string }; values: FormValues; errors: FieldErrors }) {
  const { values, errors } = props;
  return (
    <section class="kern-stack" aria-labelledby="beginnen">
      <h2 class="kern-heading-medium" id="beginnen">
        Bewerbung beginnen
      </h2>
      <p class="kern-body">
        Ein Tandem bewirbt sich: eine Führungskraft mit Planungs- und Steuerungsverantwortung und eine Planungsfachkraft für die Jugendhilfeplanung. Nennen Sie
        Ihre Rolle und Ihre Partnerin oder Ihren Partner. Die Person braucht ein Konto für {props.municipality.name}; fehlt es, lädt die Führungskraft sie
        zuerst unter „Mitglieder meiner Kommune“ ein.
      </p>
      <form method="post" action={props.action} class="kern-stack" novalidate>
        <CsrfField token={props.ctx.csrfToken} />
        <SelectField name="role" label={fieldLabels.role} value={valueText(values, "role") || "leader"} options={roleOptions} errors={errors} />
        <TextField name="partnerName" label={fieldLabels.partnerName} value={valueText(values, "partnerName")} errors={errors} maxLength={120} />
        <TextField
          name="partnerEmail"
          type="email"
          label={fieldLabels.partnerEmail}
          hint="Die Adresse ihres oder seines Kontos bei K360. Die Person erhält eine Einladung mit einem Link zum Bestätigen."
          value={valueText(values, "partnerEmail")}
          errors={errors}
          maxLength={254}
        />
        <div>
          <SubmitButton label="Bewerbung beginnen" />
        </div>
      </form>
    </section>
  );
}
