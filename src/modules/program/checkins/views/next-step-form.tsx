import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { valueText, type FieldErrors, type FormValues } from "../../../../platform/forms.ts";
import { formatDays } from "../../../../platform/dates.ts";
import { Checkbox, CsrfField, ErrorSummary, SelectField, SubmitButton, TextField } from "../../../../platform/views/form.tsx";
import type { TeamCheckIn } from "../queries.ts";
import { checkInTexts } from "../texts.ts";

const labels = { description: "Nächster Schritt", owner: "Verantwortlich", dueOn: "Fällig am", erledigt: "Erledigt" };

export interface NextStepFormView {
  checkIn: TeamCheckIn;
  /** The step being corrected, or null for a new one. */
  stepId: number | null;
  owners: { userId: number; name: string }[];
  values: FormValues;
  errors: FieldErrors;
}

/** Agrees or corrects a next step: what, who (a tandem member or the team) and by when. */
export function NextStepFormPage({ ctx, view }: { ctx: PageContext; view: NextStepFormView }) {
  const { checkIn } = view;
  const title = view.stepId ? "Nächsten Schritt bearbeiten" : "Nächsten Schritt vereinbaren";
  const timeline = `/programm/check-ins/kommunen/${checkIn.municipalityId}`;
  const crumbs = [
    { label: "Startseite", href: "/" },
    { label: "Programmsteuerung", href: "/programm" },
    { label: `Verlauf: ${checkIn.municipalityName}`, href: timeline },
    { label: title },
  ];
  const action = view.stepId ? `/programm/naechste-schritte/${view.stepId}/bearbeiten` : `/programm/check-ins/${checkIn.id}/schritte/neu`;
  return (
    <Layout ctx={ctx} title={title} crumbs={crumbs}>
      <h1 class="kern-heading-large">{title}</h1>
      <p class="kern-body">
        {checkIn.municipalityName}, Check-In am {formatDays([checkIn.heldOn])}
      </p>
      <ErrorSummary errors={view.errors} labels={labels} />
      <form method="post" action={action} class="kern-stack" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextField name="description" label={labels.description} value={valueText(view.values, "description")} errors={view.errors} />
        <SelectField
          name="owner"
          label={labels.owner}
          hint="Die Person sieht den Schritt auf ihrer Startseite „Mein K360“."
          value={valueText(view.values, "owner")}
          errors={view.errors}
          options={[
            { value: "", label: "Bitte wählen" },
            ...view.owners.map((o) => ({ value: String(o.userId), label: o.name })),
            { value: "team", label: checkInTexts.team },
          ]}
        />
        <TextField name="dueOn" type="date" label={labels.dueOn} value={valueText(view.values, "dueOn")} errors={view.errors} />
        <Checkbox name="erledigt" label={labels.erledigt} checked={valueText(view.values, "erledigt") === "ja"} value="ja" />
        <div>
          <SubmitButton label="Speichern" />
        </div>
      </form>
    </Layout>
  );
}
