import { and, eq, isNull } from "drizzle-orm";
import type { AccountLink } from "../../../../platform/auth/account-links.ts";
import { subscribers } from "../tables.ts";

/** A newsletter subscription under the address becomes the account's. */
export const linkSubscription: AccountLink = async (db, user) => {
  await db
    .update(subscribers)
    .set({ userId: user.id })
    .where(and(isNull(subscribers.userId), eq(subscribers.email, user.email)));
};
