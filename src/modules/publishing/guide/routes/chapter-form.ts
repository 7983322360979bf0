import type { FastifyReply, FastifyRequest } from "fastify";
import type { Db } from "../../../../db/client.ts";
import { pageContext, sendPage } from "../../../../platform/http/pages.ts";
import { notFound } from "../../../../platform/errors.ts";
import { findChapter, findSection, sectionsOf, type Chapter, type Section } from "../queries.ts";
import { notFoundTexts } from "../texts.ts";
import { ChapterFormPage, type ChapterFormProps } from "../views/chapter-form.tsx";
import { listTopics } from "../../../municipalities/index.ts";

/** A stored chapter and section as their forms show them. */
export const chapterValues = (c: Chapter) => ({ title: c.title, level: c.level, position: String(c.position), intro: c.intro, topics: c.topics });
export const sectionValues = (s: Section) => ({ kind: s.kind, title: s.title, body: s.body, position: String(s.position) });

/** Finding what an editor's address names (404 otherwise) and showing the chapter form. */
export function chapterForms(db: Db) {
  async function chapterOf(id: number) {
    return (await findChapter(db, id)) ?? Promise.reject(notFound(notFoundTexts.chapter));
  }

  async function sectionOf(id: number) {
    const section = await findSection(db, id);
    if (!section) throw notFound(notFoundTexts.section);
    return { section, chapter: await chapterOf(section.chapterId) };
  }

  async function showChapterForm(
    request: FastifyRequest,
    reply: FastifyReply,
    props: Partial<ChapterFormProps> & Pick<ChapterFormProps, "chapter" | "values">,
    status = 200,
  ) {
    const [topics, sections] = await Promise.all([listTopics(db), props.chapter ? sectionsOf(db, [props.chapter.id]) : Promise.resolve([])]);
    const page = ChapterFormPage({ ctx: pageContext(request, reply, { forms: true }), sections, topics, errors: {}, ...props });
    return sendPage(reply, page, status);
  }

  return { chapterOf, sectionOf, showChapterForm };
}
