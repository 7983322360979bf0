import type { Db } from "../../../db/client.ts";
import { hasErrors, isEmail, text, type FieldErrors } from "../../../platform/forms.ts";
import { commentsInLastHour, isBlocked, isReplyTarget } from "./queries.ts";
import { comments } from "./tables.ts";
import { fieldLabels, limits, messages } from "./texts.ts";

export const honeypotField = "website";
// NUL cannot be stored in PostgreSQL text; other control characters only hide text. Tabs and line breaks stay.
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Text as typed, without invisible control characters, with Unix line breaks, trimmed. */
export const cleanText = (value: unknown) => text(value).replace(/\r\n?/g, "\n").replace(controlCharacters, "").trim();

/** Checks name and text of a comment (also when the moderation edits it). */
export function checkNameAndBody(name: string, body: string, errors: FieldErrors): void {
  if (name.length < limits.nameMin || name.length > limits.name) errors.commentName = messages.name;
  if (!body) errors.commentBody = messages.bodyEmpty;
  else if (body.length > limits.body) errors.commentBody = messages.bodyTooLong(body.length);
}

export type PostResult = { ok: true; stored: boolean } | { ok: false; errors: FieldErrors; status: 422 | 429 };

/**
 * A reader's comment waits for the editors' approval. A filled honeypot looks like success to the
 * bot but stores nothing; blocked addresses and more than five comments an hour are refused.
 */
export async function postComment(db: Db, article: { id: number }, input: Record<string, unknown>, schemaErrors: FieldErrors = {}): Promise<PostResult> {
  if (text(input[honeypotField]) !== "") return { ok: true, stored: false };
  const errors: FieldErrors = {};
  const name = cleanText(input.commentName);
  const email = cleanText(input.commentEmail).toLowerCase();
  const body = cleanText(input.commentBody);
  checkNameAndBody(name, body, errors);
  for (const field of Object.keys(fieldLabels)) if (schemaErrors[field]) errors[field] = schemaErrors[field];
  if ((!isEmail(email) || email.length > limits.email) && !errors.commentEmail) errors.commentEmail = messages.email;
  if (text(input.netiquette) !== "ja") errors.netiquette = messages.netiquette;
  const parentText = text(input.commentParent);
  const parentId = /^\d{1,9}$/.test(parentText) ? Number(parentText) : null;
  if (parentText !== "" && (parentId === null || !(await isReplyTarget(db, article.id, parentId)))) errors.commentParent = messages.parent;
  if (hasErrors(errors)) return { ok: false, errors, status: 422 };
  if (await isBlocked(db, email)) return { ok: false, errors: { commentEmail: messages.blocked }, status: 422 };
  if ((await commentsInLastHour(db, email)) >= limits.perAddressAndHour) return { ok: false, errors: { commentEmail: messages.tooMany }, status: 429 };
  await db.insert(comments).values({ articleId: article.id, parentId, name, email, body });
  return { ok: true, stored: true };
}
