import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { perspectives } from "../rules/labels.ts";
import { deadlineLabel, type ApplicationFormat } from "../queries.ts";
import { fieldLabels } from "../texts.ts";
import { Checkbox, CsrfField, ErrorSummary, SelectField, SubmitButton, TextArea, TextField } from "../../../../platform/views/form.tsx";

export interface ApplicationFormView {
  format: ApplicationFormat;
  /** Why applications are closed, or null while they are open. */
  closedReason: string | null;
  submitted: boolean;
  values: Record<string, string>;
  errors: FieldErrors;
}

const perspectiveOptions = [{ value: "", label: "Bitte wählen" }, ...perspectives.map((p) => ({ value: p, label: p }))];

export function ApplicationFormPage({ ctx, view }: { ctx: PageContext; view: ApplicationFormView }) {
  const { format } = view;
  return (
    <Layout
      ctx={ctx}
      title={`Bewerbung: ${format.title}`}
      crumbs={[{ label: "Startseite", href: "/" }, { label: "Fellow-Programm", href: "/fellow-programm" }, { label: `Bewerbung: ${format.title}` }]}
    >
      <h1 class="kern-heading-large">Bewerbung für den {format.title}</h1>
      <p class="kern-body">
        Im {format.title} sind {format.freeSeats} Plätze für Führungskräfte aus Kommunen frei, die nicht zur Fellow-Kohorte gehören. Das Team stellt aus den
        Bewerbungen eine möglichst vielfältige Gruppe zusammen: aus verschiedenen Ländern und Arbeitsfeldern, mit unterschiedlicher Erfahrung, aus Städten und
        Landkreisen.
      </p>
      <p class="kern-body">
        Bewerbungsfrist: <strong>{deadlineLabel(format)}</strong>
      </p>
      {view.submitted ? (
        <Alert kind="success" title="Vielen Dank. Bitte bestätigen Sie Ihre Adresse.">
          <p class="kern-body">
            Wir haben Ihnen eine E-Mail mit einem Link geschickt. Erst wenn Sie Ihre Adresse damit bestätigt haben, zählt Ihre Bewerbung. Nach dem Ende der
            Frist schreiben wir Ihnen, ob Sie einen Platz erhalten.
          </p>
        </Alert>
      ) : view.closedReason ? (
        <Alert kind="info" title={view.closedReason} />
      ) : (
        <ApplicationForm ctx={ctx} view={view} />
      )}
    </Layout>
  );
}

function ApplicationForm({ ctx, view }: { ctx: PageContext; view: ApplicationFormView }) {
  const { values, errors } = view;
  const fieldErrors = Object.fromEntries(Object.entries(errors).filter(([k]) => k !== "form"));
  return (
    <form method="post" action={`/lernpfade/${view.format.slug}/bewerbung`} class="kern-stack" novalidate>
      <CsrfField token={ctx.csrfToken} />
      {errors.form && <Alert kind="danger" title={errors.form} urgent />}
      <ErrorSummary errors={fieldErrors} labels={fieldLabels} />
      <PersonFields values={values} errors={errors} />
      <fieldset class="kern-fieldset">
        <legend class="kern-label">Ihre Kommune</legend>
        <div class="kern-fieldset__body kern-stack">
          <p class="kern-body">
            Den Gemeindeschlüssel finden Sie im{" "}
            <a class="kern-link" href="/kommunen">
              Kommunenverzeichnis
            </a>{" "}
            auf der Seite Ihrer Kommune.
          </p>
          <TextField
            name="ags"
            label={fieldLabels.ags}
            hint="5 Ziffern für Kreise und kreisfreie Städte (z. B. 05314 für Bonn), 8 Ziffern für kreisangehörige Städte (z. B. 05758012 für Herford)."
            value={values.ags}
            errors={errors}
            maxLength={20}
          />
        </div>
      </fieldset>
      <TextArea
        name="motivation"
        label={fieldLabels.motivation}
        hint="Warum möchten Sie am Lernpfad teilnehmen, und was bringen Sie mit? Mindestens 50, höchstens 3.000 Zeichen."
        value={values.motivation}
        errors={errors}
        rows={8}
        maxLength={3000}
      />
      <TandemFields values={values} errors={errors} />
      <p class="kern-body">Ihre Angaben sieht nur das Team der Initiative. Wir nutzen sie ausschließlich für die Auswahl der Teilnehmenden.</p>
      <div>
        <SubmitButton label="Bewerbung absenden" />
      </div>
    </form>
  );
}

type Fields = Pick<ApplicationFormView, "values" | "errors">;

function PersonFields({ values, errors }: Fields) {
  return (
    <fieldset class="kern-fieldset">
      <legend class="kern-label">Zu Ihrer Person</legend>
      <div class="kern-fieldset__body kern-stack">
        <TextField name="name" label={fieldLabels.name} autocomplete="name" value={values.name} errors={errors} maxLength={120} />
        <TextField
          name="email"
          type="email"
          label={fieldLabels.email}
          autocomplete="email"
          hint="An diese Adresse schicken wir die Bestätigung und später die Entscheidung."
          value={values.email}
          errors={errors}
          maxLength={254}
        />
        <TextField
          name="jobTitle"
          label={fieldLabels.jobTitle}
          autocomplete="organization-title"
          hint="Zum Beispiel: Leitung des Jugendamts"
          value={values.jobTitle}
          errors={errors}
          maxLength={150}
        />
        <TextField
          name="yearsOfExperience"
          type="number"
          label={fieldLabels.yearsOfExperience}
          hint="Wie viele Jahre Sie schon Führungsverantwortung tragen, von 0 bis 60."
          value={values.yearsOfExperience}
          errors={errors}
        />
        <SelectField
          name="perspective"
          label={fieldLabels.perspective}
          hint="Aus welchem Arbeitsfeld Sie auf das Aufwachsen in Ihrer Kommune blicken."
          options={perspectiveOptions}
          value={values.perspective}
          errors={errors}
        />
      </div>
    </fieldset>
  );
}

function TandemFields({ values, errors }: Fields) {
  return (
    <fieldset class="kern-fieldset">
      <legend class="kern-label">Tandem</legend>
      <div class="kern-fieldset__body kern-stack">
        <Checkbox
          name="tandemPartnerApplying"
          label="Meine Planungsfachkraft bewirbt sich für den Lernpfad Change"
          checked={values.tandemPartnerApplying === "ja"}
        />
        <TextField
          name="partnerName"
          label={fieldLabels.partnerName}
          optional
          hint="Nur ausfüllen, wenn sich Ihre Planungsfachkraft mitbewirbt."
          value={values.partnerName}
          errors={errors}
          maxLength={120}
        />
      </div>
    </fieldset>
  );
}
