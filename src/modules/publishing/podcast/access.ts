import type { FastifyRequest } from "fastify";
import { notFound } from "../../../platform/errors.ts";
import { mayEditPodcast } from "./policies.ts";
import { isPublished, type Episode } from "./queries.ts";

/** An episode listeners may see: published ones for everybody, drafts and planned ones only for the team (others get 404). */
export function visible<T extends Pick<Episode, "publishedAt" | "audioSize">>(request: FastifyRequest, episode: T | null, now = new Date()) {
  if (!episode) throw notFound("Die Folge");
  const published = isPublished(episode, now);
  if (!published && !mayEditPodcast(request.user)) throw notFound("Die Folge");
  return { episode, published };
}
