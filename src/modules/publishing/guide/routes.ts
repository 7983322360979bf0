import type { FastifyInstance, FastifyReply } from "fastify";
import { Type, type TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, sendPage } from "../../../platform/http/pages.ts";
import { notFound } from "../../../platform/errors.ts";
import { GenerationMemo } from "../../../platform/cache/memo.ts";
import { chaptersWithSections, filterSections, findChapterBySlug, listChapters, topicLabels, type ChapterWithSections } from "./queries.ts";
import { isKind, isLevel, kinds, levels, type Kind, type Level } from "./reference.ts";
import { relatedTo } from "./related.ts";
import { searchGuide } from "./search.ts";
import { renderGuidePdf, type PdfChapter } from "./pdf.ts";
import { texts } from "./texts.ts";
import { policies } from "./policies.ts";
import { GuidePage } from "./views/overview.tsx";
import { ChapterPage } from "./views/chapter.tsx";
import { SearchPage } from "./views/search.tsx";
import { editorRoutes } from "./editor-routes.ts";

const slugParams = Type.Object({ slug: Type.String({ minLength: 1, maxLength: 120 }) });
const filterQuery = Type.Object({ ebene: Type.Optional(Type.String({ maxLength: 50 })), art: Type.Optional(Type.String({ maxLength: 50 })) });
const searchQuery = Type.Object({ q: Type.Optional(Type.String({ maxLength: 20000 })), seite: Type.Optional(Type.String({ maxLength: 10 })) });
const maxQuery = 200;

const pdfChapter = (c: ChapterWithSections): PdfChapter => ({
  title: c.title,
  levelLabel: levels[c.level as Level]?.label ?? c.level,
  intro: c.intro,
  sections: c.sections.map((s) => ({ kind: s.kind, kindLabel: kinds[s.kind as Kind]?.label ?? s.kind, title: s.title, body: s.body })),
});

/**
 * The PDFs as built, the whole guide under null and each chapter under its address; kept until a
 * chapter or section changes (generation "guide"). Nothing else goes in, so the day is only a bound.
 */
const keptPdfs = new GenerationMemo<string | null, Buffer>("guide", { ttlMs: 24 * 60 * 60_000, size: 100 });

function sendPdf(reply: FastifyReply, pdf: Buffer, fileName: string) {
  return reply.type("application/pdf").header("content-disposition", `inline; filename="${fileName}"`).send(pdf);
}

/** The Change-Guide for everyone: overview with filters, search, chapter pages and PDF exports; the team's editing under /change-guide/redaktion. */
export async function guideRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { database } = app.deps;
  const { db } = database;

  router.get("/change-guide", { schema: { querystring: filterQuery } }, async (request, reply) => {
    // Unknown filter values come from edited addresses; they are ignored, as a list should always answer.
    const level = isLevel(request.query.ebene ?? "") ? (request.query.ebene as Level) : undefined;
    const kind = isKind(request.query.art ?? "") ? (request.query.art as Kind) : undefined;
    const filter = { level, kind };
    const [chapters, found] = await Promise.all([listChapters(db), level || kind ? filterSections(db, filter) : Promise.resolve(null)]);
    return sendPage(reply, GuidePage({ ctx: pageContext(request, reply), chapters, filter, found, isTeam: policies.editGuide(request.user) }));
  });

  router.get("/change-guide/suche", { schema: { querystring: searchQuery } }, async (request, reply) => {
    const query = (request.query.q ?? "").trim().slice(0, maxQuery);
    const page = Math.min(50, Math.max(1, Number.parseInt(request.query.seite ?? "1", 10) || 1));
    const error = request.query.q !== undefined && !query ? "Bitte geben Sie ein oder mehrere Suchwörter ein." : undefined;
    const result = query ? await searchGuide(db, query, page) : null;
    return sendPage(reply, SearchPage({ ctx: pageContext(request, reply), query, page, error, result }), error ? 422 : 200);
  });

  router.get("/change-guide.pdf", async (_request, reply) => {
    const pdf = await keptPdfs.get(database, null, async () => {
      const chapters = await chaptersWithSections(db);
      const groups = (Object.keys(levels) as Level[]).map((level) => ({
        label: levels[level].label,
        description: levels[level].description,
        chapters: chapters.filter((c) => c.level === level).map(pdfChapter),
      }));
      return { value: await renderGuidePdf({ title: "Change-Guide – Veränderung auf drei Ebenen", intro: texts.intro, groups }) };
    });
    return sendPdf(reply, pdf, "change-guide.pdf");
  });

  router.get("/change-guide/:slug.pdf", { schema: { params: slugParams } }, async (request, reply) => {
    const chapter = await findChapterBySlug(db, request.params.slug);
    if (!chapter) throw notFound("Das Kapitel");
    const pdf = await keptPdfs.get(database, chapter.slug, async () => {
      // Read again after the memo read the generation: the chapter above may be older than it.
      const current = await findChapterBySlug(db, chapter.slug);
      if (!current) throw notFound("Das Kapitel");
      const [full] = await chaptersWithSections(db, [current]);
      return {
        value: await renderGuidePdf({
          title: `${current.title} – Change-Guide`,
          intro: [],
          groups: [{ label: null, description: "", chapters: [pdfChapter(full)] }],
        }),
      };
    });
    return sendPdf(reply, pdf, `change-guide-${chapter.slug}.pdf`);
  });

  router.get("/change-guide/:slug", { schema: { params: slugParams } }, async (request, reply) => {
    const chapter = await findChapterBySlug(db, request.params.slug);
    if (!chapter) throw notFound("Das Kapitel");
    const [[full], labels, related, all] = await Promise.all([chaptersWithSections(db, [chapter]), topicLabels(db), relatedTo(db, chapter), listChapters(db)]);
    const at = all.findIndex((c) => c.id === chapter.id);
    return sendPage(
      reply,
      ChapterPage({
        ctx: pageContext(request, reply),
        chapter: full,
        topicLabels: labels,
        related,
        previous: all[at - 1] ?? null,
        next: all[at + 1] ?? null,
        isTeam: policies.editGuide(request.user),
      }),
    );
  });

  await editorRoutes(app);
}
