import { eq, ne } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { refused, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { hasErrors, type FieldErrors } from "../../../../platform/forms.ts";
import { berlinInstant } from "../../../../platform/dates.ts";
import { addressOf } from "../rules/address.ts";
import { parseChapters } from "../rules/chapters.ts";
import { findGuestMunicipality, type Episode } from "../queries.ts";
import { guestField, guestRows, type EpisodeInput } from "../schemas.ts";
import { episodes, seasons, type Chapter, type Guest } from "../tables.ts";
import { refusals } from "../texts.ts";
import { listTopics } from "../../../municipalities/index.ts";

/** The guests of the form's rows; empty rows are skipped, every problem lands on its field. */
async function readGuests(db: Db, input: EpisodeInput, errors: FieldErrors): Promise<Guest[]> {
  const guests: Guest[] = [];
  for (let row = 1; row <= guestRows; row++) {
    const [nameField, roleField, placeField] = [guestField(row, "Name"), guestField(row, "Role"), guestField(row, "Municipality")];
    const value = (field: string) => (errors[field] ? "" : (input[field as keyof EpisodeInput] as string | undefined)) ?? "";
    const [name, role, place] = [value(nameField), value(roleField), value(placeField)];
    if (!name && !role && !place) continue;
    if (!name && !errors[nameField]) errors[nameField] = refusals.guestName;
    let municipalityId: number | null = null;
    if (place) {
      const found = await findGuestMunicipality(db, place);
      if ("id" in found) municipalityId = found.id;
      else errors[placeField] = found.several ? refusals.severalMunicipalities(found.names) : refusals.noMunicipality(found.names);
    }
    guests.push({ name, role, municipalityId });
  }
  return guests;
}

/** What only the database can tell: a free number and address, a known season and known topics. */
async function checkAgainstStored(db: Db, existing: Episode | null, input: EpisodeInput, slug: string, errors: FieldErrors) {
  const number = Number(input.number);
  const season = errors.seasonId ? undefined : (await db.select({ id: seasons.id }).from(seasons).where(eq(seasons.id, input.seasonId)))[0];
  if (!season && !errors.seasonId) errors.seasonId = refusals.seasonMissing;
  const others = await db
    .select({ seasonId: episodes.seasonId, number: episodes.number, slug: episodes.slug })
    .from(episodes)
    .where(existing ? ne(episodes.id, existing.id) : undefined);
  const sameNumber = others.some((other) => other.seasonId === input.seasonId && other.number === number);
  if (sameNumber && !errors.number && !errors.seasonId) errors.number = refusals.episodeNumberTaken(number);
  if (!errors.slug && others.some((other) => other.slug === slug)) errors.slug = refusals.episodeSlugTaken;
  const known = new Set((await listTopics(db)).map((topic) => topic.slug));
  if (!errors.topics && (input.topics ?? []).some((topic) => !known.has(topic))) errors.topics = refusals.unknownTopics;
  if (!errors.publishedOn && input.publishedOn && !existing?.audioSize) errors.publishedOn = refusals.audioFirst;
}

function chaptersOf(input: EpisodeInput, errors: FieldErrors): Chapter[] {
  if (errors.chapters) return [];
  const parsed = parseChapters(input.chapters ?? "");
  if ("error" in parsed) errors.chapters = parsed.error;
  return "chapters" in parsed ? parsed.chapters : [];
}

/**
 * Creates or changes an episode. A publication date needs the audio first: listeners must be able to
 * play what appears. The schema's messages come in too, so the form shows every problem at once;
 * nothing is written unless there is none.
 */
export async function saveEpisode(db: Db, existing: Episode | null, input: EpisodeInput, schemaErrors: FieldErrors): Promise<CommandResult<number>> {
  const errors = { ...schemaErrors };
  const address = addressOf(errors.slug ? undefined : input.slug, errors.title ? "" : input.title);
  if (address.error && !errors.slug) errors.slug = address.error;
  const chapters = chaptersOf(input, errors);
  await checkAgainstStored(db, existing, input, address.slug, errors);
  const guests = await readGuests(db, input, errors);
  if (hasErrors(errors)) return refused(errors);
  const values = {
    seasonId: input.seasonId,
    number: Number(input.number),
    slug: address.slug,
    title: input.title,
    description: input.description,
    guests,
    chapters,
    transcript: input.transcript ?? "",
    topics: input.topics ?? [],
    publishedAt: input.publishedOn ? berlinInstant(input.publishedOn, "00:00") : null,
    updatedAt: new Date(),
  };
  if (existing) {
    await db.update(episodes).set(values).where(eq(episodes.id, existing.id));
    return succeeded(existing.id);
  }
  const [row] = await db.insert(episodes).values(values).returning({ id: episodes.id });
  return succeeded(row.id);
}
