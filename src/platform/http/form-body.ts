import type { FastifyInstance } from "fastify";
import { AppError } from "../errors.ts";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The body as text, or null when it is not UTF-8: neither its raw bytes nor its %-escapes may be
 * anything else. Browsers send nothing else; "%FF", a Latin-1 "%E4" or a raw byte 0xE4 are broken.
 */
function textOf(body: Buffer): string | null {
  try {
    const text = utf8.decode(body);
    decodeURIComponent(text.replace(/\+/g, " "));
    return text;
  } catch {
    return null;
  }
}

/** A form's fields; a field sent more than once (a group of checkboxes) as the list of its values. */
function fieldsOf(body: string): Record<string, string | string[]> {
  // Without a prototype, a field named __proto__ is a field like any other.
  const fields: Record<string, string | string[]> = Object.create(null);
  for (const [name, value] of new URLSearchParams(body)) {
    const known = fields[name];
    fields[name] = known === undefined ? value : Array.isArray(known) ? [...known, value] : [known, value];
  }
  return fields;
}

/**
 * Reads posted forms (application/x-www-form-urlencoded). A body whose escapes are not UTF-8 is a
 * broken request, refused with 400 before any route sees it, so garbled text is never saved.
 */
export function registerFormBody(app: FastifyInstance): void {
  app.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "buffer" }, (_request, body, done) => {
    const text = textOf(body as Buffer);
    if (text === null)
      return done(new AppError(400, "bad_encoding", "Die gesendeten Daten sind nicht als UTF-8 kodiert und konnten nicht gelesen werden."), undefined);
    done(null, fieldsOf(text));
  });
}
