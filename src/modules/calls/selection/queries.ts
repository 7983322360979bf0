import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { kinds, listMunicipalitiesByIds, listTopics, sizeClasses, states } from "../../municipalities/index.ts";
import { callApplications, calls, callTandems } from "../tables.ts";
import { applicationColumns, type Call, type CallApplication } from "../queries.ts";
import { toCandidate } from "./rules/candidate.ts";
import { scoresOfCall } from "../reviews/queries.ts";
import { selectApplications } from "./rules/select.ts";
import type { Overrides, SelectionResult } from "./rules/types.ts";

export interface SelectionRow extends CallApplication {
  municipalityName: string;
}

export interface SelectionState {
  rows: SelectionRow[];
  byId: Map<number, SelectionRow>;
  scores: Map<number, { mean: number | null; count: number }>;
  result: SelectionResult;
}

/** The submitted applications of a call, in the order they came in. */
async function submittedApplications(db: Db, callId: number): Promise<CallApplication[]> {
  return db
    .select(applicationColumns)
    .from(callApplications)
    .where(and(eq(callApplications.callId, callId), eq(callApplications.status, "submitted")))
    .orderBy(asc(callApplications.submittedAt), asc(callApplications.id));
}

/** The team's overrides as the rule takes them. */
function overridesOf(rows: readonly CallApplication[]): Overrides {
  return {
    include: rows.filter((r) => r.override === "include").map((r) => r.id),
    exclude: rows.filter((r) => r.override === "exclude").map((r) => r.id),
    replaced: rows.filter((r) => r.replacedBy !== null).map((r) => ({ id: r.id, by: r.replacedBy! })),
  };
}

/** The call's submitted applications with the proposal, as it stands with the team's overrides. */
export async function loadSelection(db: Db, call: Call): Promise<SelectionState> {
  const applications = await submittedApplications(db, call.id);
  const municipalities = new Map(
    (
      await listMunicipalitiesByIds(
        db,
        applications.map((a) => a.municipalityId),
      )
    ).map((m) => [m.id, m]),
  );
  const topics = Object.fromEntries((await listTopics(db)).map((t) => [t.slug, t.label]));
  const vocabulary = { lands: states, kinds, sizeClasses, topics };
  const scores = await scoresOfCall(db, call.id);
  const rows = applications
    .filter((a) => municipalities.has(a.municipalityId))
    .map((a) => ({ ...a, municipalityName: municipalities.get(a.municipalityId)!.name }));
  const candidates = rows.map((row) => toCandidate({ ...row, municipality: municipalities.get(row.municipalityId)! }, scores.get(row.id), vocabulary));
  const result = selectApplications(candidates, call.places, overridesOf(rows));
  return { rows, byId: new Map(rows.map((r) => [r.id, r])), scores, result };
}

/** The tandems of the given applications, by application. */
export async function tandemsOf(db: Db, applicationIds: number[]) {
  const rows = applicationIds.length ? await db.select().from(callTandems).where(inArray(callTandems.applicationId, applicationIds)) : [];
  const byApplication = new Map<number, typeof rows>();
  for (const row of rows) byApplication.set(row.applicationId, [...(byApplication.get(row.applicationId) ?? []), row]);
  return byApplication;
}

/** Locks the call's row for the transaction, so two clicks cannot both decide; returns its status. */
export async function lockCall(db: Db, callId: number): Promise<string | null> {
  const [row] = await db.select({ status: calls.status }).from(calls).where(eq(calls.id, callId)).for("update");
  return row?.status ?? null;
}
