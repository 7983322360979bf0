import type { Db } from "../../../../db/client.ts";
import { normaliseEmail } from "../../../../platform/auth/service.ts";
import type { CommandResult } from "../../../../platform/commands.ts";
import type { InviteInput } from "../schemas.ts";
import { invitationMail } from "../texts.ts";
import { invitePerson } from "./invite-person.ts";

/** A leader (or the team) invites a person to the municipality with a role; the person sets up the account by the mailed link (7 days). */
export async function inviteMember(
  db: Db,
  baseUrl: string,
  municipality: { id: number; name: string },
  inviter: string,
  input: InviteInput,
): Promise<CommandResult<"invited" | "known">> {
  const invitee = { name: input.name, email: normaliseEmail(input.email), role: input.role, municipalityId: municipality.id };
  return db.transaction((tx) => invitePerson(tx, baseUrl, invitee, (url) => invitationMail(input.name, municipality.name, inviter, url)));
}
