import type { CurrentUser } from "../../../platform/auth/current-user.ts";

/** The initiative's team writes the Magazin: administration and editorial staff. */
const isTeam = (user: CurrentUser | null) => user?.role === "admin" || user?.role === "editor";

/** Who may do what in the Magazin; reading published articles needs no permission. */
export const policies = {
  editMagazine: isTeam,
  previewArticle: isTeam,
};
