import { and, isNull, sql } from "drizzle-orm";
import type { AccountLink } from "../../../platform/auth/account-links.ts";
import { registrations } from "../tables.ts";

/** Event registrations made under the address before it had an account become the account's ("Mein Programm" lists them). */
export const linkRegistrations: AccountLink = async (db, user) => {
  await db
    .update(registrations)
    .set({ userId: user.id, updatedAt: new Date() })
    .where(and(isNull(registrations.userId), sql`lower(${registrations.email}) = ${user.email}`));
};
