import { readFile } from "node:fs/promises";
import { Readable } from "node:stream";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { notFound } from "../../../../platform/errors.ts";
import { chaptersJson } from "../rules/chapters.ts";
import { parseRange } from "../rules/ranges.ts";
import { podcastFeed } from "../views/feed.ts";
import { audioChunks, feedEpisodes, findAudioBySlug, findEpisodeBySlug } from "../queries.ts";
import { slugParams as params } from "../schemas.ts";
import { editorialMailbox, notFoundTexts } from "../texts.ts";
import { heard } from "./guards.ts";
import { listMunicipalitiesByIds } from "../../../municipalities/index.ts";

/** Podcast apps and web players on other sites fetch these files: allow them, and cache what is public. */
function shareable(reply: FastifyReply, published: boolean, maxAge: number) {
  reply.header("cross-origin-resource-policy", "cross-origin").header("access-control-allow-origin", "*");
  reply.header("cache-control", published ? `public, max-age=${maxAge}` : "private, no-store");
}

/** Audio with HTTP range requests, the podcast feed, its cover, chapters and transcripts. */
export async function mediaRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { baseUrl, mailFrom } = app.deps.config;
  const cover = await readFile(new URL("../seed/cover.png", import.meta.url));

  router.route({
    method: ["GET", "HEAD"],
    url: "/podcast/:slug/audio",
    schema: { params },
    handler: async (request, reply) => {
      const { episode, published } = heard(request, await findAudioBySlug(db, request.params.slug));
      const size = episode.audioSize;
      if (!size) throw notFound(notFoundTexts.audio);
      shareable(reply, published, 86400);
      reply.header("accept-ranges", "bytes");
      const range = parseRange(request.headers.range, size);
      if (range === "unsatisfiable") return reply.code(416).header("content-range", `bytes */${size}`).send();
      const { start, end } = range ?? { start: 0, end: size - 1 };
      if (range) reply.code(206).header("content-range", `bytes ${start}-${end}/${size}`);
      reply.header("content-type", episode.audioType ?? "audio/mpeg").header("content-length", end - start + 1);
      if (request.method === "HEAD") return reply.send();
      return reply.send(Readable.from(audioChunks(db, episode.id, start, end)));
    },
  });

  router.get("/podcast/:slug/chapters.json", { schema: { params } }, async (request, reply) => {
    const { episode, published } = heard(request, await findEpisodeBySlug(db, request.params.slug));
    if (episode.chapters.length === 0) throw notFound(notFoundTexts.chapters);
    shareable(reply, published, 3600);
    return reply.type("application/json+chapters; charset=utf-8").send(JSON.stringify(chaptersJson(episode.chapters)));
  });

  router.get("/podcast/:slug/transcript.txt", { schema: { params } }, async (request, reply) => {
    const { episode, published } = heard(request, await findEpisodeBySlug(db, request.params.slug));
    if (!episode.transcript) throw notFound(notFoundTexts.transcript);
    shareable(reply, published, 3600);
    return reply.type("text/plain; charset=utf-8").send(`${episode.title}\n\n${episode.transcript}\n`);
  });

  router.get("/podcast/feed.xml", async (_request, reply) => {
    const episodes = await feedEpisodes(db, new Date());
    const ids = [...new Set(episodes.flatMap((entry) => entry.guests.flatMap((guest) => (guest.municipalityId ? [guest.municipalityId] : []))))];
    const municipalitySlugs = new Map((await listMunicipalitiesByIds(db, ids)).map((place) => [place.id, place.slug]));
    shareable(reply, true, 900);
    return reply.type("application/rss+xml; charset=utf-8").send(podcastFeed({ baseUrl, ownerEmail: editorialMailbox(mailFrom), episodes, municipalitySlugs }));
  });

  router.get("/podcast/cover.png", async (_request, reply) => {
    shareable(reply, true, 86400);
    return reply.type("image/png").send(cover);
  });
}
