import { and, eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import type { Mailer } from "../../../../platform/mail/mailer.ts";
import { refused, refusedForm, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { applications } from "../../tables.ts";
import { findMunicipality } from "../../../municipalities/index.ts";
import { deadlinePassed, type ApplicationFormat } from "../queries.ts";
import { applicationValues, yearsOf } from "../rules/application-form.ts";
import type { ApplicationInput } from "../schemas.ts";
import { formTexts, messages, receivedMail } from "../texts.ts";

/** The municipality of an AGS, unless it is unknown or a Fellow municipality (whose leader has a seat already). */
async function municipalityOf(db: Db, ags: string) {
  const municipality = await findMunicipality(db, ags);
  if (!municipality) return refused<NonNullable<typeof municipality>>({ ags: formTexts.agsUnknown });
  if (municipality.isFellow) return refused<typeof municipality>({ ags: formTexts.agsFellow(municipality.name) });
  return succeeded(municipality);
}

/**
 * Stores an application for a free seat (its form checked by applicationProblems) and confirms it by
 * e-mail. The municipality is resolved by its exact AGS; one application per address and format.
 */
export async function submitApplication(
  db: Db,
  mailer: Mailer,
  format: ApplicationFormat,
  input: ApplicationInput,
  today: string,
): Promise<CommandResult<number>> {
  if (deadlinePassed(format, today)) return refusedForm(messages.deadline(format));
  const value = applicationValues(input);
  const found = await municipalityOf(db, value.ags.replace(/\s+/g, ""));
  if (!found.ok) return found;
  const municipality = found.value;
  const email = value.email.toLowerCase();
  const [existing] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.formatId, format.id), eq(applications.email, email)));
  if (existing) return refused({ email: messages.duplicate });
  const tandem = value.tandemPartnerApplying === "ja";
  const [stored] = await db
    .insert(applications)
    .values({
      formatId: format.id,
      name: value.name,
      email,
      municipalityId: municipality.id,
      municipalityName: municipality.name,
      stateCode: municipality.stateCode,
      municipalityKind: municipality.kind,
      jobTitle: value.jobTitle,
      yearsOfExperience: yearsOf(value.yearsOfExperience),
      perspective: value.perspective,
      motivation: value.motivation,
      tandemPartnerApplying: tandem,
      partnerName: tandem ? value.partnerName : "",
    })
    .onConflictDoNothing({ target: [applications.formatId, applications.email] })
    .returning({ id: applications.id });
  // Two submissions at the same moment: the unique index lets only one in.
  if (!stored) return refused({ email: messages.duplicate });
  await mailer.send({ to: email, ...receivedMail(format, value.name) });
  return succeeded(stored.id);
}
