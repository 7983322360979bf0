import { isTeam } from "../../../platform/auth/current-user.ts";

/** The initiative's team (admin, editor) makes the podcast; everybody listens to what is published. */
export const mayEditPodcast = isTeam;
