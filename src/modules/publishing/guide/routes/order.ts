import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { redirectAfterPost } from "../../../../platform/http/pages.ts";
import { formTexts } from "../../../../platform/forms.ts";
import { reorderSections } from "../commands/reorder-sections.ts";
import { chapterParams, orderBody } from "../schemas.ts";
import { chapterForms, chapterValues } from "./chapter-form.ts";
import { editorRequest } from "./guards.ts";

/** The team orders the sections of a chapter, all at once. */
export async function orderRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { chapterOf, showChapterForm } = chapterForms(db);

  router.post(
    "/change-guide/redaktion/kapitel/:id/reihenfolge",
    { attachValidation: true, schema: { params: chapterParams, body: orderBody } },
    async (request, reply) => {
      const errors = editorRequest(request);
      const chapter = await chapterOf(request.params.id);
      const result = await reorderSections(db, chapter.id, request.body, errors);
      if (result.ok) return redirectAfterPost(reply, `/change-guide/redaktion/kapitel/${chapter.id}?stand=reihenfolge#abschnitte`);
      const order = { orderErrors: result.errors, orderValues: formTexts(request.body) };
      return showChapterForm(request, reply, { chapter, values: chapterValues(chapter), ...order }, 422);
    },
  );
}
