import type { Static } from "@fastify/type-provider-typebox";
import type { Db } from "../../../db/client.ts";
import { checkPlainText, hasErrors, isEmail, text, type FieldErrors } from "../../../platform/forms.ts";
import { addUser, findUserByEmail, issueToken } from "../../../platform/auth/service.ts";
import { isMemberRole, isRole } from "../../../platform/auth/roles.ts";
import type { Mailer } from "../../../platform/mail/mailer.ts";
import { people } from "../tables.ts";
import type { personBody } from "../schemas.ts";
import { tandemRoles } from "../reference.ts";
import type { CommandResult } from "./validate.ts";

export type PersonInput = Static<typeof personBody>;

/** Adds a person to a municipality and, if asked, an account that gets a login link by e-mail. */
export async function addPerson(
  db: Db,
  mailer: Mailer,
  baseUrl: string,
  municipality: { id: number; name: string },
  input: PersonInput,
  errors: FieldErrors = {},
): Promise<CommandResult<number>> {
  checkPlainText(input, ["name", "jobTitle"], errors);
  const email = text(input.email).trim().toLowerCase();
  if (email && !isEmail(email)) errors.email = "Bitte geben Sie eine gültige E-Mail-Adresse ein.";
  const tandemRole = text(input.tandemRole);
  if (tandemRole && !(tandemRole in tandemRoles)) errors.tandemRole = "Bitte wählen Sie eine Rolle aus der Liste.";
  const accountRole = text(input.accountRole);
  if (accountRole) {
    if (!isRole(accountRole) || !isMemberRole(accountRole)) errors.accountRole = "Bitte wählen Sie eine Kontorolle aus der Liste.";
    else if (!email) errors.email = "Für ein Konto braucht die Person eine E-Mail-Adresse.";
    else if (await findUserByEmail(db, email)) errors.email = "Mit dieser Adresse gibt es bereits ein Konto.";
  }
  if (hasErrors(errors)) return { ok: false, errors };
  const [person] = await db
    .insert(people)
    .values({
      municipalityId: municipality.id,
      name: input.name.trim(),
      jobTitle: input.jobTitle.trim(),
      tandemRole: tandemRole || null,
      email,
      showOnProfile: input.showOnProfile === "ja",
    })
    .returning({ id: people.id });
  if (accountRole && isRole(accountRole)) {
    const user = await addUser(db, { email, name: input.name, role: accountRole, municipalityId: municipality.id });
    const token = await issueToken(db, user.id, "reset");
    await mailer.send({
      to: email,
      subject: "Ihr Zugang zu K360",
      text: `Guten Tag ${user.name},\n\nfür Sie wurde ein Konto bei K360 angelegt, mit dem Sie das Profil von ${municipality.name} pflegen können.\nLegen Sie mit diesem Link Ihr Passwort fest (60 Minuten gültig):\n\n${baseUrl}/passwort-neu/${token}\n\nDanach können Sie sich jederzeit unter ${baseUrl}/anmelden anmelden, auch mit einem Link per E-Mail.\n`,
    });
  }
  return { ok: true, value: person.id };
}
