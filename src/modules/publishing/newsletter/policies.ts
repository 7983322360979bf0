import { isTeam } from "../../program/policies.ts";

/** The initiative's team (admin, editor) writes and sends the newsletter; subscribing needs no account. */
export const policies = {
  editNewsletter: isTeam,
};
