import { and, eq, max, ne } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { asList, checkPlainText, hasErrors, text, type FieldErrors } from "../../../platform/forms.ts";
import { slugify } from "../../../platform/slug.ts";
import { guideChapters, guideSections } from "./tables.ts";
import { isKind, isLevel, reservedSlugs } from "./reference.ts";
import { indexChapter, indexSection, unindexSection } from "./search.ts";
import { listTopics } from "../../municipalities/index.ts";

export type Result = { ok: true; id: number } | { ok: false; errors: FieldErrors };

/** A position typed by the team: empty means "at the end" (null); anything else must be a whole number from 1 to 999. */
export function checkPosition(value: unknown, field: string, errors: FieldErrors): number | null {
  const raw = text(value).trim();
  if (raw === "") return null;
  if (!/^\d{1,3}$/.test(raw) || Number(raw) < 1) {
    if (!errors[field]) errors[field] = "Bitte geben Sie eine ganze Zahl von 1 bis 999 ein.";
    return null;
  }
  return Number(raw);
}

function checkTitle(input: Record<string, unknown>, errors: FieldErrors): string {
  checkPlainText(input, ["title"], errors);
  const title = text(input.title).trim();
  if (title.length < 3 && !errors.title) errors.title = "Bitte geben Sie einen Titel mit mindestens 3 Zeichen ein.";
  if (title.length > 150 && !errors.title) errors.title = "Bitte geben Sie höchstens 150 Zeichen ein.";
  return title;
}

async function freeSlug(db: Db, title: string): Promise<string> {
  const base = slugify(title).slice(0, 80).replace(/-$/, "") || "kapitel";
  for (let count = 1; ; count++) {
    const candidate = count === 1 ? base : `${base}-${count}`;
    if (reservedSlugs.has(candidate)) continue;
    const [taken] = await db.select({ id: guideChapters.id }).from(guideChapters).where(eq(guideChapters.slug, candidate));
    if (!taken) return candidate;
  }
}

/** Creates a chapter (id null) or changes one; its address stays the same once it exists, so links keep working. */
export async function saveChapter(db: Db, id: number | null, input: Record<string, unknown>, errors: FieldErrors = {}): Promise<Result> {
  const title = checkTitle(input, errors);
  const level = text(input.level);
  if (!isLevel(level)) errors.level = "Bitte wählen Sie eine Ebene.";
  const intro = text(input.intro).trim();
  if (intro.length > 3000 && !errors.intro) errors.intro = "Bitte geben Sie höchstens 3.000 Zeichen ein.";
  const position = checkPosition(input.position, "position", errors);
  const known = new Set((await listTopics(db)).map((t) => t.slug));
  const topics = asList(input.topics);
  if (topics.some((t) => !known.has(t))) errors.topics = "Bitte wählen Sie nur Themen aus der Liste.";
  else if (topics.length === 0) errors.topics = "Bitte wählen Sie mindestens ein Thema.";
  else if (topics.length > 5) errors.topics = "Bitte wählen Sie höchstens fünf Themen.";
  if (hasErrors(errors)) return { ok: false, errors };
  const last = async () =>
    ((
      await db
        .select({ n: max(guideChapters.position) })
        .from(guideChapters)
        .where(and(eq(guideChapters.level, level), id === null ? undefined : ne(guideChapters.id, id)))
    )[0].n ?? 0) + 1;
  const values = { title, level, intro, topics, position: position ?? (await last()) };
  let chapterId = id;
  if (chapterId === null) {
    [{ id: chapterId }] = await db
      .insert(guideChapters)
      .values({ ...values, slug: await freeSlug(db, title) })
      .returning({ id: guideChapters.id });
  } else {
    await db.update(guideChapters).set(values).where(eq(guideChapters.id, chapterId));
  }
  await indexChapter(db, chapterId);
  return { ok: true, id: chapterId };
}

/** Deletes a chapter with its sections and takes them out of the search. */
export async function deleteChapter(db: Db, id: number): Promise<void> {
  const sections = await db.select({ id: guideSections.id }).from(guideSections).where(eq(guideSections.chapterId, id));
  await db.delete(guideChapters).where(eq(guideChapters.id, id));
  for (const section of sections) await unindexSection(db, section.id);
}

/** Creates a section in a chapter (id null) or changes one. */
export async function saveSection(db: Db, chapterId: number, id: number | null, input: Record<string, unknown>, errors: FieldErrors = {}): Promise<Result> {
  const title = checkTitle(input, errors);
  const kind = text(input.kind);
  if (!isKind(kind)) errors.kind = "Bitte wählen Sie die Art des Abschnitts.";
  const body = text(input.body).trim();
  if (!body && !errors.body) errors.body = "Bitte schreiben Sie den Inhalt des Abschnitts.";
  if (body.length > 20000 && !errors.body) errors.body = "Bitte geben Sie höchstens 20.000 Zeichen ein.";
  const position = checkPosition(input.position, "position", errors);
  if (hasErrors(errors)) return { ok: false, errors };
  const last = async () =>
    ((
      await db
        .select({ n: max(guideSections.position) })
        .from(guideSections)
        .where(eq(guideSections.chapterId, chapterId))
    )[0].n ?? 0) + 1;
  const values = { title, kind, body, position: position ?? (id === null ? await last() : undefined) };
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
  return { ok: true, id: sectionId };
}

/** Deletes a section and takes it out of the search. */
export async function deleteSection(db: Db, id: number): Promise<void> {
  await db.delete(guideSections).where(eq(guideSections.id, id));
  await unindexSection(db, id);
}

/** New positions for all sections of a chapter at once (fields "position-<id>"); all or nothing. */
export async function reorderSections(db: Db, chapterId: number, input: Record<string, unknown>): Promise<Result> {
  const errors: FieldErrors = {};
  const sections = await db.select({ id: guideSections.id }).from(guideSections).where(eq(guideSections.chapterId, chapterId));
  const positions = sections.map((section) => {
    const field = `position-${section.id}`;
    const position = checkPosition(input[field], field, errors);
    if (position === null && !errors[field]) errors[field] = "Bitte geben Sie eine Position ein.";
    return { id: section.id, position };
  });
  if (hasErrors(errors)) return { ok: false, errors };
  await db.transaction(async (tx) => {
    for (const position of positions) await tx.update(guideSections).set({ position: position.position! }).where(eq(guideSections.id, position.id));
  });
  return { ok: true, id: chapterId };
}
