import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import { valueList, valueText, type FieldErrors, type FormValues } from "../../../../platform/forms.ts";
import { exchangeCrumbs } from "../../views/crumbs.ts";
import { visibilities } from "../../reference.ts";
import { CheckboxGroup, CsrfField, ErrorSummary, SelectField, TextArea, TextField } from "../../../../platform/views/form.tsx";

export const reportLabels = {
  title: "Titel",
  problem: "Das Problem",
  context: "Der Rahmen vor Ort",
  approach: "Wie Sie vorgegangen sind",
  worked: "Was funktioniert hat",
  notWorked: "Was nicht funktioniert hat",
  transfer: "Was übertragbar ist – und unter welchen Bedingungen",
  topics: "Themen",
  changeProjectId: "Veränderungsvorhaben",
  contactName: "Ansprechperson",
  contactEmail: "E-Mail-Adresse der Ansprechperson",
  visibility: "Wer darf den Bericht lesen?",
};

export interface ReportFormProps {
  ctx: PageContext;
  id: number | null;
  published: boolean;
  values: FormValues;
  errors: FieldErrors;
  topics: { slug: string; label: string }[];
  projects: { id: number; title: string }[];
}

/** The report's text: title and the parts other municipalities learn from. */
function Narrative(props: ReportFormProps) {
  const errors = props.errors;
  const str = (key: string) => valueText(props.values, key);
  return (
    <>
      <TextField
        name="title"
        label={reportLabels.title}
        hint="Worum geht es, in einem Satz? Zum Beispiel: „Jugendforum als fester Teil der Förderplanung“"
        value={str("title")}
        errors={errors}
        maxLength={150}
      />
      <TextArea name="problem" label={reportLabels.problem} hint="Wovon sind Sie ausgegangen? Was lief nicht gut?" value={str("problem")} errors={errors} />
      <TextArea
        name="context"
        label={reportLabels.context}
        hint="Größe, Struktur des Jugendamts, Beteiligte, Besonderheiten Ihrer Kommune"
        value={str("context")}
        errors={errors}
        optional
      />
      <TextArea name="approach" label={reportLabels.approach} rows={8} value={str("approach")} errors={errors} />
      <TextArea name="worked" label={reportLabels.worked} value={str("worked")} errors={errors} optional />
      <TextArea
        name="notWorked"
        label={reportLabels.notWorked}
        hint="Gescheiterte Versuche sind ausdrücklich willkommen: Sie ersparen anderen Umwege."
        value={str("notWorked")}
        errors={errors}
        optional
      />
      <TextArea name="transfer" label={reportLabels.transfer} value={str("transfer")} errors={errors} optional />
    </>
  );
}

/** Topics, project, contact and readers of the report. */
function Details(props: ReportFormProps) {
  const errors = props.errors;
  const str = (key: string) => valueText(props.values, key);
  return (
    <>
      <CheckboxGroup
        name="topics"
        legend={reportLabels.topics}
        hint="Höchstens fünf"
        options={props.topics.map((t) => ({ value: t.slug, label: t.label }))}
        checked={valueList(props.values, "topics")}
        errors={errors}
      />
      <SelectField
        name="changeProjectId"
        label={reportLabels.changeProjectId}
        value={str("changeProjectId")}
        errors={errors}
        optional
        options={[{ value: "", label: "Kein Vorhaben" }, ...props.projects.map((p) => ({ value: String(p.id), label: p.title }))]}
      />
      <TextField
        name="contactName"
        label={reportLabels.contactName}
        hint="Name und Funktion, zum Beispiel „Sabine Krüger, Jugendhilfeplanung“"
        value={str("contactName")}
        errors={errors}
        optional
        maxLength={120}
      />
      <TextField
        name="contactEmail"
        type="email"
        label={reportLabels.contactEmail}
        hint="Sehen nur angemeldete Mitglieder."
        value={str("contactEmail")}
        errors={errors}
        optional
        autocomplete="email"
      />
      <SelectField
        name="visibility"
        label={reportLabels.visibility}
        value={str("visibility") || "network"}
        errors={errors}
        options={Object.entries(visibilities).map(([value, vis]) => ({ value, label: `${vis.label} – ${vis.hint}` }))}
      />
    </>
  );
}

/** Writing or changing a practice report: save as a draft at any time, hand it to the team when it is ready. */
export function ReportForm(props: ReportFormProps) {
  const title = props.id ? "Praxisbeispiel bearbeiten" : "Praxisbeispiel schreiben";
  const errors = props.errors;
  return (
    <Layout ctx={props.ctx} title={title} crumbs={exchangeCrumbs({ label: "Meine Berichte", href: "/austausch/meine-berichte" }, { label: title })}>
      <h1 class="kern-heading-large">{title}</h1>
      <p class="kern-body">
        Andere Kommunen lernen am meisten, wenn Sie offen schreiben – auch darüber, was nicht geklappt hat. Sie können jederzeit als Entwurf speichern. Wenn der
        Bericht fertig ist, reichen Sie ihn ein; das Team der Initiative sieht ihn durch und veröffentlicht ihn.
      </p>
      {props.published && (
        <Alert kind="info" title="Der Bericht ist veröffentlicht">
          <p class="kern-body">Wenn Sie ihn ändern, prüft das Team ihn erneut; bis dahin ist er nicht zu finden.</p>
        </Alert>
      )}
      <ErrorSummary errors={errors} labels={reportLabels} />
      <form method="post" action={props.id ? `/austausch/berichte/${props.id}/bearbeiten` : "/austausch/berichte/neu"} class="kern-stack" novalidate>
        <CsrfField token={props.ctx.csrfToken} />
        <Narrative {...props} />
        <Details {...props} />
        <div>
          <button type="submit" name="aktion" value="entwurf" class="kern-btn kern-btn--secondary">
            <span class="kern-label">Als Entwurf speichern</span>
          </button>{" "}
          <button type="submit" name="aktion" value="einreichen" class="kern-btn kern-btn--primary">
            <span class="kern-label">Zur Prüfung einreichen</span>
          </button>
        </div>
      </form>
    </Layout>
  );
}
