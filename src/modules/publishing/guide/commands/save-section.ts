import { and, eq, max } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { guideSections } from "../tables.ts";
import type { SectionInput } from "../schemas.ts";
import { indexSection } from "../search.ts";

/** Creates a section in a chapter (id null) or changes one; a new section without a position goes to the end. */
export async function saveSection(db: Db, chapterId: number, id: number | null, input: SectionInput): Promise<CommandResult<number>> {
  const last = async () =>
    ((
      await db
        .select({ n: max(guideSections.position) })
        .from(guideSections)
        .where(eq(guideSections.chapterId, chapterId))
    )[0].n ?? 0) + 1;
  const position = input.position ? Number(input.position) : id === null ? await last() : undefined;
  const values = { title: input.title, kind: input.kind, body: input.body, position };
  let sectionId = id;
  if (sectionId === null)
    [{ id: sectionId }] = await db
      .insert(guideSections)
      .values({ ...values, chapterId })
      .returning({ id: guideSections.id });
  else
    await db
      .update(guideSections)
      .set(values)
      .where(and(eq(guideSections.id, sectionId), eq(guideSections.chapterId, chapterId)));
  await indexSection(db, sectionId);
  return succeeded(sectionId);
}
