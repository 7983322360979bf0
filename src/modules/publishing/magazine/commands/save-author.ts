import { eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { authors } from "../tables.ts";
import { uniqueSlug } from "../queries/slugs.ts";
import type { AuthorBody } from "../schemas.ts";

/** Adds an author (or changes one): name, role and bio are published; the e-mail address only receives notices. */
export async function saveAuthor(db: Db, id: number | null, input: AuthorBody): Promise<CommandResult<{ id: number; slug: string }>> {
  const values = { name: input.name, role: input.role ?? "", bio: input.bio ?? "", email: input.email ?? "" };
  const returned = { id: authors.id, slug: authors.slug };
  if (id !== null) {
    const [row] = await db.update(authors).set(values).where(eq(authors.id, id)).returning(returned);
    return succeeded(row);
  }
  const slug = await uniqueSlug(db, authors, values.name, "autorin");
  const [row] = await db
    .insert(authors)
    .values({ ...values, slug })
    .returning(returned);
  return succeeded(row);
}
