import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, sendPage } from "../../../../platform/http/pages.ts";
import { mayEditPodcast } from "../policies.ts";
import { findEpisodeBySlug, podcastOverview } from "../queries.ts";
import { slugParams } from "../schemas.ts";
import { EpisodePage } from "../views/episode-page.tsx";
import { PodcastOverview } from "../views/overview.tsx";
import { heard } from "./guards.ts";
import { mediaRoutes } from "./media.ts";
import { seasonRoutes } from "./seasons.ts";
import { episodeRoutes } from "./episodes.ts";
import { episodeAudioRoutes } from "./episode-audio.ts";
import { listMunicipalitiesByIds, listTopics } from "../../../municipalities/index.ts";

/** The podcast "Rebellion im Aktenschrank": its pages for listeners, the audio and feed, and the editors' pages. */
export async function podcastRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const feedUrl = `${app.deps.config.baseUrl}/podcast/feed.xml`;

  router.get("/podcast", async (request, reply) => {
    const seasons = await podcastOverview(db, new Date());
    return sendPage(reply, PodcastOverview({ ctx: pageContext(request, reply), seasons, feedUrl, canEdit: mayEditPodcast(request.user) }));
  });

  router.get("/podcast/:slug", { schema: { params: slugParams } }, async (request, reply) => {
    const now = new Date();
    const { episode } = heard(request, await findEpisodeBySlug(db, request.params.slug), now);
    const ids = episode.guests.flatMap((guest) => (guest.municipalityId ? [guest.municipalityId] : []));
    const [places, topics] = await Promise.all([listMunicipalitiesByIds(db, ids), listTopics(db)]);
    const props = {
      ctx: pageContext(request, reply),
      episode,
      places: new Map(places.map((place) => [place.id, place])),
      topics,
      canEdit: mayEditPodcast(request.user),
      now,
      feedUrl,
    };
    return sendPage(reply, EpisodePage(props));
  });

  await app.register(mediaRoutes);
  await app.register(seasonRoutes);
  await app.register(episodeRoutes);
  await app.register(episodeAudioRoutes);
}
