import { isTeam, type CurrentUser } from "../../../platform/auth/current-user.ts";

/** Reading and writing comments needs no account; moderating them is the team's work (administration and editorial staff). */
export const policies = {
  moderateComments: isTeam,
  /** Anyone may comment, with or without an account, where the article's comments are open. */
  writeComment: (_user: CurrentUser | null, article: { commentsOpen: boolean }) => article.commentsOpen,
};
