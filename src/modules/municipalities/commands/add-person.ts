import type { Db } from "../../../db/client.ts";
import { refused, succeeded, type CommandResult } from "../../../platform/commands.ts";
import { addUser, findUserByEmail, issueToken } from "../../../platform/auth/service.ts";
import type { Mailer } from "../../../platform/mail/mailer.ts";
import { people } from "../tables.ts";
import type { PersonInput } from "../schemas.ts";
import { invitationMail, messages } from "../texts.ts";

interface Invitation {
  mailer: Mailer;
  baseUrl: string;
}

/** Adds a person to a municipality and, if asked, an account that gets a link to set its password by e-mail. */
export async function addPerson(
  db: Db,
  invitation: Invitation,
  municipality: { id: number; name: string },
  input: PersonInput,
): Promise<CommandResult<number>> {
  if (input.accountRole && !input.email) return refused({ email: messages.accountNeedsEmail });
  if (input.accountRole && (await findUserByEmail(db, input.email))) return refused({ email: messages.accountExists });
  const [person] = await db
    .insert(people)
    .values({
      municipalityId: municipality.id,
      name: input.name,
      jobTitle: input.jobTitle,
      tandemRole: input.tandemRole || null,
      email: input.email,
      showOnProfile: input.showOnProfile === true,
    })
    .returning({ id: people.id });
  if (input.accountRole) {
    const user = await addUser(db, { email: input.email, name: input.name, role: input.accountRole, municipalityId: municipality.id });
    const token = await issueToken(db, user.id, "invite");
    await invitation.mailer.send({ to: input.email, ...invitationMail(user.name, municipality.name, invitation.baseUrl, token) });
  }
  return succeeded(person.id);
}
