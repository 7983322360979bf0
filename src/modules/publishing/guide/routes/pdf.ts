import type { FastifyInstance, FastifyReply } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { notFound } from "../../../../platform/errors.ts";
import { GenerationMemo } from "../../../../platform/cache/memo.ts";
import { chaptersWithSections, findChapterBySlug, type ChapterWithSections } from "../queries.ts";
import { kinds, levels, type Kind, type Level } from "../reference.ts";
import { slugParams } from "../schemas.ts";
import { notFoundTexts, texts } from "../texts.ts";
import { renderGuidePdf, type PdfChapter } from "../views/pdf.ts";

const pdfChapter = (chapter: ChapterWithSections): PdfChapter => ({
  title: chapter.title,
  levelLabel: levels[chapter.level as Level]?.label ?? chapter.level,
  intro: chapter.intro,
  sections: chapter.sections.map((s) => ({ kind: s.kind, kindLabel: kinds[s.kind as Kind]?.label ?? s.kind, title: s.title, body: s.body })),
});

/**
 * The PDFs as built, the whole guide under null and each chapter under its address; kept until a
 * chapter or section changes (generation "guide"). Nothing else goes in, so the day is only a bound.
 */
const keptPdfs = new GenerationMemo<string | null, Buffer>("guide", { ttlMs: 24 * 60 * 60_000, size: 100 });

function sendPdf(reply: FastifyReply, pdf: Buffer, fileName: string) {
  return reply.type("application/pdf").header("content-disposition", `inline; filename="${fileName}"`).send(pdf);
}

/** The whole guide and each chapter as an accessible PDF. */
export async function pdfRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { database } = app.deps;
  const { db } = database;

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
    if (!chapter) throw notFound(notFoundTexts.chapter);
    const pdf = await keptPdfs.get(database, chapter.slug, async () => {
      // Read again after the memo read the generation: the chapter above may be older than it.
      const current = await findChapterBySlug(db, chapter.slug);
      if (!current) throw notFound(notFoundTexts.chapter);
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
}
