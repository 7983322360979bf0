import { isTeam, type CurrentUser } from "../../../platform/auth/current-user.ts";
import { isPublished } from "./rules/publication.ts";

/** The initiative's team (admin, editor) makes the podcast; everybody listens to what is published. */
export const mayEditPodcast = isTeam;

/** Published episodes for everybody; drafts and planned ones only for the team. */
export const mayHear = (user: CurrentUser | null, episode: { publishedAt: Date | null; audioSize: number | null }, now: Date) =>
  isPublished(episode, now) || mayEditPodcast(user);
