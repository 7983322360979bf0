/** Turns the seat selection into one decision per application: accepted, waiting list or rejected. */
import type { Applicant, Overrides, SelectionResult } from "./types.ts";
import { selectApplicants } from "./select.ts";
import type { ApplicationRow } from "../queries.ts";

/** Only the first places of the ranking stay on the waiting list; everyone after them gets a rejection. */
export const waitingListLength = 5;

export type DecisionStatus = "accepted" | "waitlisted" | "rejected";
export interface Decision {
  status: DecisionStatus;
  reasons: string[];
  /** Place on the ranking after the chosen group, if any. */
  rank?: number;
}

export function toApplicant(row: ApplicationRow): Applicant {
  return {
    id: row.id,
    name: row.name,
    municipalityName: row.municipalityName,
    stateCode: row.stateCode,
    municipalityKind: row.municipalityKind,
    yearsOfExperience: row.yearsOfExperience,
    perspective: row.perspective,
    tandemPartnerApplying: row.tandemPartnerApplying,
    submittedAt: row.createdAt.toISOString(),
  };
}

/**
 * The team's overrides. A decision already sent is fixed: an accepted person keeps the seat, everyone
 * else already told stays out of the group but remains part of the field the group is compared with.
 */
export function overridesOf(rows: readonly ApplicationRow[]): Overrides {
  const overrides = {
    include: [] as number[],
    exclude: [] as number[],
    kept: [] as number[],
    settled: [] as number[],
    replaced: [] as { id: number; by: number }[],
  };
  for (const row of rows) {
    if (row.replacedBy !== null) overrides.replaced.push({ id: row.id, by: row.replacedBy });
    const told = row.notifiedAt !== null;
    if (told && row.status === "accepted") (row.override === "include" ? overrides.include : overrides.kept).push(row.id);
    else if (told) (row.override === "exclude" ? overrides.exclude : overrides.settled).push(row.id);
    else if (row.override === "include") overrides.include.push(row.id);
    else if (row.override === "exclude") overrides.exclude.push(row.id);
  }
  return overrides;
}

export function proposeDecisions(rows: readonly ApplicationRow[], seats: number): { selection: SelectionResult; decisions: Map<number, Decision> } {
  const selection = selectApplicants(rows.map(toApplicant), seats, overridesOf(rows));
  const decisions = new Map<number, Decision>();
  for (const choice of selection.chosen) decisions.set(choice.id, { status: "accepted", reasons: choice.reasons });
  for (const place of selection.waitingList) {
    const why = selection.waitingReasons.get(place.id);
    decisions.set(
      place.id,
      place.rank <= waitingListLength
        ? { status: "waitlisted", reasons: [`Platz ${place.rank} der Warteliste`, ...(why ? [why] : [])], rank: place.rank }
        : { status: "rejected", reasons: [`Platz ${place.rank} der Rangfolge; die Warteliste umfasst ${waitingListLength} Plätze`], rank: place.rank },
    );
  }
  for (const id of selection.notChosen) decisions.set(id, { status: "rejected", reasons: ["vom Team nicht aufgenommen"] });
  return { selection, decisions };
}

/** How many mails of each kind the next sending would produce. */
export function pendingCounts(rows: readonly ApplicationRow[], decisions: Map<number, Decision>) {
  const counts = { accepted: 0, waitlisted: 0, rejected: 0, total: 0 };
  for (const row of rows) {
    if (row.notifiedAt) continue;
    counts[decisions.get(row.id)!.status]++;
    counts.total++;
  }
  return counts;
}
