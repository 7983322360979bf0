/** Listeners see an episode from its publication date on, and only with its audio. */
export const isPublished = (episode: { publishedAt: Date | null; audioSize: number | null }, now: Date) =>
  episode.publishedAt !== null && episode.publishedAt <= now && episode.audioSize !== null;
