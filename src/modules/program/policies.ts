import { isTeam, type CurrentUser } from "../../platform/auth/current-user.ts";
import type { EventSummary } from "./queries/events.ts";
import { audienceRole } from "./reference.ts";

/** The tandem role an event is limited to: from the audience the team chose, or from a training path's rule. */
export function roleLimitOf(event: EventSummary): "leader" | "planningSpecialist" | undefined {
  const obligee = event.formatRule.obligee;
  return audienceRole[event.audience] ?? (obligee === "leader" || obligee === "planningSpecialist" ? obligee : undefined);
}

/** The initiative's team runs the program. */
export const policies = {
  manageProgram: isTeam,
  /** Public events for everyone; cohort events for the team and members of a cohort municipality. */
  seeEvent: (user: CurrentUser | null, event: EventSummary, inCohort: boolean) => event.audience === "public" || isTeam(user) || inCohort,
  /** Public events for everyone; cohort events for cohort members, and one limited to a tandem role only for who holds it. */
  registerForEvent: (user: CurrentUser | null, event: EventSummary, inCohort: boolean, roles: string[]) => {
    const role = roleLimitOf(event);
    return event.audience === "public" || (user !== null && inCohort && (!role || roles.includes(role)));
  },
};
