import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { notFound } from "../../../../platform/errors.ts";
import { letterMaxBytes } from "../../reference.ts";
import { attachLetter } from "../commands/attach-letter.ts";
import { letterOf } from "../queries.ts";
import { callParams, letterBody } from "../schemas.ts";
import { policies } from "../policies.ts";
import { messages } from "../texts.ts";
import { sendLetter } from "../views/letter.ts";
import { applyingContext, editableApplication } from "./guards.ts";
import { answerCommand, sendApplicationPage } from "./application-page.ts";

const megabytes = letterMaxBytes / 1024 / 1024;

/** The letter of support: the tandem uploads it (a real PDF) while the draft is open and downloads it again. */
export async function letterRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  router.get("/ausschreibungen/:slug/bewerbung/schreiben", { schema: { params: callParams } }, async (request, reply) => {
    const { application, tandem, user } = await applyingContext(request, request.params.slug);
    const letter = application && policies.readLetter(user, tandem) ? await letterOf(db, application.id) : null;
    if (!letter) throw notFound(messages.noLetterFound);
    return sendLetter(reply, letter);
  });

  router.post(
    "/ausschreibungen/:slug/bewerbung/schreiben",
    { schema: { params: callParams, body: letterBody }, config: { uploads: policies.apply } },
    async (request, reply) => {
      const context = await editableApplication(request, request.params.slug);
      const refuse = (datei: string, status: number) => sendApplicationPage(request, reply, context, { errors: { datei } }, status);
      const file = request.body?.datei;
      if (!file || typeof file === "string" || file.type !== "file" || !file.filename) return refuse(messages.noFile, 422);
      if (file.file.truncated) return refuse(messages.tooLarge(megabytes), 413);
      const data = await file.toBuffer();
      if (data.length > letterMaxBytes) return refuse(messages.tooLarge(megabytes), 413);
      const result = await attachLetter(db, context.application.id, { filename: file.filename, data });
      return answerCommand(request, reply, context, result, "schreiben");
    },
  );
}
