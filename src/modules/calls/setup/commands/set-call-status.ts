import { and, eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { refusedForm, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { calls } from "../../tables.ts";
import type { Call } from "../../queries.ts";
import { countApplications } from "../queries.ts";
import { messages } from "../texts.ts";

/** Publishes a draft: from now on everyone sees it and municipalities may apply until the deadline. */
export async function publishCall(db: Db, call: Call): Promise<CommandResult> {
  if (call.status !== "draft") return refusedForm(messages.publishDraftOnly);
  await db
    .update(calls)
    .set({ status: "open" })
    .where(and(eq(calls.id, call.id), eq(calls.status, "draft")));
  return succeeded(null);
}

/** Takes a published call back to a draft, which only works while nobody has started an application. */
export async function withdrawCall(db: Db, call: Call): Promise<CommandResult> {
  if (call.status !== "open") return refusedForm(messages.withdrawOpenOnly);
  return db.transaction(async (tx) => {
    if ((await countApplications(tx, call.id)) > 0) return refusedForm(messages.withdrawHasApplications);
    await tx
      .update(calls)
      .set({ status: "draft" })
      .where(and(eq(calls.id, call.id), eq(calls.status, "open")));
    return succeeded(null);
  });
}
