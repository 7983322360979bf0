import { inArray } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { asList, checkPlainText, isIsoDate, text, type FieldErrors } from "../../../platform/forms.ts";
import { slugify } from "../../../platform/slug.ts";
import { articles, authors } from "./tables.ts";
import { berlinInstant } from "../../../platform/dates.ts";
import type { Tag } from "./queries.ts";
import { findMunicipality, listMunicipalitiesByIds } from "../../municipalities/index.ts";
import { currentProgram, listEvents } from "../../program/index.ts";

export type SaveAction = "draft" | "publish";

export const articleLimits = { title: 200, teaser: 600, body: 100_000, tags: 400, moreMunicipalities: 400 } as const;
const maxTags = 10;
const maxTagLength = 40;
export const relatedFields = ["related1", "related2", "related3"] as const;

/** What the form asks for, checked and ready to store. */
export interface ArticleInput {
  title: string;
  teaser: string;
  body: string;
  authorIds: number[];
  tags: Tag[];
  publishAt: Date | null;
  relatedIds: number[];
  municipalityIds: number[];
  eventIds: number[];
  commentsOpen: boolean;
}

/** Ids from a form list; a value that is no id makes the list unknown (-1), which no check accepts. */
const ids = (values: string[]) => [...new Set(values.map((v) => (/^\d{1,9}$/.test(v) ? Number(v) : -1)))];

/** "Beteiligung, Fellow-Tag" → tags with an address part and the label as written. */
export function parseTags(value: string): { tags: Tag[]; error?: string } {
  const labels = value
    .split(",")
    .map((l) => l.trim().replace(/\s+/g, " "))
    .filter(Boolean);
  const tags = new Map<string, Tag>();
  for (const label of labels) {
    if (label.length > maxTagLength) return { tags: [], error: `Ein Schlagwort darf höchstens ${maxTagLength} Zeichen haben.` };
    const tag = slugify(label);
    if (!tag) return { tags: [], error: "Schlagwörter brauchen Buchstaben oder Ziffern." };
    if (!tags.has(tag)) tags.set(tag, { tag, label });
  }
  if (tags.size > maxTags) return { tags: [], error: `Bitte vergeben Sie höchstens ${maxTags} Schlagwörter.` };
  return { tags: [...tags.values()] };
}

async function checkMunicipalities(db: Db, input: Record<string, unknown>, errors: FieldErrors): Promise<number[]> {
  const chosen = ids(asList(input.municipalities));
  if (chosen.length && (await listMunicipalitiesByIds(db, chosen)).length !== chosen.length)
    errors.municipalities = "Bitte wählen Sie nur Kommunen aus der Liste.";
  const more: number[] = [];
  for (const ags of text(input.moreMunicipalities)
    .split(/[\s,;]+/)
    .filter(Boolean)
    .slice(0, 20)) {
    const place = /^\d{5}(\d{3})?$/.test(ags) ? await findMunicipality(db, ags) : null;
    if (!place) {
      errors.moreMunicipalities ??= `Zum Schlüssel „${ags.slice(0, 20)}“ gibt es keine Kommune. Bitte geben Sie den fünf- oder achtstelligen Amtlichen Gemeindeschlüssel ein.`;
      continue;
    }
    more.push(place.id);
  }
  return [...new Set([...chosen, ...more])];
}

async function checkEvents(db: Db, input: Record<string, unknown>, errors: FieldErrors): Promise<number[]> {
  const chosen = ids(asList(input.events));
  if (chosen.length === 0) return [];
  const program = await currentProgram(db);
  const known = new Set(program ? (await listEvents(db, program.id, { ids: chosen })).map((e) => e.id) : []);
  if (chosen.some((id) => !known.has(id))) errors.events = "Bitte wählen Sie nur Termine aus der Liste.";
  return chosen;
}

function checkDate(input: Record<string, unknown>, errors: FieldErrors): Date | null {
  const date = text(input.publishDate).trim();
  const time = text(input.publishTime).trim();
  if (date && !isIsoDate(date)) errors.publishDate = "Bitte geben Sie ein gültiges Datum ein.";
  if (time && !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) errors.publishTime = "Bitte geben Sie die Uhrzeit als Stunden und Minuten ein, zum Beispiel 09:30.";
  if (!date && time && !errors.publishTime) errors.publishDate = "Bitte geben Sie zur Uhrzeit auch ein Datum ein.";
  if (!date || errors.publishDate || errors.publishTime) return null;
  return berlinInstant(date, time || "00:00");
}

/** Checks the article form; publishing needs a teaser, a text and an author, a draft only its title. */
export async function checkArticle(
  db: Db,
  articleId: number | null,
  input: Record<string, unknown>,
  action: SaveAction,
  errors: FieldErrors,
): Promise<ArticleInput> {
  checkPlainText(input, ["title", "teaser", "tags", "moreMunicipalities"], errors);
  for (const [field, limit] of Object.entries(articleLimits)) {
    if (text(input[field]).length > limit && !errors[field]) errors[field] = `Bitte geben Sie höchstens ${limit.toLocaleString("de-DE")} Zeichen ein.`;
  }
  const value = (field: keyof typeof articleLimits) => (errors[field] ? "" : text(input[field]).trim());
  const title = value("title").replace(/\s+/g, " ");
  if (!title && !errors.title) errors.title = "Bitte geben Sie einen Titel ein.";
  const teaser = value("teaser");
  const body = value("body");
  if (action === "publish" && !teaser && !errors.teaser) errors.teaser = "Bitte geben Sie eine Kurzbeschreibung ein, bevor Sie veröffentlichen.";
  if (action === "publish" && !body && !errors.body) errors.body = "Bitte schreiben Sie den Text des Beitrags, bevor Sie veröffentlichen.";

  const authorIds = ids(asList(input.authors));
  const knownAuthors = authorIds.length ? await db.select({ id: authors.id }).from(authors).where(inArray(authors.id, authorIds)) : [];
  if (knownAuthors.length !== authorIds.length) errors.authors = "Bitte wählen Sie nur Autor:innen aus der Liste.";
  else if (action === "publish" && authorIds.length === 0) errors.authors = "Bitte wählen Sie mindestens eine Autorin oder einen Autor.";

  const parsedTags = parseTags(value("tags"));
  if (parsedTags.error && !errors.tags) errors.tags = parsedTags.error;

  const relatedIds = ids(relatedFields.map((f) => text(input[f]).trim()).filter(Boolean)).filter((id) => id !== articleId);
  const knownRelated = relatedIds.length ? await db.select({ id: articles.id }).from(articles).where(inArray(articles.id, relatedIds)) : [];
  if (knownRelated.length !== relatedIds.length) errors.related1 = "Bitte wählen Sie nur Beiträge aus der Liste.";

  return {
    title,
    teaser,
    body,
    authorIds,
    tags: parsedTags.tags,
    publishAt: checkDate(input, errors),
    relatedIds,
    municipalityIds: await checkMunicipalities(db, input, errors),
    eventIds: await checkEvents(db, input, errors),
    commentsOpen: text(input.commentsOpen) === "ja",
  };
}
