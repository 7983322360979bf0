import type { EventSummary } from "../queries/events.ts";
import { formatSize } from "../../../platform/files.ts";
import type { DocumentInfo } from "../documents/queries.ts";
import { registrationStatuses, type RegistrationStatus } from "../reference.ts";
import { statusLabels, type ObligationStatus } from "../rules/obligations.ts";
import { formatDayWithWeekday } from "../../../platform/dates.ts";

export function EventDays({ event }: { event: EventSummary }) {
  return (
    <ul class="kern-list">
      {event.days.map((d) => (
        <li>
          <time dateTime={d.date}>{formatDayWithWeekday(d.date)}</time>
          {d.startsAt && `, ${d.startsAt}${d.endsAt ? `–${d.endsAt}` : ""} Uhr`}
        </li>
      ))}
    </ul>
  );
}

export function Seats({ event }: { event: EventSummary }) {
  if (event.capacity === null) return <span>ohne Platzbegrenzung</span>;
  const free = Math.max(0, event.capacity - event.seatsTaken);
  return <span>{free > 0 ? `${free} von ${event.capacity} Plätzen frei` : `ausgebucht${event.waiting ? `, ${event.waiting} auf der Warteliste` : ""}`}</span>;
}

const statusKind: Record<ObligationStatus, "success" | "info" | "warning" | "danger"> = { done: "success", open: "info", atRisk: "warning", failed: "danger" };

export function StatusBadge({ status }: { status: ObligationStatus }) {
  return (
    <span class={`kern-badge kern-badge--${statusKind[status]}`}>
      <span class="kern-label">{statusLabels[status]}</span>
    </span>
  );
}

export const registrationLabel = (s: string) => registrationStatuses[s as RegistrationStatus] ?? s;

export function DocumentList({ eventId, documents }: { eventId: number; documents: DocumentInfo[] }) {
  return (
    <ul class="kern-list">
      {documents.map((d) => (
        <li>
          <a class="kern-link" href={`/termine/${eventId}/unterlagen/${d.id}`}>
            {d.fileName}
          </a>{" "}
          ({formatSize(d.size)})
        </li>
      ))}
    </ul>
  );
}
