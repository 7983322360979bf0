import { and, eq, ne } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { refused, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import type { IssueInput } from "../schemas.ts";
import { issues } from "../tables.ts";
import { messages } from "../texts.ts";

/** Saves a draft issue (new when id is null); the form's choices were checked against what it offered. The value is the issue's id. */
export async function saveIssue(db: Db, userId: number, id: number | null, input: IssueInput): Promise<CommandResult<number>> {
  const { number, title } = input;
  const [other] = await db
    .select({ id: issues.id })
    .from(issues)
    .where(id === null ? eq(issues.number, number) : and(eq(issues.number, number), ne(issues.id, id)));
  if (other) return refused({ number: messages.numberTaken });
  const values = {
    number,
    title,
    editorial: input.editorial ?? "",
    articleIds: input.artikel ?? [],
    reportIds: input.berichte ?? [],
    eventIds: input.termine ?? [],
  };
  if (id === null) {
    const [row] = await db
      .insert(issues)
      .values({ ...values, createdBy: userId })
      .returning({ id: issues.id });
    return succeeded(row.id);
  }
  const [row] = await db
    .update(issues)
    .set(values)
    .where(and(eq(issues.id, id), eq(issues.status, "draft")))
    .returning({ id: issues.id });
  return row ? succeeded(id) : refused({ number: messages.notDraft });
}
