import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, sendPage } from "../../../../platform/http/pages.ts";
import { notFound } from "../../../../platform/errors.ts";
import { chaptersWithSections, filterSections, findChapterBySlug, listChapters, relatedTo, topicLabels } from "../queries.ts";
import { isKind, isLevel } from "../reference.ts";
import { filterQuery, searchQuery, slugParams } from "../schemas.ts";
import { searchGuide } from "../search.ts";
import { notFoundTexts, refusals } from "../texts.ts";
import { policies } from "../policies.ts";
import { GuidePage } from "../views/overview.tsx";
import { ChapterPage } from "../views/chapter.tsx";
import { SearchPage } from "../views/search.tsx";
import { pdfRoutes } from "./pdf.ts";
import { chapterRoutes } from "./chapters.ts";
import { sectionRoutes } from "./sections.ts";
import { orderRoutes } from "./order.ts";

const maxQuery = 200;

/** The Change-Guide for everyone: overview with filters, search, chapter pages and PDF exports; the team's editing under /change-guide/redaktion. */
export async function guideRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  router.get("/change-guide", { schema: { querystring: filterQuery } }, async (request, reply) => {
    // Unknown filter values come from edited addresses; they are ignored, as a list should always answer.
    const { ebene = "", art = "" } = request.query;
    const filter = { level: isLevel(ebene) ? ebene : undefined, kind: isKind(art) ? art : undefined };
    const [chapters, found] = await Promise.all([listChapters(db), filter.level || filter.kind ? filterSections(db, filter) : Promise.resolve(null)]);
    return sendPage(reply, GuidePage({ ctx: pageContext(request, reply), chapters, filter, found, isTeam: policies.editGuide(request.user) }));
  });

  router.get("/change-guide/suche", { schema: { querystring: searchQuery } }, async (request, reply) => {
    const query = (request.query.q ?? "").trim().slice(0, maxQuery);
    const page = Math.min(50, Math.max(1, Number.parseInt(request.query.seite ?? "1", 10) || 1));
    const error = request.query.q !== undefined && !query ? refusals.emptySearch : undefined;
    const result = query ? await searchGuide(db, query, page) : null;
    return sendPage(reply, SearchPage({ ctx: pageContext(request, reply), query, page, error, result }), error ? 422 : 200);
  });

  await app.register(pdfRoutes);

  router.get("/change-guide/:slug", { schema: { params: slugParams } }, async (request, reply) => {
    const chapter = await findChapterBySlug(db, request.params.slug);
    if (!chapter) throw notFound(notFoundTexts.chapter);
    const [[full], labels, related, all] = await Promise.all([chaptersWithSections(db, [chapter]), topicLabels(db), relatedTo(db, chapter), listChapters(db)]);
    const at = all.findIndex((c) => c.id === chapter.id);
    const neighbours = { previous: all[at - 1] ?? null, next: all[at + 1] ?? null };
    const page = ChapterPage({
      ctx: pageContext(request, reply),
      chapter: full,
      topicLabels: labels,
      related,
      ...neighbours,
      isTeam: policies.editGuide(request.user),
    });
    return sendPage(reply, page);
  });

  await app.register(chapterRoutes);
  await app.register(sectionRoutes);
  await app.register(orderRoutes);
}
