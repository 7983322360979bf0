import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { formValues, hasErrors } from "../../../../platform/forms.ts";
import { deleteChapter } from "../commands/delete-chapter.ts";
import { saveChapter } from "../commands/save-chapter.ts";
import { listChapters, sectionCounts } from "../queries.ts";
import { chapterBody, chapterParams, deleteBody, noticeQuery } from "../schemas.ts";
import { refusals } from "../texts.ts";
import { EditorPage } from "../views/editor.tsx";
import { chapterForms, chapterValues } from "./chapter-form.ts";
import { editorRequest, noticeOf } from "./guards.ts";

/** The team writes, orders and deletes chapters; everyone else gets 401 (not signed in) or 403. */
export async function chapterRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { chapterOf, showChapterForm } = chapterForms(db);

  router.get("/change-guide/redaktion", { schema: { querystring: noticeQuery } }, async (request, reply) => {
    editorRequest(request);
    const [chapters, counts] = await Promise.all([listChapters(db), sectionCounts(db)]);
    return sendPage(reply, EditorPage({ ctx: pageContext(request, reply), chapters, counts, notice: noticeOf(request.query.stand) }));
  });

  router.get("/change-guide/redaktion/kapitel/neu", async (request, reply) =>
    showChapterForm(request, reply, { chapter: null, values: {}, errors: editorRequest(request) }),
  );

  router.post("/change-guide/redaktion/kapitel/neu", { attachValidation: true, schema: { body: chapterBody } }, async (request, reply) => {
    const result = await saveChapter(db, null, request.body, editorRequest(request));
    if (result.ok) return redirectAfterPost(reply, `/change-guide/redaktion/kapitel/${result.value}?stand=angelegt`);
    return showChapterForm(request, reply, { chapter: null, values: formValues(request.body), errors: result.errors }, 422);
  });

  router.get(
    "/change-guide/redaktion/kapitel/:id",
    { attachValidation: true, schema: { params: chapterParams, querystring: noticeQuery } },
    async (request, reply) => {
      editorRequest(request);
      const chapter = await chapterOf(request.params.id);
      return showChapterForm(request, reply, { chapter, values: chapterValues(chapter), notice: noticeOf(request.query.stand) });
    },
  );

  router.post(
    "/change-guide/redaktion/kapitel/:id",
    { attachValidation: true, schema: { params: chapterParams, body: chapterBody } },
    async (request, reply) => {
      const errors = editorRequest(request);
      const chapter = await chapterOf(request.params.id);
      const result = await saveChapter(db, chapter.id, request.body, errors);
      if (result.ok) return redirectAfterPost(reply, `/change-guide/redaktion/kapitel/${chapter.id}?stand=gespeichert`);
      return showChapterForm(request, reply, { chapter, values: formValues(request.body), errors: result.errors }, 422);
    },
  );

  router.post(
    "/change-guide/redaktion/kapitel/:id/loeschen",
    { attachValidation: true, schema: { params: chapterParams, body: deleteBody } },
    async (request, reply) => {
      const confirmed = !hasErrors(editorRequest(request)) && request.body.bestaetigung === "ja";
      const chapter = await chapterOf(request.params.id);
      if (!confirmed) return showChapterForm(request, reply, { chapter, values: chapterValues(chapter), deleteError: refusals.confirmChapterDelete }, 422);
      await deleteChapter(db, chapter.id);
      return redirectAfterPost(reply, "/change-guide/redaktion?stand=geloescht");
    },
  );
}
