import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import { isMemberRole } from "../../../platform/auth/roles.ts";
import { isTeam } from "../../../platform/auth/current-user.ts";

interface TandemSeat {
  userId: number | null;
  confirmedAt: Date | null;
}

/** A member of a municipality (not the team) applies for their own municipality. */
const apply = (user: CurrentUser | null) => user !== null && isMemberRole(user.role) && user.municipalityId !== null;

/** Only the two confirmed people of the tandem read and change the application. */
const editApplication = (user: CurrentUser | null, tandem: TandemSeat[]) =>
  user !== null && tandem.some((seat) => seat.userId === user.id && seat.confirmedAt !== null);

export const policies = {
  apply,
  editApplication,
  /** The other members of the municipality learn that it applied and who the tandem is, nothing more. */
  seeThatApplicationExists: (user: CurrentUser | null, application: { municipalityId: number }) =>
    apply(user) && user!.municipalityId === application.municipalityId,
  /** The letter of support: the tandem, and the team that reviews the application. */
  readLetter: (user: CurrentUser | null, tandem: TandemSeat[]) => isTeam(user) || editApplication(user, tandem),
};
