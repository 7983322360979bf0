import { and, eq, lt } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { enqueueMail } from "../../../../platform/mail/queue.ts";
import { refused, refusedForm, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { applications } from "../../tables.ts";
import { findMunicipality } from "../../../municipalities/index.ts";
import { deadlinePassed, type ApplicationFormat } from "../queries.ts";
import { applicationValues, yearsOf } from "../rules/application-form.ts";
import type { ApplicationInput } from "../schemas.ts";
import { confirmAddressMail, formTexts, messages } from "../texts.ts";
import { confirmLinkCutoff, unconfirmed } from "./confirm-application.ts";
import { hashToken, newToken } from "../../../../platform/auth/tokens.ts";

/** The municipality of an AGS, unless it is unknown or a Fellow municipality (whose leader has a seat already). */
async function municipalityOf(db: Db, ags: string) {
  const municipality = await findMunicipality(db, ags);
  if (!municipality) return refused<NonNullable<typeof municipality>>({ ags: formTexts.agsUnknown });
  if (municipality.isFellow) return refused<typeof municipality>({ ags: formTexts.agsFellow(municipality.name) });
  return succeeded(municipality);
}

/**
 * Stores an application for a free seat (its form checked by applicationProblems) and sends a link to
 * confirm the address; it counts only once confirmed (confirmApplication). Every submission is stored on
 * its own and answered alike, so an address with an application tells the sender nothing and cannot be
 * blocked or overwritten by someone else.
 */
export async function submitApplication(
  db: Db,
  format: ApplicationFormat,
  input: ApplicationInput,
  today: string,
  baseUrl: string,
): Promise<CommandResult<number>> {
  if (deadlinePassed(format, today)) return refusedForm(messages.deadline(format));
  const value = applicationValues(input);
  const found = await municipalityOf(db, value.ags.replace(/\s+/g, ""));
  if (!found.ok) return found;
  const municipality = found.value;
  const email = value.email.toLowerCase();
  const tandem = value.tandemPartnerApplying === "ja";
  const token = newToken();
  return db.transaction(async (tx) => {
    await tx.delete(applications).where(and(eq(applications.formatId, format.id), unconfirmed, lt(applications.createdAt, confirmLinkCutoff())));
    const [stored] = await tx
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
        confirmTokenHash: hashToken(token),
      })
      .returning({ id: applications.id });
    await enqueueMail(tx, { to: email, ...confirmAddressMail(format, value.name, `${baseUrl}/lernpfade/${format.slug}/bewerbung/bestaetigen/${token}`) });
    return succeeded(stored.id);
  });
}
