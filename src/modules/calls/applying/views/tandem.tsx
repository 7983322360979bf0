import { formatDate } from "../../../../platform/dates.ts";
import { FieldError } from "../../../../platform/views/form.tsx";
import { decisions, tandemRoles, type Decision, type TandemRole } from "../../reference.ts";
import type { CallApplication, CallTandemMember } from "../../queries.ts";
import { applicationState } from "../rules/state.ts";
import { stateLabels } from "../texts.ts";

const roleLabel = (role: string) => tandemRoles[role as TandemRole] ?? role;

function seatState(seat: CallTandemMember): string {
  if (seat.confirmedAt === null) return "eingeladen, noch nicht bestätigt";
  return seat.agreedAt ? "hat der Einreichung zugestimmt" : "bestätigt";
}

/** The two people of the tandem with their roles; `withState` adds whether each confirmed and agreed (only the tandem sees that). */
export function TandemList({ tandem, withState }: { tandem: CallTandemMember[]; withState: boolean }) {
  return (
    <ul class="kern-list">
      {tandem.map((seat) => (
        <li>
          <strong>{seat.name}</strong>, {roleLabel(seat.role)}
          {withState && ` – ${seatState(seat)}`}
        </li>
      ))}
    </ul>
  );
}

/** Where the application stands, the tandem, and once the team has sent it, the decision with its reasons. */
export function ApplicationState(props: { application: CallApplication; tandem: CallTandemMember[]; open: boolean; partnerError?: string }) {
  const { application } = props;
  const state = applicationState(application, props.tandem, props.open);
  return (
    <section class="kern-stack" aria-labelledby="stand">
      <h2 class="kern-heading-medium" id="stand">
        Stand der Bewerbung
      </h2>
      <p class="kern-body">
        <strong>{stateLabels[state]}</strong>
        {application.submittedAt && ` am ${formatDate(application.submittedAt)}`}
      </p>
      <div id="partner" class={props.partnerError ? "kern-form-input kern-form-input--error" : undefined}>
        <h3 class="kern-heading-small">Tandem</h3>
        <TandemList tandem={props.tandem} withState />
        <FieldError id="partner" error={props.partnerError} />
      </div>
      {application.notifiedAt && application.decision && (
        <div class="kern-stack">
          <h3 class="kern-heading-small">Entscheidung: {decisions[application.decision as Decision] ?? application.decision}</h3>
          {application.decisionReasons.length > 0 && (
            <ul class="kern-list">
              {application.decisionReasons.map((reason) => (
                <li>{reason}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
