import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import { valueList, valueText, type FieldErrors, type FormValues } from "../../../../platform/forms.ts";
import { checkInTopics } from "../reference.ts";
import type { CheckIn, NextStep, TeamCheckIn } from "../queries.ts";
import { checkInTexts } from "../texts.ts";
import { formatDays, formatDayWithWeekday } from "../../../../platform/dates.ts";
import { CheckboxGroup, CsrfField, ErrorSummary, SelectField, SubmitButton, TextArea, TextField } from "../../../../platform/views/form.tsx";

const crumbs = (label: string) => [
  { label: "Startseite", href: "/" },
  { label: "Programmsteuerung", href: "/programm" },
  { label: "Check-Ins", href: "/programm/check-ins" },
  { label },
];

/** "fällig am 1. Februar 2027", "überfällig seit …" or "erledigt". */
export const dueLabel = (step: NextStep, today: string) =>
  `${step.done ? "erledigt" : step.dueOn < today ? "überfällig seit" : "fällig am"}${step.done ? "" : ` ${formatDays([step.dueOn])}`}`;

/** One check-in with its confidential notes; shown only to the team and the municipality's tandem, the team's own notes only to the team. */
export function CheckInEntry({ c: checkIn, editable, steps }: { c: CheckIn | TeamCheckIn; editable: boolean; steps?: { list: NextStep[]; today: string } }) {
  return (
    <article class="kern-card" aria-labelledby={`check-in-${checkIn.id}`}>
      <div class="kern-card__container">
        <header class="kern-card__header">
          <h3 class="kern-title" id={`check-in-${checkIn.id}`}>
            {checkIn.municipalityName}: Check-In am {formatDayWithWeekday(checkIn.heldOn)}
          </h3>
        </header>
        <section class="kern-card__body kern-stack">
          {checkIn.participants && <p class="kern-body">Beteiligt: {checkIn.participants}</p>}
          {checkIn.topics.length > 0 && <p class="kern-body">Themen: {checkIn.topics.join(", ")}</p>}
          {checkIn.notes && (
            <div>
              <p class="kern-label">{checkInTexts.sharedNotes}</p>
              <p class="kern-body k360-mail">{checkIn.notes}</p>
            </div>
          )}
          {"teamNotes" in checkIn && checkIn.teamNotes && (
            <div>
              <p class="kern-label">{checkInTexts.teamNotes}</p>
              <p class="kern-body k360-mail">{checkIn.teamNotes}</p>
            </div>
          )}
          {checkIn.nextSteps && <p class="kern-body k360-mail">Vereinbarte nächste Schritte: {checkIn.nextSteps}</p>}
          {steps && steps.list.length > 0 && (
            <ul class="kern-list" aria-label={`Nächste Schritte aus dem Check-In am ${formatDayWithWeekday(checkIn.heldOn)}`}>
              {steps.list.map((step) => (
                <li>
                  {step.description} – {step.ownerName ?? checkInTexts.team} – {dueLabel(step, steps.today)}
                </li>
              ))}
            </ul>
          )}
        </section>
        {editable && (
          <footer class="kern-card__footer">
            <a class="kern-link" href={`/programm/check-ins/${checkIn.id}/bearbeiten`}>
              Check-In vom {checkIn.heldOn.split("-").reverse().join(".")} mit {checkIn.municipalityName} bearbeiten
            </a>
          </footer>
        )}
      </div>
    </article>
  );
}

export function CheckInsPage({ ctx, list, cohort }: { ctx: PageContext; list: TeamCheckIn[]; cohort: { id: number; name: string }[] }) {
  return (
    <Layout ctx={ctx} title="Check-Ins" crumbs={crumbs("Check-Ins").slice(0, 2).concat({ label: "Check-Ins" })}>
      <h1 class="kern-heading-large">Check-Ins</h1>
      <Alert kind="info" title="Vertraulich">
        <p class="kern-body">
          Die Notizen für das Tandem sehen das Team der Initiative und das Tandem der jeweiligen Kommune. Die internen Notizen sind nur für das Team sichtbar.
        </p>
      </Alert>
      <p class="kern-body">
        <a class="kern-link" href="/programm/check-ins/neu">
          Check-In erfassen
        </a>
      </p>
      <h2 class="kern-heading-medium">Verlauf je Tandem</h2>
      <p class="kern-body">Check-Ins und vereinbarte nächste Schritte einer Kommune, nach Thema und Zeitraum filterbar.</p>
      <ul class="kern-list kern-list--horizontal">
        {cohort.map((m) => (
          <li>
            <a class="kern-link" href={`/programm/check-ins/kommunen/${m.id}`}>
              {m.name}
            </a>
          </li>
        ))}
      </ul>
      <h2 class="kern-heading-medium">Alle Check-Ins</h2>
      {list.length === 0 ? <p class="kern-body">Noch keine Check-Ins erfasst.</p> : list.map((c) => <CheckInEntry c={c} editable />)}
    </Layout>
  );
}

const labels = {
  municipalityId: "Kommune",
  heldOn: "Datum",
  participants: "Beteiligte",
  topics: "Themen",
  notes: "Notizen für das Tandem",
  teamNotes: "Interne Notizen des Teams",
  nextSteps: "Vereinbarte nächste Schritte",
};

export function CheckInForm(props: { ctx: PageContext; id: number | null; values: FormValues; errors: FieldErrors; cohort: { id: number; name: string }[] }) {
  const values = props.values;
  const str = (key: string) => valueText(values, key);
  const title = props.id ? "Check-In bearbeiten" : "Check-In erfassen";
  return (
    <Layout ctx={props.ctx} title={title} crumbs={crumbs(title)}>
      <h1 class="kern-heading-large">{title}</h1>
      <ErrorSummary errors={props.errors} labels={labels} />
      <form method="post" action={props.id ? `/programm/check-ins/${props.id}/bearbeiten` : "/programm/check-ins/neu"} class="kern-stack" novalidate>
        <CsrfField token={props.ctx.csrfToken} />
        <SelectField
          name="municipalityId"
          label={labels.municipalityId}
          value={str("municipalityId")}
          errors={props.errors}
          options={[{ value: "", label: "Bitte wählen" }, ...props.cohort.map((m) => ({ value: String(m.id), label: m.name }))]}
        />
        <TextField name="heldOn" type="date" label={labels.heldOn} value={str("heldOn")} errors={props.errors} />
        <TextField
          name="participants"
          label={labels.participants}
          hint="z. B. Leitung und Planungsfachkraft, Moderation durch das K360-Team"
          value={str("participants")}
          errors={props.errors}
          optional
        />
        <CheckboxGroup
          name="topics"
          legend={labels.topics}
          options={checkInTopics.map((t) => ({ value: t, label: t }))}
          checked={valueList(values, "topics")}
          errors={props.errors}
        />
        <TextArea name="notes" label={labels.notes} hint={checkInTexts.sharedHint} rows={8} value={str("notes")} errors={props.errors} optional />
        <TextArea name="teamNotes" label={labels.teamNotes} hint={checkInTexts.teamHint} rows={6} value={str("teamNotes")} errors={props.errors} optional />
        <TextArea name="nextSteps" label={labels.nextSteps} value={str("nextSteps")} errors={props.errors} optional />
        <div>
          <SubmitButton label="Speichern" />
        </div>
      </form>
    </Layout>
  );
}
