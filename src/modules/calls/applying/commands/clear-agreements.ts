import { eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { callApplications, callTandems } from "../../tables.ts";

/** An edit takes back both partners' agreement to submit: they agree again to what the application now says. */
export async function clearAgreements(tx: Db, applicationId: number): Promise<void> {
  await tx.update(callTandems).set({ agreedAt: null }).where(eq(callTandems.applicationId, applicationId));
  await tx.update(callApplications).set({ updatedAt: new Date() }).where(eq(callApplications.id, applicationId));
}
