import { isTeam, type CurrentUser } from "../../platform/auth/current-user.ts";
import type { EventSummary } from "./queries/events.ts";

/** The initiative's team runs the program. */
export const policies = {
  manageProgram: isTeam,
  /** Public events for everyone; cohort events for the team and members of a cohort municipality. */
  seeEvent: (user: CurrentUser | null, event: EventSummary, inCohort: boolean) => event.audience === "public" || isTeam(user) || inCohort,
};
