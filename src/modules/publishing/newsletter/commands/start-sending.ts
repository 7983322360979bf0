import { and, eq, isNotNull, lte, sql } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { refusedForm, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { deliveries, issues, subscribers } from "../tables.ts";
import { messages } from "../texts.ts";

/**
 * Puts one mail per confirmed subscriber into the queue and marks the issue as sending, in one
 * transaction; the background task sends them. Refused when the issue is no draft (any more).
 * Each mail's Message-ID is fixed here (issue number and subscriber), so a retry sends the same one.
 */
export async function startSending(db: Db, issueId: number, host: string): Promise<CommandResult> {
  return db.transaction(async (tx) => {
    const [issue] = await tx
      .update(issues)
      .set({ status: "sending", startedAt: new Date() })
      .where(and(eq(issues.id, issueId), eq(issues.status, "draft")))
      .returning({ id: issues.id, number: issues.number });
    if (!issue) return refusedForm(messages.notDraft);
    await tx.execute(sql`
      insert into ${deliveries} (issue_id, subscriber_id, email, message_id)
      select ${issue.id}, s.id, s.email, '<newsletter-' || ${issue.number}::text || '-' || s.id || '@' || ${host}::text || '>'
      from ${subscribers} s where s.status = 'confirmed'
      on conflict do nothing`);
    return succeeded(null);
  });
}

/** Starts every scheduled draft whose time has come (the queue task asks on each tick); returns how many. */
export async function startScheduledIssues(db: Db, host: string, now = new Date()): Promise<number> {
  const due = await db
    .select({ id: issues.id })
    .from(issues)
    .where(and(eq(issues.status, "draft"), isNotNull(issues.scheduledAt), lte(issues.scheduledAt, now)));
  let started = 0;
  for (const issue of due) if ((await startSending(db, issue.id, host)).ok) started++;
  return started;
}
