import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { notFound } from "../../../../platform/errors.ts";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { unlessInvalid } from "../../../../platform/commands.ts";
import { findImage, listImages } from "../queries/images.ts";
import { addImage, type Upload } from "../commands/add-image.ts";
import { IdParams, imageBody, imagesQuery } from "../schemas.ts";
import { policies } from "../policies.ts";
import { notFoundTexts } from "../texts.ts";
import { ImagesPage } from "../views/images-page.tsx";
import { requireEditor } from "./guards.ts";

/** The file part of the multipart form, as @fastify/multipart attaches it to the body. */
interface FilePart {
  type?: string;
  filename?: string;
  toBuffer?: () => Promise<Buffer>;
}

async function uploadOf(part: FilePart | undefined): Promise<Upload | null> {
  if (part?.type !== "file" || !part.filename || !part.toBuffer) return null;
  return { fileName: part.filename, data: await part.toBuffer() };
}

/** Article images: served for a year under their address once a published article shows them; editors upload them with their alternative text. */
export async function imageRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  async function page(request: FastifyRequest, reply: FastifyReply, form: { errors: FieldErrors; alt: string; added?: number }, status = 200) {
    const images = await listImages(db);
    const added = images.find((image) => image.id === form.added) ?? null;
    return sendPage(reply, ImagesPage({ ctx: pageContext(request, reply, { forms: true }), images, added, alt: form.alt, errors: form.errors }), status);
  }

  // Images never change under their address, so browsers and proxies may keep a public one for a
  // year; one that no published article shows is the team's alone and kept by nobody.
  router.get("/magazin/bilder/:id", { schema: { params: IdParams } }, async (request, reply) => {
    const image = await findImage(db, request.params.id);
    const forTeam = policies.previewArticle(request.user);
    if (!image || (!image.isPublic && !forTeam)) throw notFound(notFoundTexts.image);
    return reply
      .type(image.contentType)
      .header("cache-control", image.isPublic ? "public, max-age=31536000, immutable" : "private, no-store")
      .header("x-content-type-options", "nosniff")
      .send(image.data);
  });

  router.get("/magazin/redaktion/bilder", { schema: { querystring: imagesQuery } }, async (request, reply) => {
    requireEditor(request);
    return page(request, reply, { errors: {}, alt: "", added: request.query.bild });
  });

  router.post(
    "/magazin/redaktion/bilder",
    { attachValidation: true, schema: { body: imageBody }, config: { uploads: policies.editMagazine } },
    async (request, reply) => {
      const errors = formErrors(request);
      requireEditor(request);
      const alt = typeof request.body?.alt?.value === "string" ? request.body.alt.value : "";
      const upload = await uploadOf(request.body?.datei);
      const result = await unlessInvalid(errors, () => addImage(db, upload, alt));
      if (!result.ok) return page(request, reply, { errors: result.errors, alt: alt.slice(0, 300) }, 422);
      return redirectAfterPost(reply, `/magazin/redaktion/bilder?bild=${result.value}`);
    },
  );
}
