import { eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { refused, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { planningEditors } from "../../tables.ts";
import { policies } from "../policies.ts";
import { membersOf } from "../queries.ts";
import { editorTexts } from "../texts.ts";

/** Replaces the members allowed to change planning data with the ticked ones; each must be staff of this municipality. */
export async function chooseEditors(db: Db, municipalityId: number, ids: number[]): Promise<CommandResult<null>> {
  const staff = new Set((await membersOf(db, municipalityId)).filter(policies.needsLeave).map((member) => member.id));
  const chosen = [...new Set(ids)];
  if (chosen.some((id) => !staff.has(id))) return refused({ editor: editorTexts.notStaff });
  await db.transaction(async (tx) => {
    await tx.delete(planningEditors).where(eq(planningEditors.municipalityId, municipalityId));
    if (chosen.length > 0) await tx.insert(planningEditors).values(chosen.map((userId) => ({ municipalityId, userId })));
  });
  return succeeded(null);
}
