import { Badge } from "../../views/parts.tsx";
import type { Proposal } from "../queries.ts";
import { proposalStatuses, scheduleTexts, statusKinds, type ProposalStatus } from "../texts.ts";
import { formatDays } from "../../../../platform/dates.ts";

export function StatusBadge({ status }: { status: ProposalStatus }) {
  return <Badge kind={statusKinds[status]}>{proposalStatuses[status]}</Badge>;
}

/** What the team decided and why; a merged proposal links to the one it went into. */
export function Outcome({ p: item, target }: { p: Pick<Proposal, "status" | "decisionReason">; target: { id: number; title: string } | null }) {
  if (item.status === "open") return null;
  return (
    <>
      {item.status === "merged" && target && (
        <p class="kern-body">
          Zusammengeführt mit{" "}
          <a class="kern-link" href={`/austausch/themenvorschlaege/${target.id}`}>
            „{target.title}“
          </a>
          ; die Unterstützungen zählen dort.
        </p>
      )}
      {item.decisionReason && <p class="kern-body k360-mail">Begründung des Teams: {item.decisionReason}</p>}
    </>
  );
}

/** The date made of an accepted proposal, held or planned; the team makes one where there is none yet. */
export function ScheduledEvent({ p: item, canSchedule }: { p: Pick<Proposal, "id" | "status" | "event">; canSchedule: boolean }) {
  if (item.event) {
    const when = item.event.firstDay ? formatDays([item.event.firstDay]) : "Datum folgt";
    return (
      <p class="kern-body">
        {item.status === "held" ? "Behandelt im Termin " : "Geplant im Termin "}
        <a class="kern-link" href={`/termine/${item.event.id}`}>
          „{item.event.title}“
        </a>{" "}
        am {when}.
      </p>
    );
  }
  if (item.status !== "accepted" || !canSchedule) return null;
  return (
    <p class="kern-body">
      <a class="kern-link" href={`/austausch/themenvorschlaege/${item.id}/termin`}>
        {scheduleTexts.title}
      </a>
    </p>
  );
}
