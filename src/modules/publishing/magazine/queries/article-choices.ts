import { inArray } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { berlinInstant } from "../../../../platform/dates.ts";
import { findMunicipality, listMunicipalitiesByIds } from "../../../municipalities/index.ts";
import { currentProgram, listEvents } from "../../../program/index.ts";
import { articles, authors } from "../tables.ts";
import { relatedFields, type ArticleBody } from "../schemas.ts";
import { parseTags, type Tag } from "../rules/tags.ts";
import { articleMessages } from "../texts.ts";

export type SaveAction = "draft" | "publish";

/** An article form resolved against the Magazin's data, ready to store. */
export interface ArticleInput {
  action: SaveAction;
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

/** Checks run only on fields that passed their schema: their values have the schema's types. */
type Checked = (field: keyof ArticleBody) => boolean;

async function checkMunicipalities(db: Db, body: ArticleBody, errors: FieldErrors, valid: Checked): Promise<number[]> {
  const chosen = valid("municipalities") ? [...new Set(body.municipalities ?? [])] : [];
  if (chosen.length && (await listMunicipalitiesByIds(db, chosen)).length !== chosen.length) errors.municipalities = articleMessages.unknownMunicipalities;
  const more: number[] = [];
  const codes = valid("moreMunicipalities") ? (body.moreMunicipalities ?? "").split(/[\s,;]+/).filter(Boolean) : [];
  for (const ags of codes.slice(0, 20)) {
    const place = /^\d{5}(\d{3})?$/.test(ags) ? await findMunicipality(db, ags) : null;
    if (place) more.push(place.id);
    else errors.moreMunicipalities ??= articleMessages.unknownAgs(ags.slice(0, 20));
  }
  return [...new Set([...chosen, ...more])];
}

async function checkEvents(db: Db, body: ArticleBody, errors: FieldErrors, valid: Checked): Promise<number[]> {
  const chosen = valid("events") ? [...new Set(body.events ?? [])] : [];
  if (chosen.length === 0) return [];
  const program = await currentProgram(db);
  const known = new Set(program ? (await listEvents(db, program.id, { ids: chosen })).map((event) => event.id) : []);
  if (chosen.some((id) => !known.has(id))) errors.events = articleMessages.unknownEvents;
  return chosen;
}

async function checkAuthors(db: Db, body: ArticleBody, action: SaveAction, errors: FieldErrors, valid: Checked): Promise<number[]> {
  const authorIds = valid("authors") ? [...new Set(body.authors ?? [])] : [];
  const known = authorIds.length ? await db.select({ id: authors.id }).from(authors).where(inArray(authors.id, authorIds)) : [];
  if (known.length !== authorIds.length) errors.authors = articleMessages.unknownAuthors;
  else if (action === "publish" && authorIds.length === 0 && valid("authors")) errors.authors = articleMessages.noAuthor;
  return authorIds;
}

async function checkRelated(db: Db, articleId: number | null, body: ArticleBody, errors: FieldErrors, valid: Checked): Promise<number[]> {
  const chosen = relatedFields.filter(valid).map((field) => body[field] ?? "");
  const relatedIds = [...new Set(chosen.filter(Boolean).map(Number))].filter((id) => id !== articleId);
  const known = relatedIds.length ? await db.select({ id: articles.id }).from(articles).where(inArray(articles.id, relatedIds)) : [];
  if (known.length !== relatedIds.length) errors.related1 = articleMessages.unknownArticles;
  return relatedIds;
}

function publishAtOf(body: ArticleBody, errors: FieldErrors): Date | null {
  const [date, time] = [body.publishDate ?? "", body.publishTime ?? ""];
  if (!date && time && !errors.publishTime) errors.publishDate ??= articleMessages.timeWithoutDate;
  if (!date || errors.publishDate || errors.publishTime) return null;
  return berlinInstant(date, time || "00:00");
}

/**
 * Resolves the article form against the Magazin's data: chosen authors, articles, municipalities
 * and events must exist, tags must make addresses; publishing needs a teaser, a text and an author.
 * Adds its messages to the schema's, so the form shows every message at once.
 */
export async function resolveArticle(
  db: Db,
  articleId: number | null,
  body: ArticleBody,
  schemaErrors: FieldErrors,
): Promise<{ input: ArticleInput; errors: FieldErrors }> {
  const errors: FieldErrors = { ...schemaErrors };
  const valid: Checked = (field) => !(field in schemaErrors);
  const action: SaveAction = body.aktion === "veroeffentlichen" ? "publish" : "draft";
  const [title, teaser, text] = [valid("title") ? body.title.replace(/\s+/g, " ") : "", body.teaser ?? "", body.body ?? ""];
  if (action === "publish" && !teaser && valid("teaser")) errors.teaser = articleMessages.teaserToPublish;
  if (action === "publish" && !text && valid("body")) errors.body = articleMessages.bodyToPublish;
  const parsedTags = parseTags(valid("tags") ? (body.tags ?? "") : "");
  if (parsedTags.error) errors.tags = parsedTags.error;
  const input: ArticleInput = {
    action,
    title,
    teaser,
    body: text,
    authorIds: await checkAuthors(db, body, action, errors, valid),
    tags: parsedTags.tags,
    publishAt: publishAtOf(body, errors),
    relatedIds: await checkRelated(db, articleId, body, errors, valid),
    municipalityIds: await checkMunicipalities(db, body, errors, valid),
    eventIds: await checkEvents(db, body, errors, valid),
    commentsOpen: body.commentsOpen === true,
  };
  return { input, errors };
}
