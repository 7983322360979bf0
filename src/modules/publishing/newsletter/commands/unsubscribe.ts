import { and, eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { refusedForm, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { deliveries, subscribers } from "../tables.ts";
import { messages } from "../texts.ts";

/** Ends a subscription by its link; mails still waiting in the queue for this person are dropped. Refused for an unknown link. */
export async function unsubscribe(db: Db, token: string): Promise<CommandResult> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: subscribers.id, status: subscribers.status })
      .from(subscribers)
      .where(eq(subscribers.unsubscribeToken, token))
      .for("update");
    if (!row) return refusedForm(messages.unknownLink);
    if (row.status === "unsubscribed") return succeeded(null);
    await tx.update(subscribers).set({ status: "unsubscribed", unsubscribedAt: new Date(), confirmTokenHash: null }).where(eq(subscribers.id, row.id));
    await tx.delete(deliveries).where(and(eq(deliveries.subscriberId, row.id), eq(deliveries.status, "queued")));
    return succeeded(null);
  });
}
