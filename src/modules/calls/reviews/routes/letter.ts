import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { notFound } from "../../../../platform/errors.ts";
import { letterOf } from "../queries.ts";
import { applicationParams } from "../schemas.ts";
import { applicationTexts, notFoundTexts } from "../texts.ts";
import { requireCall, requireReviewer } from "./guards.ts";

/** The file name in the download's header: plain ASCII, and the full name encoded for browsers that read it (RFC 6266). */
function disposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

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
      if (!letter?.bytes) throw notFound(notFoundTexts.letter);
      return reply
        .header("content-type", "application/pdf")
        .header("content-disposition", disposition(letter.name || applicationTexts.letterFile))
        .header("cache-control", "private, no-store")
        .header("x-content-type-options", "nosniff")
        .send(letter.bytes);
    },
  );
}
