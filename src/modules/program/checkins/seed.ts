import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { checkIns, nextSteps, tandemMembers } from "../tables.ts";

/** Example next steps of the latest check-ins: one for the tandem's leader, one for the team. */
export async function seedNextStepsDemo(db: Db, programId: number) {
  const latest = await db
    .select({ id: checkIns.id, municipalityId: checkIns.municipalityId })
    .from(checkIns)
    .where(and(eq(checkIns.programId, programId), eq(checkIns.heldOn, "2026-09-30")));
  const leaders = await db
    .select({ municipalityId: tandemMembers.municipalityId, userId: tandemMembers.userId })
    .from(tandemMembers)
    .where(and(eq(tandemMembers.programId, programId), eq(tandemMembers.role, "leader"), isNull(tandemMembers.toDate)));
  const rows = latest.flatMap((checkIn) => [
    {
      checkInId: checkIn.id,
      description: "Beispiel: Entwurf der Ziele mit der Amtsleitung abstimmen",
      ownerUserId: leaders.find((l) => l.municipalityId === checkIn.municipalityId)?.userId ?? null,
      dueOn: "2027-01-29",
    },
    { checkInId: checkIn.id, description: "Beispiel: Daten für den Jugendhilfeausschuss aufbereiten", ownerUserId: null, dueOn: "2026-12-18" },
  ]);
  if (rows.length > 0) await db.insert(nextSteps).values(rows);
}
