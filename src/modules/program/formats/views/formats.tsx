import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import { isTicked, valueText, type FieldErrors, type FormValues } from "../../../../platform/forms.ts";
import { formatKinds, obligees, type FormatKind, type FormatRule } from "../../reference.ts";
import { ruleSentence } from "../../rules/obligations-wording.ts";
import { Checkbox, CsrfField, ErrorSummary, SelectField, SubmitButton, TextArea, TextField } from "../../../../platform/views/form.tsx";

type Format = { id: number; title: string; kind: string; description: string; rule: FormatRule; freeSeats: number | null; applicationDeadline: string | null };
const crumbs = [
  { label: "Startseite", href: "/" },
  { label: "Programmsteuerung", href: "/programm" },
];
const labels = {
  title: "Name",
  description: "Beschreibung",
  obligee: "Verpflichtend für",
  required: "Anzahl verpflichtender Termine oder Module",
  freeSeats: "Freie Plätze für Bewerbungen",
  applicationDeadline: "Bewerbungsfrist",
};

export function FormatsPage({ ctx, list, programEndsOn, saved }: { ctx: PageContext; list: Format[]; programEndsOn: string; saved: boolean }) {
  return (
    <Layout ctx={ctx} title="Formate und Regeln" crumbs={[...crumbs, { label: "Formate und Regeln" }]}>
      {saved && <Alert kind="success" title="Die Regeln sind gespeichert. Die Verpflichtungen werden danach berechnet." />}
      <h1 class="kern-heading-large">Formate und Regeln</h1>
      <ul class="kern-list">
        {list.map((f) => (
          <li>
            <a class="kern-link" href={`/programm/formate/${f.id}/bearbeiten`}>
              {f.title}
            </a>{" "}
            ({formatKinds[f.kind as FormatKind] ?? f.kind}): {ruleSentence({ ...f, kind: f.kind as FormatKind }, programEndsOn)}
            {f.freeSeats ? ` ${f.freeSeats} freie Plätze für Bewerbungen.` : ""}
          </li>
        ))}
      </ul>
    </Layout>
  );
}

export function FormatForm(props: { ctx: PageContext; format: Format; values: FormValues; errors: FieldErrors }) {
  const { values, errors, format } = props;
  return (
    <Layout
      ctx={props.ctx}
      title={`Regeln: ${format.title}`}
      crumbs={[...crumbs, { label: "Formate und Regeln", href: "/programm/formate" }, { label: format.title }]}
    >
      <h1 class="kern-heading-large">Regeln: {format.title}</h1>
      <ErrorSummary errors={errors} labels={labels} />
      <form method="post" action={`/programm/formate/${format.id}/bearbeiten`} class="kern-stack" novalidate>
        <CsrfField token={props.ctx.csrfToken} />
        <TextField name="title" label={labels.title} value={valueText(values, "title")} errors={errors} />
        <TextArea name="description" label={labels.description} value={valueText(values, "description")} errors={errors} optional />
        <SelectField
          name="obligee"
          label={labels.obligee}
          value={valueText(values, "obligee")}
          errors={errors}
          options={Object.entries(obligees).map(([value, label]) => ({ value, label }))}
        />
        <TextField name="required" type="number" label={labels.required} value={valueText(values, "required")} errors={errors} />
        <Checkbox name="byModule" label="Lernpfad: jedes Modul zählt einmal, alle seine Tage müssen besucht sein" checked={isTicked(values, "byModule")} />
        <TextField
          name="freeSeats"
          type="number"
          label={labels.freeSeats}
          hint="Nur für Lernpfade mit Plätzen für weitere Kommunen; sonst leer lassen."
          value={valueText(values, "freeSeats")}
          errors={errors}
          optional
        />
        <TextField
          name="applicationDeadline"
          type="date"
          label={labels.applicationDeadline}
          value={valueText(values, "applicationDeadline")}
          errors={errors}
          optional
        />
        <div>
          <SubmitButton label="Regeln speichern" />
        </div>
      </form>
    </Layout>
  );
}

export function formatValues(format: Format): FormValues {
  return {
    title: format.title,
    description: format.description,
    obligee: format.rule.obligee,
    required: String(format.rule.required),
    byModule: format.rule.byModule ? "ja" : "",
    freeSeats: format.freeSeats === null ? "" : String(format.freeSeats),
    applicationDeadline: format.applicationDeadline ?? "",
  };
}
