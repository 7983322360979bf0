import { and, desc, eq, gte, lte, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { checkIns } from "../tables.ts";
import { municipalityNames } from "../queries/events.ts";

/** A check-in as the tandem may read it: without the team's own notes. */
export interface CheckIn {
  id: number;
  municipalityId: number;
  municipalityName: string;
  heldOn: string;
  participants: string;
  topics: string[];
  notes: string;
  nextSteps: string;
}

/** A check-in as the team reads it, with the notes that are for the team only. */
export interface TeamCheckIn extends CheckIn {
  teamNotes: string;
}

/** Which check-ins a timeline shows: of one municipality, about a topic, within a period (days as YYYY-MM-DD). */
export interface CheckInFilter {
  municipalityId?: number;
  topic?: string;
  from?: string;
  to?: string;
}

/** The check-ins with the team's own notes, for the team's pages only. */
export async function listTeamCheckIns(db: Db, programId: number, filter: CheckInFilter = {}): Promise<TeamCheckIn[]> {
  const rows = await db
    .select({
      id: checkIns.id,
      municipalityId: checkIns.municipalityId,
      heldOn: checkIns.heldOn,
      participants: checkIns.participants,
      topics: checkIns.topics,
      notes: checkIns.notes,
      teamNotes: checkIns.teamNotes,
      nextSteps: checkIns.nextSteps,
    })
    .from(checkIns)
    .where(
      and(
        eq(checkIns.programId, programId),
        filter.municipalityId ? eq(checkIns.municipalityId, filter.municipalityId) : undefined,
        filter.topic ? sql`${checkIns.topics} @> ${JSON.stringify([filter.topic])}::jsonb` : undefined,
        filter.from ? gte(checkIns.heldOn, filter.from) : undefined,
        filter.to ? lte(checkIns.heldOn, filter.to) : undefined,
      ),
    )
    .orderBy(desc(checkIns.heldOn), desc(checkIns.id));
  const names = await municipalityNames(
    db,
    rows.map((r) => r.municipalityId),
  );
  return rows.map((r) => ({ ...r, municipalityName: names.get(r.municipalityId)?.name ?? "" }));
}

/** The check-ins the tandem may read (on "Mein Programm"): the team's own notes are left out here, before any view. */
export async function listCheckIns(db: Db, programId: number, municipalityId?: number): Promise<CheckIn[]> {
  return (await listTeamCheckIns(db, programId, { municipalityId })).map(({ teamNotes: _teamOnly, ...shared }) => shared);
}

export async function findCheckIn(db: Db, programId: number, id: number): Promise<TeamCheckIn | null> {
  return (await listTeamCheckIns(db, programId)).find((c) => c.id === id) ?? null;
}
