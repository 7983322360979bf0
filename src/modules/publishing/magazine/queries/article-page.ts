import { sql } from "drizzle-orm";
import type { Database } from "../../../../db/client.ts";
import { cardJson, cardsByIds, toCard, visibleSql, type ArticleCard } from "./articles.ts";
import { findRelatedBySearch } from "../search.ts";
import { listMunicipalitiesByIds } from "../../../municipalities/index.ts";
import { currentProgram, listEvents } from "../../../program/index.ts";

import { relatedCount } from "../reference.ts";

export interface ArticleWithLinks extends ArticleCard {
  body: string;
  status: string;
  commentsOpen: boolean;
  visible: boolean;
  municipalityIds: number[];
  eventIds: number[];
  chosen: ArticleCard[];
  byTags: ArticleCard[];
}

/**
 * An article by its address with everything its page shows, in one round trip: authors, tags,
 * linked municipalities and events, the chosen related articles and the best ones by shared tags.
 */
export async function loadArticle(database: Database, slug: string): Promise<ArticleWithLinks | null> {
  const [row] = await database.rows<Record<string, unknown>>(
    "k360_magazine_article",
    sql`select ${cardJson("a")} as card, a.body, a.status, a.comments_open as "commentsOpen", ${visibleSql("a")} as visible,
      (select coalesce(json_agg(m.municipality_id), '[]'::json) from publishing_article_municipalities m where m.article_id = a.id) as "municipalityIds",
      (select coalesce(json_agg(e.event_id), '[]'::json) from publishing_article_events e where e.article_id = a.id) as "eventIds",
      (select coalesce(json_agg(${cardJson("r")} order by ar.position), '[]'::json) from publishing_article_related ar
        join publishing_articles r on r.id = ar.related_id where ar.article_id = a.id and ${visibleSql("r")}) as chosen,
      (select coalesce(json_agg(x.card order by x.shared desc, x.at desc, x.id desc), '[]'::json) from (
        select ${cardJson("r")} as card, s.shared, r.publish_at as at, r.id from (
          select o.article_id, count(*) as shared from publishing_article_tags mine
          join publishing_article_tags o on o.tag = mine.tag and o.article_id <> mine.article_id
          where mine.article_id = a.id group by o.article_id) s
        join publishing_articles r on r.id = s.article_id where ${visibleSql("r")}
        order by s.shared desc, r.publish_at desc, r.id desc limit ${relatedCount * 2}) x) as "byTags"
    from publishing_articles a where a.slug = ${slug}`,
  );
  if (!row) return null;
  const list = (v: unknown) => (v as Record<string, unknown>[]).map(toCard);
  return {
    ...toCard(row.card as Record<string, unknown>),
    body: row.body as string,
    status: row.status as string,
    commentsOpen: row.commentsOpen as boolean,
    visible: row.visible as boolean,
    municipalityIds: (row.municipalityIds as number[]).map(Number),
    eventIds: (row.eventIds as number[]).map(Number),
    chosen: list(row.chosen),
    byTags: list(row.byTags),
  };
}

/** "Mehr zum Thema": the editors' choice first, then articles sharing the most tags, then what the search finds for title and teaser. */
export async function moreOnTopic(database: Database, article: ArticleWithLinks): Promise<ArticleCard[]> {
  const picked = new Map<number, ArticleCard>();
  for (const card of [...article.chosen, ...article.byTags]) if (card.id !== article.id && picked.size < relatedCount) picked.set(card.id, card);
  if (picked.size < relatedCount) {
    const ids = (await findRelatedBySearch(database.db, article)).filter((id) => id !== article.id && !picked.has(id));
    for (const card of await cardsByIds(database.db, ids.slice(0, relatedCount))) if (picked.size < relatedCount) picked.set(card.id, card);
  }
  return [...picked.values()];
}

/** The municipalities and events an article links to; events open to the public only, unless the team is reading. */
export async function linksOf(database: Database, article: ArticleWithLinks, allEvents: boolean) {
  const { db } = database;
  const [places, events] = await Promise.all([
    listMunicipalitiesByIds(db, article.municipalityIds),
    article.eventIds.length
      ? currentProgram(db).then((program) => (program ? listEvents(db, program.id, { ids: article.eventIds, publicOnly: !allEvents }) : []))
      : Promise.resolve([]),
  ]);
  return { places: places.sort((a, b) => a.name.localeCompare(b.name, "de")), events };
}
