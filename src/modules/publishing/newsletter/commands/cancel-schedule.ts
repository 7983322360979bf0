import { and, eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { refusedForm, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { issues } from "../tables.ts";
import { messages } from "../texts.ts";

/** Takes the time of sending from a draft, so it waits again; refused once sending has begun. */
export async function cancelSchedule(db: Db, issueId: number): Promise<CommandResult> {
  const [row] = await db
    .update(issues)
    .set({ scheduledAt: null })
    .where(and(eq(issues.id, issueId), eq(issues.status, "draft")))
    .returning({ id: issues.id });
  return row ? succeeded(null) : refusedForm(messages.notDraft);
}
