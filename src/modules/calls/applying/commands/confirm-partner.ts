import { and, eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import type { CurrentUser } from "../../../../platform/auth/current-user.ts";
import { refusedForm, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { callTandems } from "../../tables.ts";
import { lockedApplication } from "../queries.ts";
import { messages } from "../texts.ts";

/** The invited partner confirms their seat: it gets their account and their name as the account has it, and the link stops working. */
export async function confirmPartner(db: Db, seat: { applicationId: number; role: string }, user: CurrentUser): Promise<CommandResult> {
  return db.transaction(async (tx) => {
    const application = await lockedApplication(tx, seat.applicationId);
    if (application?.status !== "draft") return refusedForm(messages.submitted);
    await tx
      .update(callTandems)
      .set({ userId: user.id, name: user.name, confirmedAt: new Date(), inviteTokenHash: null })
      .where(and(eq(callTandems.applicationId, seat.applicationId), eq(callTandems.role, seat.role)));
    return succeeded(null);
  });
}
