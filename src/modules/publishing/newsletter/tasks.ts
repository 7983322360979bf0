import type { FastifyInstance } from "fastify";
import { and, eq, inArray, lt, notExists, sql } from "drizzle-orm";
import type { Database, Db } from "../../../db/client.ts";
import type { Task } from "../../../platform/tasks.ts";
import { replyCode, sendFailure } from "../../../platform/mail/send-failure.ts";
import { findIssue, issueContent } from "./queries.ts";
import { issueTemplate, personalMail, unsubscribeUrl, type IssueTemplate } from "./views/mail.ts";
import { deliveries, issues, subscribers } from "./tables.ts";
import { unconfirmedBefore } from "./rules/confirmation.ts";
import { startScheduledIssues } from "./commands/start-sending.ts";

const lockSeconds = 120;
/** A claimed mail goes out only this soon after the claim, well inside its lock, or is handed back. */
const sendWithinMs = 90_000;

interface Claimed {
  issue_id: number;
  subscriber_id: number;
  email: string;
  message_id: string;
  attempts: number;
  unsubscribe_token: string;
}

export interface SendRound {
  claimed: number;
  sent: number;
  failed: number;
  deferred: number;
  /** The mail server could not be reached: the rest waits for the next round. */
  halted: boolean;
}

/**
 * Claims up to `batchSize` mails in one statement: queued ones that are due, and ones left in
 * "sending" by a process whose lock ran out. SKIP LOCKED lets several processes claim side by side.
 */
function claim(database: Database, batchSize: number): Promise<Claimed[]> {
  return database.rows<Claimed>(
    "newsletter_claim",
    sql`update newsletter_deliveries d set status = 'sending', locked_until = now() + make_interval(secs => ${lockSeconds})
      from newsletter_subscribers s
      where s.id = d.subscriber_id and (d.issue_id, d.subscriber_id) in (
        select q.issue_id, q.subscriber_id from newsletter_deliveries q
        where q.issue_id in (select id from newsletter_issues where status = 'sending')
          and ((q.status = 'queued' and (q.locked_until is null or q.locked_until <= now())) or (q.status = 'sending' and q.locked_until <= now()))
        limit ${batchSize} for update of q skip locked)
      returning d.issue_id, d.subscriber_id, d.email, d.message_id, d.attempts, s.unsubscribe_token`,
  );
}

const key = (row: Claimed) => and(eq(deliveries.issueId, row.issue_id), eq(deliveries.subscriberId, row.subscriber_id));

/** A failed send is final (a bounce, or the sixth try) or queued again for later, by the shared rule of `sendFailure`. */
async function recordFailure(db: Db, row: Claimed, error: unknown): Promise<"failed" | "deferred"> {
  const attempts = row.attempts + 1;
  const { lastError, final, retryAt } = sendFailure(error, attempts);
  await db
    .update(deliveries)
    .set({ status: final ? "failed" : "queued", attempts, lastError, lockedUntil: final ? null : retryAt })
    .where(key(row));
  return final ? "failed" : "deferred";
}

/** Claimed mails not sent in this round go back to the queue at once, for any process. */
async function release(db: Db, rows: Claimed[]): Promise<void> {
  if (rows.length === 0) return;
  const pairs = sql.join(
    rows.map((r) => sql`(${r.issue_id}::int, ${r.subscriber_id}::int)`),
    sql`, `,
  );
  await db
    .update(deliveries)
    .set({ status: "queued", lockedUntil: null })
    .where(and(eq(deliveries.status, "sending"), sql`(${deliveries.issueId}, ${deliveries.subscriberId}) in (${pairs})`));
}

/** An issue whose queue is empty is sent. */
async function finishIssues(db: Db): Promise<void> {
  const open = db
    .select({ one: sql`1` })
    .from(deliveries)
    .where(and(eq(deliveries.issueId, issues.id), inArray(deliveries.status, ["queued", "sending"])));
  await db
    .update(issues)
    .set({ status: "sent", finishedAt: new Date() })
    .where(and(eq(issues.status, "sending"), notExists(open)));
}

// An issue no longer changes once it is being sent, so each process renders its mail once.
const templates = new WeakMap<FastifyInstance, Map<number, IssueTemplate>>();

async function templateFor(app: FastifyInstance, issueId: number): Promise<IssueTemplate> {
  const cache = templates.get(app) ?? new Map<number, IssueTemplate>();
  templates.set(app, cache);
  let template = cache.get(issueId);
  if (!template) {
    const { db } = app.deps.database;
    const issue = (await findIssue(db, issueId))!;
    template = issueTemplate(issue, await issueContent(db, issue), app.deps.config.baseUrl);
    cache.set(issueId, template);
  }
  return template;
}

/**
 * One round of the durable queue: claims a batch, sends its mails one by one and marks each sent
 * right after the SMTP server accepted it. Stops after the current mail when `stop` is aborted.
 */
export async function sendQueued(app: FastifyInstance, stop: AbortSignal, batchSize = 50): Promise<SendRound> {
  const { database, mailer, config } = app.deps;
  const claimed = await claim(database, batchSize);
  const round: SendRound = { claimed: claimed.length, sent: 0, failed: 0, deferred: 0, halted: false };
  const deadline = Date.now() + sendWithinMs;
  let next = 0;
  while (next < claimed.length && !stop.aborted && Date.now() < deadline) {
    const row = claimed[next++];
    const mail = personalMail(await templateFor(app, row.issue_id), row.email, row.message_id, unsubscribeUrl(config.baseUrl, row.unsubscribe_token));
    try {
      await mailer.send(mail);
    } catch (error) {
      round[await recordFailure(database.db, row, error)]++;
      if (replyCode(error) === null) {
        round.halted = true;
        break;
      }
      continue;
    }
    await database.db
      .update(deliveries)
      .set({ status: "sent", sentAt: new Date(), attempts: row.attempts + 1, lockedUntil: null, lastError: "" })
      .where(key(row));
    round.sent++;
  }
  await release(database.db, claimed.slice(next));
  await finishIssues(database.db);
  return round;
}

/** Data protection: sign-ups not confirmed within seven days are deleted. Returns how many. */
export async function deleteUnconfirmed(db: Db, now = new Date()): Promise<number> {
  const rows = await db
    .delete(subscribers)
    .where(and(eq(subscribers.status, "pending"), lt(subscribers.consentAt, unconfirmedBefore(now))))
    .returning({ id: subscribers.id });
  return rows.length;
}

/** The newsletter's background work: starting scheduled issues and sending the queue, and deleting sign-ups never confirmed. */
export const newsletterTasks: Task[] = [
  {
    name: "newsletter-versand",
    everySeconds: 2,
    async run(app, stop) {
      await startScheduledIssues(app.deps.database.db, new URL(app.deps.config.baseUrl).hostname);
      // Round after round until the queue has nothing due; the next tick looks again.
      for (;;) {
        const round = await sendQueued(app, stop, 50);
        if (round.claimed === 0 || round.halted || stop.aborted) return;
      }
    },
  },
  {
    name: "newsletter-unbestaetigte-loeschen",
    everySeconds: 60 * 60,
    async run(app) {
      await deleteUnconfirmed(app.deps.database.db);
    },
  },
];
