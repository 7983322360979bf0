import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AppError, notFound } from "../errors.ts";
import { contextWithoutToken, pageContext, sendPage } from "./pages.ts";
import { ErrorPage } from "./error-page.tsx";
import { translateValidation } from "./validation.ts";

interface Described {
  status: number;
  id: string;
  message: string;
  fields?: Record<string, string>;
}

function describe(error: FastifyError | AppError): Described {
  if (error instanceof AppError) return { status: error.status, id: error.id, message: error.message };
  // A path that fails its schema (an id such as "abc" or "0x10") names nothing that exists.
  if (error.validation && error.validationContext === "params") return { status: 404, id: "not_found", message: "Unter dieser Adresse gibt es keine Seite." };
  if (error.validation) {
    return {
      status: 400,
      id: "invalid_input",
      message: "Die Anfrage enthält ungültige Angaben. Bitte prüfen Sie Ihre Eingaben.",
      fields: translateValidation(error.validation),
    };
  }
  switch (error.code) {
    case "FST_CSRF_MISSING_SECRET":
    case "FST_CSRF_INVALID_TOKEN":
      return {
        status: 403,
        id: "csrf",
        message: "Das Formular ist abgelaufen oder stammt nicht von dieser Seite. Bitte laden Sie die Seite neu und senden Sie es noch einmal.",
      };
    case "FST_REQ_FILE_TOO_LARGE":
      return { status: 413, id: "file_too_large", message: "Die Datei ist zu groß: höchstens 10 MB sind möglich." };
    case "FST_FILES_LIMIT":
    case "FST_FIELDS_LIMIT":
    case "FST_PARTS_LIMIT":
      return { status: 413, id: "too_many_parts", message: "Bitte laden Sie eine Datei auf einmal hoch." };
    case "FST_INVALID_MULTIPART_CONTENT_TYPE":
      return { status: 400, id: "bad_upload", message: "Die Datei konnte nicht gelesen werden." };
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return { status: 413, id: "too_large", message: "Die gesendeten Daten sind zu groß." };
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return { status: 415, id: "media_type", message: "Dieses Datenformat wird hier nicht angenommen." };
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return { status: 400, id: "bad_body", message: "Die gesendeten Daten konnten nicht gelesen werden." };
  }
  if (error.statusCode === 429)
    return { status: 429, id: "rate_limited", message: "Zu viele Versuche in kurzer Zeit. Bitte warten Sie eine Minute und versuchen Sie es dann erneut." };
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
    return { status: error.statusCode, id: "bad_request", message: "Die Anfrage konnte nicht bearbeitet werden." };
  return { status: 500, id: "internal", message: "Auf unserer Seite ist ein Fehler aufgetreten. Bitte versuchen Sie es später noch einmal." };
}

function respond(request: FastifyRequest, reply: FastifyReply, described: Described) {
  if (request.url.startsWith("/api/")) {
    return reply.code(described.status).send({ error: described.id, message: described.message, ...(described.fields ? { fields: described.fields } : {}) });
  }
  const message =
    described.fields && Object.keys(described.fields).length > 0
      ? `${described.message} ${Object.entries(described.fields)
          .map(([f, m]) => `${f}: ${m}`)
          .join(" ")}`
      : described.message;
  let ctx;
  try {
    ctx = pageContext(request, reply);
  } catch {
    ctx = { ...contextWithoutToken(request), user: null };
  }
  return sendPage(reply, ErrorPage({ ctx, status: described.status, message }), described.status);
}

/** A control character in the path (%00 … %1F, %7F): no page has one, and none may reach a query. */
const controlInPath = /%(?:[01][0-9a-f]|7f)|[\u0000-\u001f\u007f]/i;

export function registerErrorHandling(app: FastifyInstance): void {
  app.addHook("onRequest", async (request) => {
    if (controlInPath.test(request.url.split("?")[0])) throw notFound();
  });
  // An address whose parameters fail their schema (an id such as "abc" or "0x10") names nothing,
  // also on routes that take their form's errors themselves: no handler sees an invalid parameter.
  app.addHook("preHandler", async (request) => {
    const error = request.validationError as { validationContext?: string } | undefined;
    if (error?.validationContext === "params") throw notFound();
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const described = describe(error);
    if (described.status >= 500) request.log.error({ err: error }, "request failed");
    return respond(request, reply, described);
  });
  app.setNotFoundHandler((request, reply) =>
    respond(request, reply, {
      status: 404,
      id: "not_found",
      message: "Unter dieser Adresse gibt es keine Seite. Vielleicht hat sich die Adresse geändert.",
    }),
  );
}
