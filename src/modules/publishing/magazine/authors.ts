import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { checkPlainText, hasErrors, isEmail, text, type FieldErrors } from "../../../platform/forms.ts";
import { authors } from "./tables.ts";
import { uniqueSlug } from "./commands.ts";

export const authorFields = ["name", "role", "bio", "email"] as const;
const limits: Record<(typeof authorFields)[number], number> = { name: 120, role: 120, bio: 2000, email: 200 };

export type AuthorResult = { ok: true; id: number; slug: string } | { ok: false; errors: FieldErrors };

/** Adds an author (or changes one): name, role and bio are published; the e-mail address only receives notices. */
export async function saveAuthor(db: Db, id: number | null, input: Record<string, unknown>, errors: FieldErrors = {}): Promise<AuthorResult> {
  checkPlainText(input, authorFields, errors);
  for (const field of authorFields) {
    if (text(input[field]).length > limits[field] && !errors[field])
      errors[field] = `Bitte geben Sie höchstens ${limits[field].toLocaleString("de-DE")} Zeichen ein.`;
  }
  const values = Object.fromEntries(authorFields.map((f) => [f, text(input[f]).trim()])) as Record<(typeof authorFields)[number], string>;
  if (!values.name && !errors.name) errors.name = "Bitte geben Sie den Namen ein.";
  if (values.email && !isEmail(values.email) && !errors.email) errors.email = "Bitte geben Sie eine gültige E-Mail-Adresse ein.";
  if (hasErrors(errors)) return { ok: false, errors };
  values.email = values.email.toLowerCase();
  if (id !== null) {
    const [row] = await db.update(authors).set(values).where(eq(authors.id, id)).returning({ id: authors.id, slug: authors.slug });
    return { ok: true, ...row };
  }
  const slug = await uniqueSlug(db, authors, values.name, "autorin");
  const [row] = await db
    .insert(authors)
    .values({ ...values, slug })
    .returning({ id: authors.id, slug: authors.slug });
  return { ok: true, ...row };
}

/** An author with every field, for the form. */
export async function findAuthor(db: Db, id: number) {
  const [row] = await db.select().from(authors).where(eq(authors.id, id));
  return row ?? null;
}
