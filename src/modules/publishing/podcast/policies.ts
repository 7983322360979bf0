import type { CurrentUser } from "../../../platform/auth/current-user.ts";

/** The initiative's team (admin, editor) makes the podcast; everybody listens to what is published. */
export const mayEditPodcast = (user: CurrentUser | null) => user?.role === "admin" || user?.role === "editor";
