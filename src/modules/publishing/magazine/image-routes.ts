import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { pageContext, redirectAfterPost, sendPage } from "../../../platform/http/pages.ts";
import type { FieldErrors } from "../../../platform/forms.ts";
import { addImage, listImages } from "./images.ts";
import { requireEditor } from "./team-routes.ts";
import { ImagesPage } from "./views/images-page.tsx";

interface Part {
  type?: "file" | "field";
  value?: unknown;
  filename?: string;
  toBuffer?: () => Promise<Buffer>;
}

/** Editors upload images for articles; each gets an address to use in Markdown. */
export async function imageRoutes(app: FastifyInstance) {
  const { db } = app.deps.database;

  async function page(request: FastifyRequest, reply: FastifyReply, errors: FieldErrors, alt: string, status = 200) {
    const images = await listImages(db);
    const addedId = Number((request.query as Record<string, unknown> | undefined)?.bild);
    const added = images.find((i) => i.id === addedId) ?? null;
    return sendPage(reply, ImagesPage({ ctx: pageContext(request, reply, { forms: true }), images, added, alt, errors }), status);
  }

  app.get("/magazin/redaktion/bilder", async (request, reply) => {
    requireEditor(request);
    return page(request, reply, {}, "");
  });

  app.post("/magazin/redaktion/bilder", async (request, reply) => {
    requireEditor(request);
    const parts = (request.body ?? {}) as Record<string, Part | undefined>;
    const file = parts.datei?.type === "file" && parts.datei.filename ? parts.datei : null;
    const alt = typeof parts.alt?.value === "string" ? parts.alt.value : "";
    const result = await addImage(db, file?.filename ?? null, file ? await file.toBuffer!() : null, alt);
    if (!result.ok) return page(request, reply, result.errors, alt.slice(0, 300), 422);
    return redirectAfterPost(reply, `/magazin/redaktion/bilder?bild=${result.id}`);
  });
}
