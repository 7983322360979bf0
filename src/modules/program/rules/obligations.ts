import type { FormatKind, FormatRule } from "../reference.ts";
import { ruleSentence, unscheduledWarning } from "./obligations-wording.ts";

/** Everything the obligation rules look at, loaded by queries.ts; no database in here. */
export interface ObligationInput {
  today: string;
  programEndsOn: string;
  formats: { id: number; title: string; kind: FormatKind; rule: FormatRule }[];
  events: {
    id: number;
    formatId: number;
    moduleNumber: number | null;
    municipalityId: number | null;
    cancelled: boolean;
    days: { id: number; date: string }[];
  }[];
  municipalities: { id: number; name: string; slug: string }[];
  members: { municipalityId: number; userId: number; name: string; role: "leader" | "planningSpecialist"; current: boolean }[];
  /** Check-ins held, per municipality. */
  checkIns: { municipalityId: number; heldOn: string }[];
  /** Present per registration and day, with who the registration belongs to. */
  attendance: { eventId: number; dayId: number; userId: number | null; municipalityId: number | null; present: boolean }[];
}

export type ObligationStatus = "done" | "open" | "atRisk" | "failed";

export interface Obligation {
  formatTitle: string;
  kind: FormatKind;
  who: string;
  required: number;
  attended: number;
  missed: number;
  /** Chances still open: scheduled dates (or modules) ahead, and what can still be arranged before the program ends. */
  remaining: number;
  /** Scheduled dates (for training paths: modules) still ahead that would count. */
  upcoming: number;
  /** How many more must be attended. */
  needed: number;
  /** Still needed, but no date is scheduled, while the program runs. */
  unscheduled: boolean;
  /** What the flag of an unscheduled obligation says, with the time left. */
  warning: string | null;
  /** The rule in a plain German sentence, with its deadline. */
  rule: string;
  /** The last day to fulfil it: the end of the program. */
  deadline: string;
  status: ObligationStatus;
}

export interface TandemObligations {
  municipality: { id: number; name: string; slug: string };
  obligations: Obligation[];
  /** The worst status among the obligations, for sorting the overview. */
  worst: ObligationStatus;
}

const severity: Record<ObligationStatus, number> = { failed: 3, atRisk: 2, open: 1, done: 0 };

function status(required: number, attended: number, missed: number, remaining: number): ObligationStatus {
  if (attended >= required) return "done";
  if (attended + remaining < required) return "failed";
  if (missed > 0) return "atRisk";
  return "open";
}

/** An event counts for a group of people when one of them was present on every one of its days. */
type Mark = ObligationInput["attendance"][number];

function attendedBy(presentByDay: Map<number, Mark[]>, event: ObligationInput["events"][number], counts: (a: Mark) => boolean): boolean {
  if (event.days.length === 0) return false;
  return event.days.every((day) => (presentByDay.get(day.id) ?? []).some(counts));
}

const isPast = (input: ObligationInput, event: ObligationInput["events"][number]) => event.days.length > 0 && event.days.every((d) => d.date < input.today);

/** Check-ins are talks the team holds with each municipality; until the program ends the missing ones can still take place. */
function checkInObligation(input: ObligationInput, municipalityId: number, format: ObligationInput["formats"][number]): Obligation {
  const required = format.rule.required;
  const attended = input.checkIns.filter((c) => c.municipalityId === municipalityId && c.heldOn <= input.today).length;
  const remaining = input.today <= input.programEndsOn ? Math.max(0, required - attended) : 0;
  return {
    ...counted(input, format, { attended, missed: 0, remaining, upcoming: 0 }),
    who: "Tandem",
    unscheduled: false,
    warning: null,
  };
}

/** The parts every obligation shares: what is needed, the rule, the deadline and the status. */
function counted(
  input: ObligationInput,
  format: ObligationInput["formats"][number],
  tally: { attended: number; missed: number; remaining: number; upcoming: number },
) {
  const { required } = format.rule;
  return {
    formatTitle: format.title,
    kind: format.kind,
    required,
    ...tally,
    needed: Math.max(0, required - tally.attended),
    rule: ruleSentence(format, input.programEndsOn),
    deadline: input.programEndsOn,
    status: status(required, tally.attended, tally.missed, tally.remaining),
  };
}

/** One format's obligation for one municipality: events (or modules) attended, missed and still possible. */
function formatObligation(
  input: ObligationInput,
  presentByDay: Map<number, Mark[]>,
  municipalityId: number,
  format: ObligationInput["formats"][number],
): Obligation {
  const { rule } = format;
  const people = input.members.filter((p) => p.municipalityId === municipalityId && (rule.obligee === "municipality" || p.role === rule.obligee));
  const userIds = new Set(people.map((p) => p.userId));
  const counts = (a: ObligationInput["attendance"][number]) =>
    rule.obligee === "municipality"
      ? a.municipalityId === municipalityId || (a.userId !== null && userIds.has(a.userId))
      : a.userId !== null && userIds.has(a.userId);
  const candidates = input.events.filter((e) => e.formatId === format.id && !e.cancelled && (e.municipalityId === null || e.municipalityId === municipalityId));
  let attended = 0;
  let missed = 0;
  let remaining = 0;
  if (rule.byModule) {
    const modules = [...new Set(candidates.map((e) => e.moduleNumber ?? 0))];
    for (const moduleNumber of modules) {
      const dates = candidates.filter((e) => (e.moduleNumber ?? 0) === moduleNumber);
      if (dates.some((e) => attendedBy(presentByDay, e, counts))) attended++;
      else if (dates.some((e) => !isPast(input, e))) remaining++;
      else missed++;
    }
  } else {
    for (const candidate of candidates) {
      if (attendedBy(presentByDay, candidate, counts)) attended++;
      else if (isPast(input, candidate)) missed++;
      else remaining++;
    }
  }
  const upcoming = remaining;
  // A workshop on site is arranged with each municipality; until the program ends it can still be scheduled.
  if (format.kind === "municipalWorkshop" && remaining === 0 && attended === 0 && input.today <= input.programEndsOn) remaining = 1;
  const current = people.filter((p) => p.current).map((p) => p.name);
  const who = rule.obligee === "municipality" ? "Tandem" : current.join(", ") || "Rolle nicht besetzt";
  const tally = counted(input, format, { attended, missed, remaining, upcoming });
  // Flagged while it can still be reached: what is out of reach says so in its status.
  const unscheduled = tally.needed > 0 && upcoming === 0 && tally.status !== "failed" && input.today <= input.programEndsOn;
  return { ...tally, who, unscheduled, warning: unscheduled ? unscheduledWarning(input.today, input.programEndsOn) : null };
}

/** Computes, for each municipality of the cohort, what each format requires, what is done, missed and still possible. */
export function computeObligations(input: ObligationInput): TandemObligations[] {
  // Grouped once: the cohort overview asks every tandem about every event day.
  const presentByDay = new Map<number, Mark[]>();
  for (const left of input.attendance) {
    if (!left.present) continue;
    const marks = presentByDay.get(left.dayId);
    if (marks) marks.push(left);
    else presentByDay.set(left.dayId, [left]);
  }
  const result = input.municipalities.map((municipality) => {
    const obligations: Obligation[] = [];
    for (const format of input.formats) {
      const { rule } = format;
      if (rule.obligee === "none" || rule.required === 0) continue;
      if (format.kind === "checkIn") {
        obligations.push(checkInObligation(input, municipality.id, format));
        continue;
      }
      obligations.push(formatObligation(input, presentByDay, municipality.id, format));
    }
    const worst = obligations.reduce<ObligationStatus>((w, o) => (severity[o.status] > severity[w] ? o.status : w), "done");
    return { municipality, obligations, worst };
  });
  return result.sort((a, b) => severity[b.worst] - severity[a.worst] || a.municipality.name.localeCompare(b.municipality.name, "de"));
}

export const statusLabels: Record<ObligationStatus, string> = {
  done: "erfüllt",
  open: "offen",
  atRisk: "gefährdet",
  failed: "nicht mehr erreichbar",
};

/**
 * "AG-Treffen: 1 von 2 besucht, 1 verpasst, noch 2 Termine" — the line a tandem reads first. "noch N
 * Termine" means one thing only: N scheduled dates ahead that would still count. What is still needed
 * but has no date says so instead.
 */
export function describe(obligation: Obligation): string {
  const parts = [`${obligation.attended} von ${obligation.required} besucht`];
  if (obligation.missed > 0) parts.push(`${obligation.missed} verpasst`);
  if (obligation.needed > 0 && obligation.upcoming > 0) parts.push(upcomingLabel(obligation));
  else if (obligation.needed > 0 && obligation.kind === "checkIn" && obligation.remaining > 0) parts.push(`${obligation.needed} weitere zu vereinbaren`);
  else if (obligation.unscheduled) parts.push("noch kein Termin geplant");
  return parts.join(", ");
}

function upcomingLabel(obligation: Obligation): string {
  const { upcoming, kind } = obligation;
  if (kind === "trainingPath") return upcoming === 1 ? "1 Modul noch geplant" : `${upcoming} Module noch geplant`;
  return upcoming === 1 ? "noch 1 Termin" : `noch ${upcoming} Termine`;
}
