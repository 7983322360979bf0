import type { Db } from "../../../db/client.ts";
import { isTeam, type CurrentUser } from "../../../platform/auth/current-user.ts";
import { isMemberRole } from "../../../platform/auth/roles.ts";
import { audienceOf, policies as exchange } from "../policies.ts";
import type { Report } from "./queries.ts";

/** Who writes, changes and reviews practice reports: members for their municipality, the team for all. */
export const policies = {
  writeReport: (user: CurrentUser | null) => user !== null && isMemberRole(user.role) && user.municipalityId !== null,
  editReport: (user: CurrentUser | null, municipalityId: number) => isTeam(user) || exchange.isMemberOf(user, municipalityId),
  reviewReports: isTeam,
};

/** The one rule for reading a report: the team and its own municipality always; others once published and in its audience. */
export async function mayRead(
  db: Db,
  user: CurrentUser | null,
  audiences: string[] | null,
  report: Pick<Report, "status" | "visibility" | "municipalityId">,
): Promise<boolean> {
  if (audiences === null || exchange.isMemberOf(user, report.municipalityId)) return true;
  if (report.status !== "published") return false;
  return audiences.includes(await audienceOf(db, report.visibility, report.municipalityId));
}
