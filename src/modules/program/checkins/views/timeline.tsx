import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { formatDays } from "../../../../platform/dates.ts";
import { SelectField, TextField } from "../../../../platform/views/form.tsx";
import { checkInTopics } from "../reference.ts";
import type { NextStep, TeamCheckIn } from "../queries.ts";
import { checkInTexts } from "../texts.ts";
import { CheckInEntry, dueLabel } from "./check-ins.tsx";

export interface TimelineView {
  municipality: { id: number; name: string };
  filter: { thema: string; von: string; bis: string };
  errors: FieldErrors;
  checkIns: TeamCheckIn[];
  steps: NextStep[];
  today: string;
}

/** The agreed next steps of one check-in with owner, due date and a link to change them. */
function Steps({ steps, today }: { steps: NextStep[]; today: string }) {
  if (steps.length === 0) return <p class="kern-body">Keine nächsten Schritte vereinbart.</p>;
  return (
    <ul class="kern-list">
      {steps.map((step) => (
        <li>
          {step.description} – {step.ownerName ?? checkInTexts.team} – {dueLabel(step, today)} (
          <a class="kern-link" href={`/programm/naechste-schritte/${step.id}/bearbeiten`}>
            bearbeiten<span class="kern-sr-only">: {step.description}</span>
          </a>
          )
        </li>
      ))}
    </ul>
  );
}

/** One tandem's check-ins in time order, filtered by topic and period with a plain GET form. */
export function TimelinePage({ ctx, view }: { ctx: PageContext; view: TimelineView }) {
  const title = `Verlauf: ${view.municipality.name}`;
  const crumbs = [
    { label: "Startseite", href: "/" },
    { label: "Programmsteuerung", href: "/programm" },
    { label: "Check-Ins", href: "/programm/check-ins" },
    { label: title },
  ];
  return (
    <Layout ctx={ctx} title={title} crumbs={crumbs}>
      <h1 class="kern-heading-large">{title}</h1>
      <form method="get" action={`/programm/check-ins/kommunen/${view.municipality.id}`} class="kern-stack" novalidate>
        <SelectField
          name="thema"
          label="Thema"
          value={view.filter.thema}
          errors={view.errors}
          options={[{ value: "", label: "Alle Themen" }, ...checkInTopics.map((t) => ({ value: t, label: t }))]}
        />
        <TextField name="von" type="date" label="Von" value={view.filter.von} errors={view.errors} optional />
        <TextField name="bis" type="date" label="Bis" value={view.filter.bis} errors={view.errors} optional />
        <div>
          <button type="submit" class="kern-btn kern-btn--secondary">
            <span class="kern-label">Filtern</span>
          </button>
        </div>
      </form>
      <h2 class="kern-heading-medium">Check-Ins und nächste Schritte</h2>
      <p class="kern-body" role="status">
        {view.checkIns.length === 1 ? "1 Check-In" : `${view.checkIns.length} Check-Ins`}
      </p>
      {view.checkIns.map((checkIn) => (
        <section class="kern-stack" aria-label={`Check-In am ${formatDays([checkIn.heldOn])}`}>
          <CheckInEntry c={checkIn} editable />
          <h4 class="kern-heading-small">Vereinbarte nächste Schritte</h4>
          <Steps steps={view.steps.filter((s) => s.checkInId === checkIn.id)} today={view.today} />
          <p class="kern-body">
            <a class="kern-link" href={`/programm/check-ins/${checkIn.id}/schritte/neu`}>
              Nächsten Schritt vereinbaren<span class="kern-sr-only"> (Check-In am {formatDays([checkIn.heldOn])})</span>
            </a>
          </p>
        </section>
      ))}
    </Layout>
  );
}
