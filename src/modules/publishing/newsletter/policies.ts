import { isTeam } from "../../../platform/auth/current-user.ts";

/** The initiative's team (admin, editor) writes and sends the newsletter; subscribing needs no account. */
export const policies = {
  editNewsletter: isTeam,
};
