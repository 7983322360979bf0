import { and, eq, max, ne } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { refused, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { hasErrors, type FieldErrors } from "../../../../platform/forms.ts";
import { slugify } from "../../../../platform/slug.ts";
import { guideChapters } from "../tables.ts";
import { reservedSlugs } from "../reference.ts";
import type { ChapterInput } from "../schemas.ts";
import { indexChapter } from "../search.ts";
import { refusals } from "../texts.ts";
import { listTopics } from "../../../municipalities/index.ts";

async function freeSlug(db: Db, title: string): Promise<string> {
  const base = slugify(title).slice(0, 80).replace(/-$/, "") || "kapitel";
  for (let count = 1; ; count++) {
    const candidate = count === 1 ? base : `${base}-${count}`;
    if (reservedSlugs.has(candidate)) continue;
    const [taken] = await db.select({ id: guideChapters.id }).from(guideChapters).where(eq(guideChapters.slug, candidate));
    if (!taken) return candidate;
  }
}

/** The topics must come from the shared list, at least one. */
async function checkTopics(db: Db, topics: string[], errors: FieldErrors) {
  if (errors.topics) return;
  const known = new Set((await listTopics(db)).map((topic) => topic.slug));
  if (topics.some((topic) => !known.has(topic))) errors.topics = refusals.unknownTopics;
  else if (topics.length === 0) errors.topics = refusals.noTopic;
}

/**
 * Creates a chapter (id null) or changes one; its address stays the same once it exists, so links
 * keep working. The schema's messages come in too, so the form shows every problem at once; nothing
 * is written unless there is none.
 */
export async function saveChapter(db: Db, id: number | null, input: ChapterInput, schemaErrors: FieldErrors): Promise<CommandResult<number>> {
  const errors = { ...schemaErrors };
  const topics = input.topics ?? [];
  await checkTopics(db, topics, errors);
  if (hasErrors(errors)) return refused(errors);
  const last = async () =>
    ((
      await db
        .select({ n: max(guideChapters.position) })
        .from(guideChapters)
        .where(and(eq(guideChapters.level, input.level), id === null ? undefined : ne(guideChapters.id, id)))
    )[0].n ?? 0) + 1;
  const values = { title: input.title, level: input.level, intro: input.intro ?? "", topics, position: input.position ? Number(input.position) : await last() };
  let chapterId = id;
  if (chapterId === null) {
    [{ id: chapterId }] = await db
      .insert(guideChapters)
      .values({ ...values, slug: await freeSlug(db, input.title) })
      .returning({ id: guideChapters.id });
  } else {
    await db.update(guideChapters).set(values).where(eq(guideChapters.id, chapterId));
  }
  await indexChapter(db, chapterId);
  return succeeded(chapterId);
}
