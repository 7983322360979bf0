import type { FastifyInstance } from "fastify";
import { listArticles } from "../queries/articles.ts";
import { atomFeed, rssFeed } from "../views/feeds.ts";

/** The Magazin's feeds: the ten newest visible articles. */
export async function feedRoutes(app: FastifyInstance) {
  const { database, config } = app.deps;
  app.get("/magazin/feed.rss", async (_request, reply) => {
    const { articles } = await listArticles(database, "", 1);
    return reply.type("application/rss+xml; charset=utf-8").header("cache-control", "public, max-age=300").send(rssFeed(config.baseUrl, articles));
  });
  app.get("/magazin/feed.atom", async (_request, reply) => {
    const { articles } = await listArticles(database, "", 1);
    return reply.type("application/atom+xml; charset=utf-8").header("cache-control", "public, max-age=300").send(atomFeed(config.baseUrl, articles));
  });
}
