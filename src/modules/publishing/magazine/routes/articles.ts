import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, sendPage } from "../../../../platform/http/pages.ts";
import { sendCachedPage } from "../../../../platform/http/cached-page.ts";
import { notFound } from "../../../../platform/errors.ts";
import { listArticles, listTags } from "../queries/articles.ts";
import { keptPages, nextPublication } from "../queries/kept-pages.ts";
import { searchArticles } from "../search.ts";
import { pageSize } from "../reference.ts";
import { articleQuery, listQuery, searchQuery, slugParams } from "../schemas.ts";
import { policies } from "../policies.ts";
import { notFoundTexts, searchMessages } from "../texts.ts";
import { ListPage } from "../views/list-page.tsx";
import { SearchPage } from "../views/search-page.tsx";
import { sendArticlePage } from "./article-page.ts";
import { authorRoutes } from "./authors.ts";
import { editorRoutes } from "./editor.ts";
import { feedRoutes } from "./feeds.ts";
import { imageRoutes } from "./images.ts";
import { revisionRoutes } from "./revisions.ts";

const maxQuery = 200;
const pageOf = (value: string | undefined) => Math.min(1000, Math.max(1, Number.parseInt(value ?? "1", 10) || 1));

/** The Magazin: list, search and article pages here; authors, images, feeds and the editors' pages in their own files. */
export async function magazineRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { database } = app.deps;

  router.get("/magazin", { schema: { querystring: listQuery } }, async (request, reply) => {
    const page = pageOf(request.query.seite);
    const tagSlug = request.query.tag ?? "";
    const cache = { memo: keptPages, key: `liste:${tagSlug}:${page}`, cacheable: true, until: () => nextPublication(database) };
    return sendCachedPage(request, reply, cache, async () => {
      const [{ articles, total }, tags] = await Promise.all([listArticles(database, tagSlug, page), listTags(database)]);
      const tag = tags.find((known) => known.tag === tagSlug) ?? null;
      if (tagSlug && !tag) throw notFound(notFoundTexts.tag);
      const pages = Math.ceil(total / pageSize);
      const props = { ctx: pageContext(request, reply), articles, page, pages, tag, tags, canEdit: policies.editMagazine(request.user) };
      // Pages past the end all say the same; kept, every number a crawler tries would take a place.
      return { page: ListPage(props), keep: page <= Math.max(1, pages) };
    });
  });

  router.get("/magazin/suche", { schema: { querystring: searchQuery } }, async (request, reply) => {
    const query = (request.query.q ?? "").trim().slice(0, maxQuery);
    const page = Math.min(50, pageOf(request.query.seite));
    const result = query ? await searchArticles(database.db, query, page) : null;
    const queryError = request.query.q !== undefined && !query ? searchMessages.empty : undefined;
    return sendPage(reply, SearchPage({ ctx: pageContext(request, reply), q: query, page, result, queryError }), queryError ? 422 : 200);
  });

  router.get("/magazin/:slug", { schema: { params: slugParams, querystring: articleQuery } }, async (request, reply) =>
    sendArticlePage(request, reply, request.params.slug, request.query),
  );

  await app.register(authorRoutes);
  await app.register(imageRoutes);
  await app.register(feedRoutes);
  await app.register(editorRoutes);
  await app.register(revisionRoutes);
}
