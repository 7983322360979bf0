import { isTeam, type CurrentUser } from "../../../platform/auth/current-user.ts";

/** Only the team reads the applications and scores them; nobody else ever sees scores or comments. */
export const policies = {
  reviewApplications: isTeam,
  /** Blind until given: a reviewer sees the others' scores and comments once they saved their own. */
  seeOtherReviews: (user: CurrentUser | null, hasOwnReview: boolean) => isTeam(user) && hasOwnReview,
  /** Reviews are given and changed until the decisions are sent. */
  changeReview: (user: CurrentUser | null, callStatus: string) => isTeam(user) && callStatus !== "decided",
};
