import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { Type, type TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { count } from "drizzle-orm";
import { pageContext, redirectAfterPost, sendPage } from "../../../platform/http/pages.ts";
import { formValues, parseId, text, type FieldErrors } from "../../../platform/forms.ts";
import { notFound } from "../../../platform/errors.ts";
import { requireRole } from "../../../platform/auth/plugin.ts";
import { deleteChapter, deleteSection, reorderSections, saveChapter, saveSection } from "./commands.ts";
import { findChapter, findSection, listChapters, sectionsOf, type Chapter, type Section } from "./queries.ts";
import { guideSections } from "./tables.ts";
import { texts } from "./texts.ts";
import { EditorPage } from "./views/editor.tsx";
import { ChapterFormPage, type ChapterFormProps } from "./views/chapter-form.tsx";
import { SectionFormPage } from "./views/section-form.tsx";
import { listTopics } from "../../municipalities/index.ts";
import { translateValidation } from "../../../platform/http/validation.ts";

// Ids stay strings in the schema: parseId turns an unusable one into 404 on every route, with or without attachValidation.
const idParams = Type.Object({ id: Type.String() });
const body = Type.Object(
  {},
  { additionalProperties: Type.Union([Type.String({ maxLength: 30000 }), Type.Array(Type.String({ maxLength: 100 }), { maxItems: 30 })]) },
);
const fields = (b: unknown) => (b ?? {}) as Record<string, unknown>;
const noticeOf = (request: FastifyRequest) => texts.notices[text((request.query as Record<string, unknown>)?.stand)];
const chapterValues = (c: Chapter) => ({ title: c.title, level: c.level, position: String(c.position), intro: c.intro, topics: c.topics });
const sectionValues = (s: Section) => ({ kind: s.kind, title: s.title, body: s.body, position: String(s.position) });

/** The team edits chapters and sections; everyone else gets 401 (not signed in) or 403. */
export async function editorRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const team = (request: FastifyRequest) => requireRole(request, "admin", "editor");

  async function chapterOr404(chapterId: number | null) {
    const chapter = chapterId ? await findChapter(db, chapterId) : null;
    if (!chapter) throw notFound("Das Kapitel");
    return chapter;
  }

  async function sectionOr404(sectionId: number | null) {
    const section = sectionId ? await findSection(db, sectionId) : null;
    if (!section) throw notFound("Der Abschnitt");
    return { section, chapter: await chapterOr404(section.chapterId) };
  }

  async function chapterForm(
    request: FastifyRequest,
    reply: FastifyReply,
    props: Partial<ChapterFormProps> & Pick<ChapterFormProps, "chapter" | "values">,
    status = 200,
  ) {
    const [topics, sections] = await Promise.all([listTopics(db), props.chapter ? sectionsOf(db, [props.chapter.id]) : Promise.resolve([])]);
    return sendPage(
      reply,
      ChapterFormPage({ ctx: pageContext(request, reply, { forms: true }), sections, topics, errors: {}, notice: noticeOf(request), ...props }),
      status,
    );
  }

  const sectionForm = (
    request: FastifyRequest,
    reply: FastifyReply,
    chapter: Chapter,
    section: Section | null,
    values: Record<string, string>,
    errors: FieldErrors,
    status = 200,
    deleteError?: string,
  ) => sendPage(reply, SectionFormPage({ ctx: pageContext(request, reply, { forms: true }), chapter, section, values, errors, deleteError }), status);

  router.get("/change-guide/redaktion", async (request, reply) => {
    team(request);
    const [chapters, counted] = await Promise.all([
      listChapters(db),
      db.select({ chapterId: guideSections.chapterId, n: count() }).from(guideSections).groupBy(guideSections.chapterId),
    ]);
    return sendPage(
      reply,
      EditorPage({ ctx: pageContext(request, reply), chapters, counts: new Map(counted.map((c) => [c.chapterId, c.n])), notice: noticeOf(request) }),
    );
  });

  router.get("/change-guide/redaktion/kapitel/neu", async (request, reply) => {
    team(request);
    return chapterForm(request, reply, { chapter: null, values: {} });
  });

  router.post("/change-guide/redaktion/kapitel/neu", { attachValidation: true, schema: { body } }, async (request, reply) => {
    team(request);
    const result = await saveChapter(db, null, fields(request.body), translateValidation(request.validationError?.validation));
    if (result.ok) return redirectAfterPost(reply, `/change-guide/redaktion/kapitel/${result.id}?stand=angelegt`);
    return chapterForm(request, reply, { chapter: null, values: formValues(request.body), errors: result.errors }, 422);
  });

  router.get("/change-guide/redaktion/kapitel/:id", { schema: { params: idParams } }, async (request, reply) => {
    team(request);
    const chapter = await chapterOr404(parseId(request.params.id));
    return chapterForm(request, reply, { chapter, values: chapterValues(chapter) });
  });

  router.post("/change-guide/redaktion/kapitel/:id", { attachValidation: true, schema: { params: idParams, body } }, async (request, reply) => {
    team(request);
    const chapter = await chapterOr404(parseId(request.params.id));
    const result = await saveChapter(db, chapter.id, fields(request.body), translateValidation(request.validationError?.validation));
    if (result.ok) return redirectAfterPost(reply, `/change-guide/redaktion/kapitel/${chapter.id}?stand=gespeichert`);
    return chapterForm(request, reply, { chapter, values: formValues(request.body), errors: result.errors }, 422);
  });

  router.post("/change-guide/redaktion/kapitel/:id/loeschen", { attachValidation: true, schema: { params: idParams, body } }, async (request, reply) => {
    team(request);
    const chapter = await chapterOr404(parseId(request.params.id));
    if (text(fields(request.body).bestaetigung) !== "ja") {
      return chapterForm(
        request,
        reply,
        { chapter, values: chapterValues(chapter), deleteError: "Bitte bestätigen Sie, dass das Kapitel mit allen Abschnitten gelöscht werden soll." },
        422,
      );
    }
    await deleteChapter(db, chapter.id);
    return redirectAfterPost(reply, "/change-guide/redaktion?stand=geloescht");
  });

  router.post("/change-guide/redaktion/kapitel/:id/reihenfolge", { attachValidation: true, schema: { params: idParams, body } }, async (request, reply) => {
    team(request);
    const chapter = await chapterOr404(parseId(request.params.id));
    const result = await reorderSections(db, chapter.id, fields(request.body));
    if (result.ok) return redirectAfterPost(reply, `/change-guide/redaktion/kapitel/${chapter.id}?stand=reihenfolge#abschnitte`);
    return chapterForm(
      request,
      reply,
      { chapter, values: chapterValues(chapter), orderErrors: result.errors, orderValues: formValues(request.body) as Record<string, string> },
      422,
    );
  });

  router.get("/change-guide/redaktion/kapitel/:id/abschnitte/neu", { schema: { params: idParams } }, async (request, reply) => {
    team(request);
    return sectionForm(request, reply, await chapterOr404(parseId(request.params.id)), null, {}, {});
  });

  router.post("/change-guide/redaktion/kapitel/:id/abschnitte/neu", { attachValidation: true, schema: { params: idParams, body } }, async (request, reply) => {
    team(request);
    const chapter = await chapterOr404(parseId(request.params.id));
    const result = await saveSection(db, chapter.id, null, fields(request.body), translateValidation(request.validationError?.validation));
    if (result.ok) return redirectAfterPost(reply, `/change-guide/redaktion/kapitel/${chapter.id}?stand=abschnitt#abschnitte`);
    return sectionForm(request, reply, chapter, null, formValues(request.body) as Record<string, string>, result.errors, 422);
  });

  router.get("/change-guide/redaktion/abschnitte/:id", { schema: { params: idParams } }, async (request, reply) => {
    team(request);
    const { section, chapter } = await sectionOr404(parseId(request.params.id));
    return sectionForm(request, reply, chapter, section, sectionValues(section), {});
  });

  router.post("/change-guide/redaktion/abschnitte/:id", { attachValidation: true, schema: { params: idParams, body } }, async (request, reply) => {
    team(request);
    const { section, chapter } = await sectionOr404(parseId(request.params.id));
    const result = await saveSection(db, chapter.id, section.id, fields(request.body), translateValidation(request.validationError?.validation));
    if (result.ok) return redirectAfterPost(reply, `/change-guide/redaktion/kapitel/${chapter.id}?stand=abschnitt#abschnitte`);
    return sectionForm(request, reply, chapter, section, formValues(request.body) as Record<string, string>, result.errors, 422);
  });

  router.post("/change-guide/redaktion/abschnitte/:id/loeschen", { attachValidation: true, schema: { params: idParams, body } }, async (request, reply) => {
    team(request);
    const { section, chapter } = await sectionOr404(parseId(request.params.id));
    if (text(fields(request.body).bestaetigung) !== "ja") {
      return sectionForm(request, reply, chapter, section, sectionValues(section), {}, 422, "Bitte bestätigen Sie, dass der Abschnitt gelöscht werden soll.");
    }
    await deleteSection(db, section.id);
    return redirectAfterPost(reply, `/change-guide/redaktion/kapitel/${chapter.id}?stand=entfernt#abschnitte`);
  });
}
