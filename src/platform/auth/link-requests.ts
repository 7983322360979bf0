import type { FastifyInstance } from "fastify";
import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { selectRows } from "../../db/rows.ts";
import type { Task } from "../tasks.ts";
import { enqueueMail } from "../mail/queue.ts";
import { findUserByEmail, issueToken, normaliseEmail, type LinkPurpose } from "./service.ts";
import { linkRequests } from "./tables.ts";
import { linkMails } from "./texts.ts";

const linkPaths: Record<LinkPurpose, string> = { login: "/anmelden/link/", reset: "/passwort-neu/" };

/** Records that someone asked for a link: the same single write for any address. */
export async function requestLink(db: Db, email: string, purpose: LinkPurpose): Promise<void> {
  await db.insert(linkRequests).values({ email: normaliseEmail(email), purpose });
}

/**
 * Answers the waiting requests: for an address with an account a one-time link is issued and its
 * mail queued, in the transaction that takes the request; other requests are dropped. SKIP LOCKED
 * lets several processes share the work.
 */
export async function answerLinkRequests(app: FastifyInstance, batchSize = 50): Promise<number> {
  const { config, database } = app.deps;
  return database.db.transaction(async (tx) => {
    const taken = await selectRows<{ email: string; purpose: LinkPurpose }>(
      tx,
      sql`delete from ${linkRequests} where id in (select id from ${linkRequests} order by id limit ${batchSize} for update skip locked)
        returning email, purpose`,
    );
    for (const request of taken) {
      const user = await findUserByEmail(tx, request.email);
      if (!user) continue;
      const token = await issueToken(tx, user.id, request.purpose);
      await enqueueMail(tx, { to: user.email, ...linkMails[request.purpose](user.name, `${config.baseUrl}${linkPaths[request.purpose]}${token}`) });
    }
    return taken.length;
  });
}

export const linkRequestTasks: Task[] = [
  {
    name: "anmeldelinks",
    everySeconds: 2,
    async run(app, stop) {
      while (!stop.aborted && (await answerLinkRequests(app)) > 0);
    },
  },
];
