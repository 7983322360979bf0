import { and, asc, desc, eq, gte, isNull, lte, or, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { users } from "../../../platform/auth/tables.ts";
import { checkIns, nextSteps } from "../tables.ts";
import { currentProgram, municipalityNames } from "../queries/events.ts";

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

/** A next step agreed in a check-in; no owner means the team does it. */
export interface NextStep {
  id: number;
  checkInId: number;
  municipalityId: number;
  description: string;
  ownerUserId: number | null;
  ownerName: string | null;
  dueOn: string;
  done: boolean;
}

const stepColumns = {
  id: nextSteps.id,
  checkInId: nextSteps.checkInId,
  municipalityId: checkIns.municipalityId,
  description: nextSteps.description,
  ownerUserId: nextSteps.ownerUserId,
  ownerName: users.name,
  dueOn: nextSteps.dueOn,
  done: sql<boolean>`${nextSteps.doneAt} is not null`,
};

/** The next steps agreed in a program's check-ins, optionally of one municipality, by due date. */
export async function listNextSteps(db: Db, programId: number, where: { municipalityId?: number; id?: number } = {}): Promise<NextStep[]> {
  return db
    .select(stepColumns)
    .from(nextSteps)
    .innerJoin(checkIns, eq(checkIns.id, nextSteps.checkInId))
    .leftJoin(users, eq(users.id, nextSteps.ownerUserId))
    .where(
      and(
        eq(checkIns.programId, programId),
        where.municipalityId ? eq(checkIns.municipalityId, where.municipalityId) : undefined,
        where.id ? eq(nextSteps.id, where.id) : undefined,
      ),
    )
    .orderBy(asc(nextSteps.dueOn), asc(nextSteps.id));
}

/** An open next step as a person's start page shows it. */
export interface OpenNextStep {
  id: number;
  description: string;
  dueOn: string;
  municipalityName: string;
  /** Agreed with the team as owner (shown to the team's members). */
  forTeam: boolean;
}

/**
 * The open next steps a person owns, earliest due first; for a member of the team also the steps the
 * team owns. Only the current program's check-ins count.
 */
export async function openNextStepsFor(db: Db, userId: number): Promise<OpenNextStep[]> {
  const program = await currentProgram(db);
  const [user] = await db.select({ role: users.role }).from(users).where(eq(users.id, userId));
  if (!program || !user) return [];
  const team = user.role === "admin" || user.role === "editor";
  const rows = await db
    .select({
      id: nextSteps.id,
      description: nextSteps.description,
      dueOn: nextSteps.dueOn,
      municipalityId: checkIns.municipalityId,
      owner: nextSteps.ownerUserId,
    })
    .from(nextSteps)
    .innerJoin(checkIns, eq(checkIns.id, nextSteps.checkInId))
    .where(
      and(
        eq(checkIns.programId, program.id),
        isNull(nextSteps.doneAt),
        team ? or(eq(nextSteps.ownerUserId, userId), isNull(nextSteps.ownerUserId)) : eq(nextSteps.ownerUserId, userId),
      ),
    )
    .orderBy(asc(nextSteps.dueOn), asc(nextSteps.id));
  const names = await municipalityNames(
    db,
    rows.map((r) => r.municipalityId),
  );
  return rows.map((r) => ({
    id: r.id,
    description: r.description,
    dueOn: r.dueOn,
    municipalityName: names.get(r.municipalityId)?.name ?? "",
    forTeam: r.owner === null,
  }));
}
