import type { FastifyRequest } from "fastify";
import { requireUser } from "../../../../platform/auth/plugin.ts";
import { forbidden, notFound } from "../../../../platform/errors.ts";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { mayEditPodcast, mayHear } from "../policies.ts";
import { isPublished } from "../rules/publication.ts";
import { notFoundTexts, notices } from "../texts.ts";

/** Authenticate and authorise the editors' routes: 401 without a login, 403 outside the team. */
export function requireEditor(request: FastifyRequest): void {
  if (!mayEditPodcast(requireUser(request))) throw forbidden();
}

/** An episode the visitor may hear, and whether it is public; others get 404, as if there were none. */
export function heard<T extends { publishedAt: Date | null; audioSize: number | null }>(request: FastifyRequest, episode: T | null, now = new Date()) {
  if (!episode || !mayHear(request.user, episode, now)) throw notFound(notFoundTexts.episode);
  return { episode, published: isPublished(episode, now) };
}

/**
 * The editors' pipeline: authenticate and authorise, then validate. A path id that is no id answers
 * 404 like an unknown one; the form's messages come back, in the podcast's own words where it has them.
 */
export function editorRequest(request: FastifyRequest, own: Record<string, string> = {}): FieldErrors {
  requireEditor(request);
  return Object.fromEntries(Object.entries(formErrors(request)).map(([field, message]) => [field, own[field] ?? message]));
}

/** The notice after a saved form (?stand=…). */
export const noticeOf = (stand: string | undefined) => (stand && Object.hasOwn(notices, stand) ? notices[stand] : undefined);
