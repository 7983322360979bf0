import { eq, ne } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { asList, checkPlainText, hasErrors, isIsoDate, text, type FieldErrors } from "../../../platform/forms.ts";
import { slugify } from "../../../platform/slug.ts";
import { parseChapters } from "./chapters.ts";
import { berlinInstant } from "../../../platform/dates.ts";
import { readGuests } from "./guests.ts";
import { audio, episodes, seasons } from "./tables.ts";
import type { Episode } from "./queries.ts";
import { listTopics } from "../../municipalities/index.ts";

export type Result = { ok: true; id: number } | { ok: false; errors: FieldErrors };
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Addresses of the podcast's own pages, and ids on the start page that a season's anchor must not take.
const reservedSlugs = new Set(["redaktion", "feed", "cover", "inhalt", "abonnieren"]);

function checkLength(input: Record<string, unknown>, limits: Record<string, [number, number]>, errors: FieldErrors) {
  for (const [field, [min, max]] of Object.entries(limits)) {
    const value = text(input[field]).trim();
    if (errors[field]) continue;
    if (value.length < min) errors[field] = min > 1 ? `Bitte geben Sie mindestens ${min} Zeichen ein.` : "Bitte füllen Sie dieses Feld aus.";
    else if (value.length > max) errors[field] = `Bitte geben Sie höchstens ${max.toLocaleString("de-DE")} Zeichen ein.`;
  }
}

function wholeNumber(value: unknown, max: number): number | null {
  const count = Number(text(value).trim());
  return text(value).trim() !== "" && Number.isInteger(count) && count >= 1 && count <= max ? count : null;
}

/** The address given, or one made from the title; a German message when it is malformed. */
function slugOf(input: Record<string, unknown>, errors: FieldErrors): string {
  const given = text(input.slug).trim();
  const slug = given || slugify(text(input.title)).slice(0, 80).replace(/-$/, "");
  if (errors.slug) return slug;
  if (given && (!slugPattern.test(given) || given.length > 80))
    errors.slug = "Bitte verwenden Sie nur Kleinbuchstaben ohne Umlaute, Ziffern und Bindestriche, höchstens 80 Zeichen.";
  else if (!slug && text(input.title).trim()) errors.slug = "Aus dem Titel lässt sich keine Adresse bilden. Bitte geben Sie eine an.";
  else if (reservedSlugs.has(slug)) errors.slug = "Diese Adresse ist für eine Seite des Podcasts reserviert. Bitte wählen Sie eine andere.";
  return slug;
}

/** Creates or changes a season; number and address must be unique. */
export async function saveSeason(db: Db, id: number | null, input: Record<string, unknown>, errors: FieldErrors = {}): Promise<Result> {
  checkPlainText(input, ["title", "slug", "description"], errors);
  checkLength(input, { title: [3, 150], description: [0, 2000] }, errors);
  const number = wholeNumber(input.number, 99);
  if (number === null && !errors.number) errors.number = "Bitte geben Sie die Nummer der Staffel als ganze Zahl von 1 bis 99 ein.";
  const slug = slugOf(input, errors);
  const others = await db
    .select({ number: seasons.number, slug: seasons.slug })
    .from(seasons)
    .where(id === null ? undefined : ne(seasons.id, id));
  if (others.some((s) => s.number === number) && !errors.number) errors.number = `Eine Staffel ${number} gibt es schon.`;
  if (others.some((s) => s.slug === slug) && !errors.slug) errors.slug = "Diese Adresse hat schon eine andere Staffel.";
  if (hasErrors(errors)) return { ok: false, errors };
  const values = { number: number!, slug, title: text(input.title).trim(), description: text(input.description).trim() };
  if (id !== null) {
    await db.update(seasons).set(values).where(eq(seasons.id, id));
    return { ok: true, id };
  }
  const [row] = await db.insert(seasons).values(values).returning({ id: seasons.id });
  return { ok: true, id: row.id };
}

/** Creates or changes an episode. A publication date needs the audio first: listeners must be able to play what appears. */
export async function saveEpisode(db: Db, existing: Episode | null, input: Record<string, unknown>, errors: FieldErrors = {}): Promise<Result> {
  checkPlainText(input, ["title", "slug", "description", "chapters", "transcript"], errors);
  checkLength(input, { title: [3, 150], description: [1, 4000], transcript: [0, 200_000], chapters: [0, 20_000] }, errors);
  const seasonId = wholeNumber(input.seasonId, 2_147_483_647);
  const season = seasonId === null ? undefined : (await db.select({ id: seasons.id }).from(seasons).where(eq(seasons.id, seasonId)))[0];
  if (!season && !errors.seasonId) errors.seasonId = "Bitte wählen Sie eine Staffel.";
  const number = wholeNumber(input.number, 999);
  if (number === null && !errors.number) errors.number = "Bitte geben Sie die Nummer der Folge als ganze Zahl von 1 bis 999 ein.";
  const slug = slugOf(input, errors);
  const others = await db
    .select({ seasonId: episodes.seasonId, number: episodes.number, slug: episodes.slug })
    .from(episodes)
    .where(existing ? ne(episodes.id, existing.id) : undefined);
  if (others.some((e) => e.seasonId === seasonId && e.number === number) && !errors.number) errors.number = `Diese Staffel hat schon eine Folge ${number}.`;
  if (others.some((e) => e.slug === slug) && !errors.slug) errors.slug = "Diese Adresse hat schon eine andere Folge.";
  const parsed = errors.chapters ? { chapters: [] } : parseChapters(text(input.chapters));
  if ("error" in parsed) errors.chapters = parsed.error;
  const guests = await readGuests(db, input, errors);
  const known = new Set((await listTopics(db)).map((t) => t.slug));
  const topics = asList(input.topics);
  if (topics.some((t) => !known.has(t))) errors.topics = "Bitte wählen Sie nur Themen aus der Liste.";
  else if (topics.length > 5) errors.topics = "Bitte wählen Sie höchstens fünf Themen.";
  const day = text(input.publishedOn).trim();
  if (day && !isIsoDate(day)) errors.publishedOn = "Bitte geben Sie ein gültiges Datum ein, zum Beispiel 12.03.2026.";
  else if (day && !existing?.audioSize) errors.publishedOn = "Bitte laden Sie zuerst die Audiodatei hoch; danach können Sie die Folge veröffentlichen.";
  if (hasErrors(errors)) return { ok: false, errors };
  const values = {
    seasonId: seasonId!,
    number: number!,
    slug,
    title: text(input.title).trim(),
    description: text(input.description).trim(),
    guests,
    chapters: "chapters" in parsed ? parsed.chapters : [],
    transcript: text(input.transcript).trim(),
    topics,
    publishedAt: day ? berlinInstant(day, "00:00") : null,
    updatedAt: new Date(),
  };
  if (existing) {
    await db.update(episodes).set(values).where(eq(episodes.id, existing.id));
    return { ok: true, id: existing.id };
  }
  const [row] = await db.insert(episodes).values(values).returning({ id: episodes.id });
  return { ok: true, id: row.id };
}

/** Stores an episode's checked audio, replacing any earlier file. */
export async function storeAudio(db: Db, episodeId: number, file: { fileName: string; type: string; durationSeconds: number }, data: Buffer): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(audio).values({ episodeId, data }).onConflictDoUpdate({ target: audio.episodeId, set: { data } });
    await tx
      .update(episodes)
      .set({ audioFileName: file.fileName, audioType: file.type, audioSize: data.length, durationSeconds: file.durationSeconds, updatedAt: new Date() })
      .where(eq(episodes.id, episodeId));
  });
}

export async function deleteEpisode(db: Db, id: number): Promise<void> {
  await db.delete(episodes).where(eq(episodes.id, id));
}
