import { isTeam } from "../../../platform/auth/current-user.ts";

/** Anyone may report a barrier; the initiative's team (admin, editor) reads the reports and marks them done. */
export const policies = {
  seeBarrierReports: isTeam,
};
