import type { Db } from "../../../db/client.ts";
import { todayInGermany } from "../../../platform/dates.ts";
import { slugify } from "../../../platform/slug.ts";
import { articleAuthors, articleEvents, articleMunicipalities, articleRevisions, articles, articleTags, authors } from "./tables.ts";
import { parseTags } from "./rules/tags.ts";
import { indexArticle } from "./search.ts";
import { demoArticles, demoAuthors } from "./seed/content.ts";
import { fellowIds } from "../../municipalities/index.ts";
import { currentProgram, listEvents } from "../../program/index.ts";

const day = 24 * 60 * 60 * 1000;

/** The Magazin's examples: three authors and fourteen articles (one scheduled, one draft), dated back from today. */
export async function seedMagazineDemo(db: Db, now = new Date()): Promise<void> {
  const authorIds = new Map<string, number>();
  for (const demoAuthor of demoAuthors) {
    const [row] = await db
      .insert(authors)
      .values({ slug: slugify(demoAuthor.name), name: demoAuthor.name, role: demoAuthor.role, bio: demoAuthor.bio, email: demoAuthor.email })
      .returning({ id: authors.id });
    authorIds.set(demoAuthor.key, row.id);
  }
  const fellows = await fellowIds(db);
  const program = await currentProgram(db);
  const today = todayInGermany(now);
  const events = program ? await listEvents(db, program.id, { publicOnly: true }) : [];
  const nextOpenEvent = events.find((e) => e.formatKind === "openOnlineEvent" && (e.days[0]?.date ?? "") >= today);
  let fellowCursor = 0;
  for (const seed of demoArticles) {
    const publishAt = new Date(Math.floor((now.getTime() - seed.daysAgo * day) / 60000) * 60000);
    const [row] = await db
      .insert(articles)
      .values({
        slug: slugify(seed.title).slice(0, 80).replace(/-$/, ""),
        title: seed.title,
        teaser: seed.teaser,
        body: seed.body,
        status: seed.status ?? "published",
        publishAt: seed.status === "draft" ? null : publishAt,
        isExample: true,
        createdAt: seed.daysAgo > 0 ? publishAt : now,
        updatedAt: seed.daysAgo > 0 ? publishAt : now,
      })
      .returning({ id: articles.id });
    await db.insert(articleAuthors).values(seed.authors.map((key, position) => ({ articleId: row.id, authorId: authorIds.get(key)!, position })));
    await db.insert(articleTags).values(parseTags(seed.tags.join(", ")).tags.map((t) => ({ articleId: row.id, ...t })));
    const linked = fellows.slice(fellowCursor, fellowCursor + (seed.fellows ?? 0));
    fellowCursor += linked.length;
    if (linked.length) await db.insert(articleMunicipalities).values(linked.map((municipalityId) => ({ articleId: row.id, municipalityId })));
    if (seed.withEvent && nextOpenEvent) await db.insert(articleEvents).values({ articleId: row.id, eventId: nextOpenEvent.id });
    await db
      .insert(articleRevisions)
      .values({ articleId: row.id, title: seed.title, teaser: seed.teaser, body: seed.body, savedAt: seed.daysAgo > 0 ? publishAt : now });
    await indexArticle(db, row.id);
  }
}
