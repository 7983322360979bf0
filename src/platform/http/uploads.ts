import type { FastifyInstance } from "fastify";
import { AppError, forbidden, unauthenticated } from "../errors.ts";

/**
 * A file upload is read only by a route that takes one (`config: { uploads: policy }`) and only for
 * a signed-in user the route's policy lets upload. All is decided from the request's headers, before
 * any byte of the body is read, so an anonymous or unauthorised 100 MB post costs no memory. The
 * route checks its resource (this report, this event) again after reading.
 */
export function registerUploadGate(app: FastifyInstance): void {
  app.addHook("onRequest", async (request) => {
    if (!request.headers["content-type"]?.toLowerCase().startsWith("multipart/")) return;
    const mayUpload = request.routeOptions.config.uploads;
    if (!mayUpload) throw new AppError(415, "no_uploads", "Unter dieser Adresse lassen sich keine Dateien hochladen.");
    if (!request.user) throw unauthenticated();
    if (!mayUpload(request.user)) throw forbidden();
  });
}
