import { and, eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { berlinInstant } from "../../../../platform/dates.ts";
import { refused, refusedForm, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import type { ScheduleInput } from "../schemas.ts";
import { issues } from "../tables.ts";
import { messages } from "../texts.ts";

/** Gives a draft its time of sending (German wall clock); the queue task starts it then. Refused for a time past or an issue no longer a draft. */
export async function scheduleIssue(db: Db, issueId: number, input: ScheduleInput, now = new Date()): Promise<CommandResult<Date>> {
  const at = berlinInstant(input.sendDate, input.sendTime);
  if (!(at > now)) return refused({ sendDate: messages.notInFuture });
  const [row] = await db
    .update(issues)
    .set({ scheduledAt: at })
    .where(and(eq(issues.id, issueId), eq(issues.status, "draft")))
    .returning({ id: issues.id });
  return row ? succeeded(at) : refusedForm(messages.notDraft);
}
