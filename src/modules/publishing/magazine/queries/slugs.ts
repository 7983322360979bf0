import { sql } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { selectRows } from "../../../../db/rows.ts";
import { slugify } from "../../../../platform/slug.ts";
import type { articles, authors } from "../tables.ts";
import { reservedSlugs } from "../reference.ts";

/** A free address: the title's slug, or with -2, -3 … when taken. */
export async function uniqueSlug(db: Db, table: typeof articles | typeof authors, name: string, fallback: string): Promise<string> {
  const base = slugify(name).slice(0, 80).replace(/-$/, "") || fallback;
  const rows = await selectRows<{ slug: string }>(db, sql`select slug from ${table} where slug = ${base} or slug like ${`${base}-%`}`);
  const taken = new Set(rows.map((row) => row.slug));
  if (!taken.has(base) && !reservedSlugs.has(base)) return base;
  let count = 2;
  while (taken.has(`${base}-${count}`)) count++;
  return `${base}-${count}`;
}
