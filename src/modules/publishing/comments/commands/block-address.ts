import { and, eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { blockedAddresses, comments } from "../tables.ts";

/** Blocks the address of a comment: no further comments from it, its waiting comments become spam. */
export async function blockAddress(db: Db, email: string, reason: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(blockedAddresses).values({ email, reason }).onConflictDoNothing();
    await tx
      .update(comments)
      .set({ status: "spam", decidedAt: new Date() })
      .where(and(eq(comments.email, email), eq(comments.status, "pending")));
  });
}
