import { sql } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { enqueueMail } from "../../../../platform/mail/queue.ts";
import { listApplications, type ApplicationFormat } from "../queries.ts";
import { pendingCounts, proposeDecisions } from "../rules/decisions.ts";
import { decisionMail, messages } from "../texts.ts";
import { hashToken, newToken } from "../../../../platform/auth/tokens.ts";
import { answerExpiry, answerLink } from "./answer-seat.ts";
import { refusedForm, succeeded, type CommandResult } from "../../../../platform/commands.ts";

type Counts = { accepted: number; waitlisted: number; rejected: number };

/**
 * Stores the decision on every application not yet told and queues exactly one mail each, in the same transaction. The format
 * is locked, so two clicks cannot both send; `expected` is the number of mails the team confirmed.
 */
export async function sendDecisions(db: Db, format: ApplicationFormat, baseUrl: string, expected: number): Promise<CommandResult<Counts>> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select id from program_formats where id = ${format.id} for update`);
    const rows = await listApplications(tx, format.id);
    const { decisions } = proposeDecisions(rows, format.freeSeats);
    const counts = pendingCounts(rows, decisions);
    if (counts.total > 0 && counts.total !== expected) return refusedForm<Counts>(messages.changed);
    const pending = rows
      .filter((r) => !r.notifiedAt)
      .map((row) => {
        const decision = decisions.get(row.id)!;
        return { row, decision, answerToken: decision.status === "accepted" ? newToken() : null };
      });
    if (pending.length > 0) {
      const values = JSON.stringify(
        pending.map((p) => ({
          id: p.row.id,
          status: p.decision.status,
          reasons: p.decision.reasons,
          place: p.decision.status === "waitlisted" ? p.decision.rank : null,
          answer: p.answerToken && hashToken(p.answerToken),
        })),
      );
      // One statement for all rows, so a thousand applications take one round trip.
      await tx.execute(sql`
        update program_applications as a
        set status = v.status, decision_reasons = v.reasons, notified_at = now(), waitlist_place = v.place,
          answer_token_hash = v.answer, answer_token_expires_at = case when v.answer is null then null else ${answerExpiry().toISOString()}::timestamptz end
        from jsonb_to_recordset(${values}::jsonb) as v(id integer, status text, reasons jsonb, place integer, answer text)
        where a.id = v.id and a.notified_at is null`);
    }
    for (const { row, decision, answerToken } of pending) {
      await enqueueMail(tx, { to: row.email, ...decisionMail(format, row.name, decision, answerLink(baseUrl, format, answerToken)) });
    }
    const { accepted, waitlisted, rejected } = counts;
    return succeeded({ accepted, waitlisted, rejected });
  });
}
