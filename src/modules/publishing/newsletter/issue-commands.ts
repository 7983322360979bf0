import { and, eq, ne, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { asList, checkPlainText, hasErrors, text, type FieldErrors } from "../../../platform/forms.ts";
import { numberPattern, type IssueChoices } from "./issues.ts";
import { deliveries, issues, subscribers } from "./tables.ts";
import { messages } from "./texts.ts";

export type SaveResult = { ok: true; id: number } | { ok: false; errors: FieldErrors };

/** Only ids from the offered list, each once; null when there are more than ten or a foreign one. */
function chosen(values: unknown, offered: Set<number>): number[] | null {
  const ids = [...new Set(asList(values).map(Number))];
  return ids.length <= 10 && ids.every((id) => offered.has(id)) ? ids : null;
}

/** Checks the editors' form against what it offered (`choices`) and saves a draft issue (new when id is null). */
export async function saveIssue(
  db: Db,
  userId: number,
  id: number | null,
  input: Record<string, unknown>,
  errors: FieldErrors,
  choices: IssueChoices,
): Promise<SaveResult> {
  const number = text(input.number).trim();
  const title = text(input.title).trim();
  const editorial = text(input.editorial).replace(/\r\n/g, "\n").trim();
  checkPlainText(input, ["number", "title"], errors);
  if (!numberPattern.test(number)) errors.number ??= messages.number;
  if (title.length < 5 || title.length > 150) errors.title ??= messages.title;
  if (editorial.length > 10_000) errors.editorial ??= messages.editorial;
  const articleIds = chosen(input.artikel, new Set(choices.articles.map((a) => a.id)));
  const eventIds = chosen(input.termine, new Set(choices.events.map((e) => e.id)));
  if (!articleIds) errors.artikel ??= messages.articles;
  if (!eventIds) errors.termine ??= messages.events;
  if (!errors.number) {
    const [other] = await db
      .select({ id: issues.id })
      .from(issues)
      .where(id === null ? eq(issues.number, number) : and(eq(issues.number, number), ne(issues.id, id)));
    if (other) errors.number = messages.numberTaken;
  }
  if (hasErrors(errors)) return { ok: false, errors };
  const values = { number, title, editorial, articleIds: articleIds!, eventIds: eventIds! };
  if (id === null) {
    const [row] = await db
      .insert(issues)
      .values({ ...values, createdBy: userId })
      .returning({ id: issues.id });
    return { ok: true, id: row.id };
  }
  const [row] = await db
    .update(issues)
    .set(values)
    .where(and(eq(issues.id, id), eq(issues.status, "draft")))
    .returning({ id: issues.id });
  if (!row) return { ok: false, errors: { number: messages.notDraft } };
  return { ok: true, id };
}

/**
 * Puts one mail per confirmed subscriber into the queue and marks the issue as sending, in one
 * transaction; the background task sends them. Returns false when the issue is no draft (any more).
 * Each mail's Message-ID is fixed here (issue number and subscriber), so a retry sends the same one.
 */
export async function startSending(db: Db, issueId: number, host: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [issue] = await tx
      .update(issues)
      .set({ status: "sending", startedAt: new Date() })
      .where(and(eq(issues.id, issueId), eq(issues.status, "draft")))
      .returning({ id: issues.id, number: issues.number });
    if (!issue) return false;
    await tx.execute(sql`
      insert into ${deliveries} (issue_id, subscriber_id, email, message_id)
      select ${issue.id}, s.id, s.email, '<newsletter-' || ${issue.number}::text || '-' || s.id || '@' || ${host}::text || '>'
      from ${subscribers} s where s.status = 'confirmed'
      on conflict do nothing`);
    return true;
  });
}
