import { isTeam } from "../../../platform/auth/current-user.ts";

/** The initiative's team keeps the thesaurus of the problem finder. */
export const policies = {
  editThesaurus: isTeam,
};
