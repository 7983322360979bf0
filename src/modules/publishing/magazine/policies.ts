import { isTeam } from "../../../platform/auth/current-user.ts";

/** Who may do what in the Magazin: the team writes, reading published articles needs no permission. */
export const policies = {
  editMagazine: isTeam,
  previewArticle: isTeam,
};
