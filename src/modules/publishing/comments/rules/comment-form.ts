import type { FieldErrors } from "../../../../platform/forms.ts";
import type { CommentBody } from "../schemas.ts";
import { limits, messages } from "../texts.ts";

// NUL cannot be stored in PostgreSQL text; other control characters only hide text. Tabs and line breaks stay.
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** A comment's text as typed, without invisible control characters, with Unix line breaks, trimmed. */
export const cleanBody = (value: string) => value.replace(/\r\n?/g, "\n").replace(controlCharacters, "").trim();

/**
 * The comment form's messages beside the schema's: the text must be there and not too long once
 * cleaned (told with its length), and the netiquette must be accepted. All messages come at once.
 */
export function commentFormErrors(body: CommentBody, schemaErrors: FieldErrors): FieldErrors {
  const errors: FieldErrors = {};
  if (!("commentBody" in schemaErrors)) {
    const text = cleanBody(body.commentBody ?? "");
    if (!text) errors.commentBody = messages.bodyEmpty;
    else if (text.length > limits.body) errors.commentBody = messages.bodyTooLong(text.length);
  }
  if (body.netiquette !== "ja") errors.netiquette = messages.netiquette;
  return { ...errors, ...schemaErrors };
}

/** A filled honeypot: a bot, which is answered like a person but whose comment is not stored. */
export const isBot = (body: CommentBody) => (body.website ?? "") !== "";
