import type { Db } from "../../../db/client.ts";
import { refused, succeeded, type CommandResult } from "../../../platform/commands.ts";
import { addUser, findUserByEmail, issueToken } from "../../../platform/auth/service.ts";
import { enqueueMail } from "../../../platform/mail/queue.ts";
import { people } from "../tables.ts";
import type { PersonInput } from "../schemas.ts";
import { invitationMail, messages } from "../texts.ts";

/** Adds a person to a municipality and, if asked, an account that gets a link to set its password by e-mail. */
export async function addPerson(db: Db, baseUrl: string, municipality: { id: number; name: string }, input: PersonInput): Promise<CommandResult<number>> {
  if (input.accountRole && !input.email) return refused({ email: messages.accountNeedsEmail });
  if (input.accountRole && (await findUserByEmail(db, input.email))) return refused({ email: messages.accountExists });
  return db.transaction(async (tx) => {
    const [person] = await tx
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
      const user = await addUser(tx, { email: input.email, name: input.name, role: input.accountRole, municipalityId: municipality.id });
      const token = await issueToken(tx, user.id, "invite");
      await enqueueMail(tx, { to: input.email, ...invitationMail(user.name, municipality.name, baseUrl, token) });
    }
    return succeeded(person.id);
  });
}
