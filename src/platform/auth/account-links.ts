import type { FastifyInstance } from "fastify";
import type { Db } from "../../db/client.ts";

/**
 * What a module attaches to an account once its owner has shown the address is theirs (a confirmed
 * access request or an accepted invitation): earlier event registrations, a newsletter subscription.
 */
export type AccountLink = (db: Db, user: { id: number; email: string }) => Promise<void>;

/** Runs every module's account link for the user; app.ts collects them from the manifests. */
export async function linkAccount(app: FastifyInstance, user: { id: number; email: string }): Promise<void> {
  for (const link of app.deps.accountLinks) await link(app.deps.database.db, user);
}
