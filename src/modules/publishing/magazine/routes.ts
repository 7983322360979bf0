import type { FastifyInstance } from "fastify";
import { Type, type TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, sendPage } from "../../../platform/http/pages.ts";
import { sendCachedPage } from "../../../platform/http/cached-page.ts";
import { notFound } from "../../../platform/errors.ts";
import { findAuthorPage, listArticles, listTags, pageSize } from "./queries.ts";
import { searchArticles } from "./search.ts";
import { findImage } from "./images.ts";
import { policies } from "./policies.ts";
import { sendArticlePage } from "./article-page.ts";
import { keptPages, nextPublication } from "./kept-pages.ts";
import { feedRoutes } from "./feeds.ts";
import { teamRoutes } from "./team-routes.ts";
import { ListPage } from "./views/list-page.tsx";
import { SearchPage } from "./views/search-page.tsx";
import { AuthorPage } from "./views/author-page.tsx";

const maxQuery = 200;
const pageOf = (value: string | undefined) => Math.min(1000, Math.max(1, Number.parseInt(value ?? "1", 10) || 1));
const slugParams = Type.Object({ slug: Type.String({ maxLength: 200 }) });

/** The Magazin for readers: list, article pages, author pages, search, images and feeds; the editors' pages in team-routes.ts. */
export async function magazineRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { database } = app.deps;
  const { db } = database;

  router.get(
    "/magazin",
    { schema: { querystring: Type.Object({ tag: Type.Optional(Type.String({ maxLength: 100 })), seite: Type.Optional(Type.String({ maxLength: 10 })) }) } },
    async (request, reply) => {
      const page = pageOf(request.query.seite);
      const tagSlug = request.query.tag ?? "";
      const cache = { memo: keptPages, key: `liste:${tagSlug}:${page}`, cacheable: true, until: () => nextPublication(database) };
      return sendCachedPage(request, reply, cache, async () => {
        const [{ articles, total }, tags] = await Promise.all([listArticles(database, tagSlug, page), listTags(database)]);
        const tag = tags.find((t) => t.tag === tagSlug) ?? null;
        if (tagSlug && !tag) throw notFound("Das Schlagwort");
        const pages = Math.ceil(total / pageSize);
        const props = { ctx: pageContext(request, reply), articles, page, pages, tag, tags, canEdit: policies.editMagazine(request.user) };
        // Pages past the end all say the same; kept, every number a crawler tries would take a place.
        return { page: ListPage(props), keep: page <= Math.max(1, pages) };
      });
    },
  );

  router.get(
    "/magazin/suche",
    { schema: { querystring: Type.Object({ q: Type.Optional(Type.String({ maxLength: 20000 })), seite: Type.Optional(Type.String({ maxLength: 10 })) }) } },
    async (request, reply) => {
      const query = (request.query.q ?? "").trim().slice(0, maxQuery);
      const page = Math.min(50, pageOf(request.query.seite));
      const result = query ? await searchArticles(db, query, page) : null;
      const queryError = request.query.q !== undefined && !query ? "Bitte geben Sie ein Suchwort ein." : undefined;
      return sendPage(reply, SearchPage({ ctx: pageContext(request, reply), q: query, page, result, queryError }), queryError ? 422 : 200);
    },
  );

  router.get("/magazin/autorinnen/:slug", { schema: { params: slugParams } }, async (request, reply) => {
    const found = await findAuthorPage(db, request.params.slug);
    if (!found) throw notFound("Die Autorin oder der Autor");
    return sendPage(reply, AuthorPage({ ctx: pageContext(request, reply), ...found, canEdit: policies.editMagazine(request.user) }));
  });

  // Images never change under their address, so browsers and proxies may keep them for a year.
  router.get(
    "/magazin/bilder/:id",
    { schema: { params: Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) }) } },
    async (request, reply) => {
      const image = await findImage(db, request.params.id);
      if (!image) throw notFound("Das Bild");
      return reply
        .type(image.contentType)
        .header("cache-control", "public, max-age=31536000, immutable")
        .header("x-content-type-options", "nosniff")
        .send(image.data);
    },
  );

  router.get(
    "/magazin/:slug",
    { schema: { params: slugParams, querystring: Type.Object({ vorschau: Type.Optional(Type.String({ maxLength: 5 })) }) } },
    async (request, reply) => sendArticlePage(request, reply, request.params.slug),
  );

  await app.register(feedRoutes);
  await app.register(teamRoutes);
}
