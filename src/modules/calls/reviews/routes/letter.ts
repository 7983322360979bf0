import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { notFound } from "../../../../platform/errors.ts";
import { sendLetter } from "../../applying/views/letter.ts";
import { letterOf } from "../queries.ts";
import { applicationParams } from "../schemas.ts";
import { applicationTexts, notFoundTexts } from "../texts.ts";
import { requireCall, requireReviewer } from "./guards.ts";

/** The letter of support of a submitted application, for the team only; never kept by a browser or proxy. */
export async function letterRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { database } = app.deps;

  router.get(
    "/team/ausschreibungen/:id/bewerbungen/:applicationId/unterstuetzungsschreiben",
    { schema: { params: applicationParams } },
    async (request, reply) => {
      requireReviewer(request);
      const call = await requireCall(database.db, request.params.id);
      const letter = await letterOf(database.db, call.id, request.params.applicationId);
      if (!letter?.data) throw notFound(notFoundTexts.letter);
      return sendLetter(reply, { fileName: letter.fileName || applicationTexts.letterFile, data: letter.data });
    },
  );
}
