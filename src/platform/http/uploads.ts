import type { FastifyInstance } from "fastify";
import { AppError, unauthenticated } from "../errors.ts";

/**
 * A file upload is read only by a route that takes one (`config: { uploads: true }`) and only for a
 * signed-in user: every upload form is behind a login. Both are decided from the request's headers,
 * before any byte of the body is read, so an anonymous 100 MB post costs no memory.
 */
export function registerUploadGate(app: FastifyInstance): void {
  app.addHook("onRequest", async (request) => {
    if (!request.headers["content-type"]?.toLowerCase().startsWith("multipart/")) return;
    if (request.routeOptions.config.uploads !== true) throw new AppError(415, "no_uploads", "Unter dieser Adresse lassen sich keine Dateien hochladen.");
    if (!request.user) throw unauthenticated();
  });
}
