import type { Db } from "../../../../db/client.ts";
import { enqueueMail } from "../../../../platform/mail/queue.ts";
import { addUser, findUserByEmail, issueToken } from "../../../../platform/auth/service.ts";
import type { Role } from "../../../../platform/auth/roles.ts";
import { succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { alreadyRegisteredMail } from "../texts.ts";

export interface Invitee {
  name: string;
  email: string;
  role: Role;
  municipalityId: number;
}

/**
 * Opens an account for a municipality and queues its owner the link to set it up ("Konto einrichten",
 * 7 days). An address that already has an account gets a mail saying so, and nothing changes:
 * whoever invites learns nothing about other accounts. Call it inside the command's transaction.
 */
export async function invitePerson(
  tx: Db,
  baseUrl: string,
  invitee: Invitee,
  mail: (url: string) => { subject: string; text: string },
): Promise<CommandResult<"invited" | "known">> {
  if (await findUserByEmail(tx, invitee.email)) {
    await enqueueMail(tx, { to: invitee.email, ...alreadyRegisteredMail(baseUrl) });
    return succeeded("known");
  }
  const user = await addUser(tx, invitee);
  const token = await issueToken(tx, user.id, "invite");
  await enqueueMail(tx, { to: user.email, ...mail(`${baseUrl}/konto-einrichten/${token}`) });
  return succeeded("invited");
}
