import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { formTexts, hasErrors, type FieldErrors } from "../../../../platform/forms.ts";
import { unlessInvalid } from "../../../../platform/commands.ts";
import { deleteSection } from "../commands/delete-section.ts";
import { saveSection } from "../commands/save-section.ts";
import type { Chapter, Section } from "../queries.ts";
import { chapterParams, deleteBody, sectionBody, sectionParams } from "../schemas.ts";
import { refusals } from "../texts.ts";
import { SectionFormPage } from "../views/section-form.tsx";
import { chapterForms, sectionValues } from "./chapter-form.ts";
import { editorRequest } from "./guards.ts";

interface SectionForm {
  section: Section | null;
  values: Record<string, string>;
  errors: FieldErrors;
  deleteError?: string;
}

/** The team writes and deletes the sections of a chapter. */
export async function sectionRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { chapterOf, sectionOf } = chapterForms(db);
  const showForm = (request: FastifyRequest, reply: FastifyReply, chapter: Chapter, form: SectionForm, status = 200) =>
    sendPage(reply, SectionFormPage({ ctx: pageContext(request, reply, { forms: true }), chapter, ...form }), status);
  const afterSave = (chapter: Chapter, stand: string) => `/change-guide/redaktion/kapitel/${chapter.id}?stand=${stand}#abschnitte`;

  router.get("/change-guide/redaktion/kapitel/:id/abschnitte/neu", { attachValidation: true, schema: { params: chapterParams } }, async (request, reply) => {
    editorRequest(request);
    return showForm(request, reply, await chapterOf(request.params.id), { section: null, values: {}, errors: {} });
  });

  router.post(
    "/change-guide/redaktion/kapitel/:id/abschnitte/neu",
    { attachValidation: true, schema: { params: chapterParams, body: sectionBody } },
    async (request, reply) => {
      const errors = editorRequest(request);
      const chapter = await chapterOf(request.params.id);
      const result = await unlessInvalid(errors, () => saveSection(db, chapter.id, null, request.body));
      if (result.ok) return redirectAfterPost(reply, afterSave(chapter, "abschnitt"));
      return showForm(request, reply, chapter, { section: null, values: formTexts(request.body), errors: result.errors }, 422);
    },
  );

  router.get("/change-guide/redaktion/abschnitte/:id", { attachValidation: true, schema: { params: sectionParams } }, async (request, reply) => {
    editorRequest(request);
    const { section, chapter } = await sectionOf(request.params.id);
    return showForm(request, reply, chapter, { section, values: sectionValues(section), errors: {} });
  });

  router.post(
    "/change-guide/redaktion/abschnitte/:id",
    { attachValidation: true, schema: { params: sectionParams, body: sectionBody } },
    async (request, reply) => {
      const errors = editorRequest(request);
      const { section, chapter } = await sectionOf(request.params.id);
      const result = await unlessInvalid(errors, () => saveSection(db, chapter.id, section.id, request.body));
      if (result.ok) return redirectAfterPost(reply, afterSave(chapter, "abschnitt"));
      return showForm(request, reply, chapter, { section, values: formTexts(request.body), errors: result.errors }, 422);
    },
  );

  router.post(
    "/change-guide/redaktion/abschnitte/:id/loeschen",
    { attachValidation: true, schema: { params: sectionParams, body: deleteBody } },
    async (request, reply) => {
      const confirmed = !hasErrors(editorRequest(request)) && request.body.bestaetigung === "ja";
      const { section, chapter } = await sectionOf(request.params.id);
      if (!confirmed) {
        return showForm(request, reply, chapter, { section, values: sectionValues(section), errors: {}, deleteError: refusals.confirmSectionDelete }, 422);
      }
      await deleteSection(db, section.id);
      return redirectAfterPost(reply, afterSave(chapter, "entfernt"));
    },
  );
}
