import { and, eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { refused, refusedForm, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { applications } from "../../tables.ts";
import type { OverrideValue } from "../schemas.ts";
import { formTexts, messages } from "../texts.ts";

/** Forces an application into or out of the group, or hands it back to the computed proposal. */
export async function setOverride(db: Db, formatId: number, applicationId: number, value: OverrideValue): Promise<CommandResult> {
  const [row] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.id, applicationId), eq(applications.formatId, formatId)));
  if (!row) return refusedForm(formTexts.applicationNotFound);
  if (row.notifiedAt) return refused({ value: messages.alreadySent });
  await db
    .update(applications)
    .set({ override: value === "none" ? null : value })
    .where(eq(applications.id, applicationId));
  return succeeded(null);
}
