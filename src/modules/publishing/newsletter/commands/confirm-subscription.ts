import { and, eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { hashToken } from "../../../../platform/auth/tokens.ts";
import { succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { confirmState, type ConfirmState } from "../queries.ts";
import { subscribers } from "../tables.ts";

/** Confirms the subscription of a valid link; the value is the link's state as it was. */
export async function confirmSubscription(db: Db, token: string, now = new Date()): Promise<CommandResult<ConfirmState>> {
  const state = await confirmState(db, token, now);
  if (state !== "valid") return succeeded(state);
  await db
    .update(subscribers)
    .set({ status: "confirmed", confirmedAt: now, unsubscribedAt: null })
    .where(and(eq(subscribers.confirmTokenHash, hashToken(token)), eq(subscribers.status, "pending")));
  return succeeded(state);
}
