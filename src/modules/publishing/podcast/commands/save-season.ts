import { eq, ne } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { refused, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { hasErrors, type FieldErrors } from "../../../../platform/forms.ts";
import { addressOf } from "../rules/address.ts";
import type { SeasonInput } from "../schemas.ts";
import { seasons } from "../tables.ts";
import { refusals } from "../texts.ts";

/**
 * Creates or changes a season; number and address must be unique. The schema's messages come in
 * too, so the form shows every problem at once; nothing is written unless there is none.
 */
export async function saveSeason(db: Db, id: number | null, input: SeasonInput, schemaErrors: FieldErrors): Promise<CommandResult<number>> {
  const errors = { ...schemaErrors };
  const number = Number(input.number);
  const address = addressOf(errors.slug ? undefined : input.slug, errors.title ? "" : input.title);
  if (address.error && !errors.slug) errors.slug = address.error;
  const others = await db
    .select({ number: seasons.number, slug: seasons.slug })
    .from(seasons)
    .where(id === null ? undefined : ne(seasons.id, id));
  if (!errors.number && others.some((season) => season.number === number)) errors.number = refusals.seasonNumberTaken(number);
  if (!errors.slug && others.some((season) => season.slug === address.slug)) errors.slug = refusals.seasonSlugTaken;
  if (hasErrors(errors)) return refused(errors);
  const values = { number, slug: address.slug, title: input.title, description: input.description ?? "" };
  if (id !== null) {
    await db.update(seasons).set(values).where(eq(seasons.id, id));
    return succeeded(id);
  }
  const [row] = await db.insert(seasons).values(values).returning({ id: seasons.id });
  return succeeded(row.id);
}
