import type { Db } from "../../../db/client.ts";
import { newToken } from "../../../platform/auth/tokens.ts";
import { succeeded, type CommandResult } from "../../../platform/commands.ts";
import { feedTokens } from "../tables.ts";

/** A new address for the person's calendar subscription; the old one stops working. */
export async function renewFeedToken(db: Db, userId: number): Promise<CommandResult<string>> {
  const token = newToken();
  await db
    .insert(feedTokens)
    .values({ userId, token })
    .onConflictDoUpdate({ target: feedTokens.userId, set: { token, createdAt: new Date() } });
  return succeeded(token);
}
