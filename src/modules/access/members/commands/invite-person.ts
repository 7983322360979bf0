import type { Db } from "../../../../db/client.ts";
import type { Mailer } from "../../../../platform/mail/mailer.ts";
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
 * Opens an account for a municipality and mails its owner the link to set it up ("Konto einrichten",
 * 7 days). An address that already has an account gets a mail saying so, and nothing changes:
 * whoever invites learns nothing about other accounts.
 */
export async function invitePerson(
  db: Db,
  mailer: Mailer,
  baseUrl: string,
  invitee: Invitee,
  mail: (url: string) => { subject: string; text: string },
): Promise<CommandResult<"invited" | "known">> {
  if (await findUserByEmail(db, invitee.email)) {
    await mailer.send({ to: invitee.email, ...alreadyRegisteredMail(baseUrl) });
    return succeeded("known");
  }
  const user = await addUser(db, invitee);
  const token = await issueToken(db, user.id, "invite");
  await mailer.send({ to: user.email, ...mail(`${baseUrl}/konto-einrichten/${token}`) });
  return succeeded("invited");
}
