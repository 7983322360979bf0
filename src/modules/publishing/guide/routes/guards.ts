import type { FastifyRequest } from "fastify";
import { requireUser } from "../../../../platform/auth/plugin.ts";
import { forbidden } from "../../../../platform/errors.ts";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { policies } from "../policies.ts";
import { fieldMessages, texts } from "../texts.ts";

/** The guide's words for a field, a numbered field (position-12) taking those of its family (position). */
const ownMessage = (field: string) => fieldMessages[field] ?? fieldMessages[field.replace(/-[0-9]+$/, "")];

/**
 * The editors' pipeline: authenticate (401) and authorise (403), then validate. A path id that is no
 * id answers 404 like an unknown one; the form's messages come back, in the guide's words where it has them.
 */
export function editorRequest(request: FastifyRequest): FieldErrors {
  if (!policies.editGuide(requireUser(request))) throw forbidden();
  return Object.fromEntries(Object.entries(formErrors(request)).map(([field, message]) => [field, ownMessage(field) ?? message]));
}

/** The notice after a saved form (?stand=…). */
export const noticeOf = (stand: string | undefined) => (stand && Object.hasOwn(texts.notices, stand) ? texts.notices[stand] : undefined);
