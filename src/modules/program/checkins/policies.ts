import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import { policies as programPolicies } from "../policies.ts";

/** The team records check-ins; their notes are confidential (the tandem reads its own on "Mein Programm"). */
export const policies = {
  recordCheckIns: (user: CurrentUser | null) => programPolicies.manageProgram(user),
  /** The team's own notes, and the timeline that shows them: never a tandem member, not even of the municipality. */
  readTeamNotes: (user: CurrentUser | null) => programPolicies.manageProgram(user),
  /** Agreeing, correcting and ticking off next steps; their owners see them on their start page. */
  agreeNextSteps: (user: CurrentUser | null) => programPolicies.manageProgram(user),
};
