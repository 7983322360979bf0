import { and, eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { refused, refusedForm, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { tandemOfApplication } from "../../queries.ts";
import { callApplications, callTandems } from "../../tables.ts";
import { lockedApplication } from "../queries.ts";
import { missingForSubmission } from "../rules/submission.ts";
import { messages } from "../texts.ts";

/**
 * One partner agrees to submit what the application says now. When both have agreed it is submitted;
 * an incomplete application changes nothing and says what is missing, next to each field.
 */
export async function agreeToSubmit(db: Db, applicationId: number, userId: number): Promise<CommandResult<"agreed" | "submitted">> {
  return db.transaction(async (tx) => {
    const application = await lockedApplication(tx, applicationId);
    if (application?.status !== "draft") return refusedForm<"agreed" | "submitted">(messages.submitted);
    const tandem = await tandemOfApplication(tx, applicationId);
    const gaps = missingForSubmission(application, tandem);
    if (Object.keys(gaps).length > 0) return refused<"agreed" | "submitted">(gaps);
    const now = new Date();
    await tx
      .update(callTandems)
      .set({ agreedAt: now })
      .where(and(eq(callTandems.applicationId, applicationId), eq(callTandems.userId, userId)));
    const others = tandem.filter((seat) => seat.userId !== userId);
    if (others.some((seat) => seat.agreedAt === null)) return succeeded("agreed" as const);
    await tx.update(callApplications).set({ status: "submitted", submittedAt: now }).where(eq(callApplications.id, applicationId));
    return succeeded("submitted" as const);
  });
}
