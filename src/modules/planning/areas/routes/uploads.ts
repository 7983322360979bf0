import type { FastifyContextConfig, FastifyRequest } from "fastify";
import { policies } from "../policies.ts";
import type { UploadedFile } from "../schemas.ts";

/** Area files may be large (a detailed city): up to 50 MB, reported by the route itself instead of an error page. */
export const maxAreaFileBytes = 50 * 1024 * 1024;

export const areaUpload = {
  uploads: policies.uploadAreas,
  multipartOptions: { limits: { fileSize: maxAreaFileBytes }, throwFileSizeLimit: false } as FastifyContextConfig["multipartOptions"],
};

/**
 * A multipart form's fields arrive as parts ({ value }); this hands them to the schema as the text a
 * plain form sends, so one schema with the platform's field types serves both kinds of form.
 */
export async function partsAsText(request: FastifyRequest) {
  const body = request.body as Record<string, unknown> | undefined;
  if (!request.isMultipart() || !body || typeof body !== "object") return;
  request.body = Object.fromEntries(
    Object.entries(body).map(([name, part]) => {
      const single = Array.isArray(part) ? part[0] : part;
      const isFile = (single as { type?: unknown })?.type === "file";
      return [name, isFile ? single : String((single as { value?: unknown })?.value ?? "")];
    }),
  );
}

/** The uploaded file, if one was chosen. */
export const uploadedFile = (value: unknown): UploadedFile | null => {
  const file = value as Partial<UploadedFile> | undefined;
  return file && file.type === "file" && typeof file.filename === "string" && file.filename !== "" && typeof file.toBuffer === "function"
    ? (file as UploadedFile)
    : null;
};
