import { sql } from "drizzle-orm";
import type { Database } from "../../../../db/client.ts";
import { GenerationMemo } from "../../../../platform/cache/memo.ts";
import type { KeptPage } from "../../../../platform/http/cached-page.ts";

/**
 * The Magazin's pages as anonymous readers see them (article pages, list pages), kept until an
 * article, author or comment changes. A minute at most: names of linked municipalities and events
 * belong to other modules, and no trigger of ours sees them change.
 */
export const keptPages = new GenerationMemo<string, KeptPage>("magazin", { ttlMs: 60_000, size: 500 });

/** When the next scheduled article appears (ms since 1970), if one is scheduled: until then the kept pages stay true. */
export async function nextPublication(database: Database): Promise<number | undefined> {
  const [row] = await database.rows<{ at: Date | null }>(
    "k360_magazine_next_publication",
    sql`select min(publish_at) as at from publishing_articles where status = 'published' and publish_at > now()`,
  );
  return row?.at ? new Date(row.at).getTime() : undefined;
}
