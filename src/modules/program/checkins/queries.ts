import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { checkIns } from "../tables.ts";
import { municipalityNames } from "../queries/events.ts";

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

export async function listCheckIns(db: Db, programId: number, municipalityId?: number): Promise<CheckIn[]> {
  const rows = await db
    .select({
      id: checkIns.id,
      municipalityId: checkIns.municipalityId,
      heldOn: checkIns.heldOn,
      participants: checkIns.participants,
      topics: checkIns.topics,
      notes: checkIns.notes,
      nextSteps: checkIns.nextSteps,
    })
    .from(checkIns)
    .where(and(eq(checkIns.programId, programId), municipalityId ? eq(checkIns.municipalityId, municipalityId) : undefined))
    .orderBy(desc(checkIns.heldOn), desc(checkIns.id));
  const names = await municipalityNames(
    db,
    rows.map((r) => r.municipalityId),
  );
  return rows.map((r) => ({ ...r, municipalityName: names.get(r.municipalityId)?.name ?? "" }));
}

export async function findCheckIn(db: Db, programId: number, id: number): Promise<CheckIn | null> {
  return (await listCheckIns(db, programId)).find((c) => c.id === id) ?? null;
}
