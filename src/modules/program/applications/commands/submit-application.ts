import { and, eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import type { Mailer } from "../../../../platform/mail/mailer.ts";
import { checkPlainText, hasErrors, isEmail, text, type FieldErrors } from "../../../../platform/forms.ts";
import { applications } from "../../tables.ts";
import { perspectives } from "../rules/labels.ts";
import { deadlinePassed, type ApplicationFormat } from "../queries.ts";
import { messages, receivedMail } from "../texts.ts";
import { findMunicipality } from "../../../municipalities/index.ts";

export type SubmitResult = { ok: true; id: number } | { ok: false; status: 409 | 422; errors: FieldErrors };

const agsPattern = /^\d{5}(\d{3})?$/;
export const motivationLength = { min: 50, max: 3000 };
const plainFields = ["name", "email", "ags", "jobTitle", "yearsOfExperience", "perspective", "motivation", "partnerName"] as const;

/** The form's values as text, trimmed, for checking and for showing them again. */
export function applicationValues(input: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries([...plainFields, "tandemPartnerApplying"].map((f) => [f, text(input[f]).trim()]));
}

/**
 * Stores an application for a free seat and confirms it by e-mail. All fields are checked at once;
 * nothing is stored unless all are valid. The municipality is resolved by its exact AGS.
 */
export async function submitApplication(
  db: Db,
  mailer: Mailer,
  format: ApplicationFormat,
  input: Record<string, unknown>,
  errors: FieldErrors,
  today: string,
): Promise<SubmitResult> {
  if (deadlinePassed(format, today)) return { ok: false, status: 409, errors: { form: messages.deadline(format) } };
  const value = applicationValues(input);
  checkPlainText(value, plainFields, errors);
  const fail = (field: string, message: string) => {
    if (!(field in errors)) errors[field] = message;
  };
  if (value.name.length < 2) fail("name", "Bitte geben Sie Ihren Namen ein.");
  if (!isEmail(value.email)) fail("email", "Bitte geben Sie eine gültige E-Mail-Adresse ein.");
  if (!value.jobTitle) fail("jobTitle", "Bitte geben Sie Ihre Funktion an, z. B. Leitung des Jugendamts.");
  const years = /^\d{1,2}$/.test(value.yearsOfExperience) ? Number(value.yearsOfExperience) : NaN;
  if (!(years >= 0 && years <= 60)) fail("yearsOfExperience", "Bitte geben Sie die Jahre als ganze Zahl von 0 bis 60 ein.");
  if (!(perspectives as readonly string[]).includes(value.perspective)) fail("perspective", "Bitte wählen Sie Ihr Arbeitsfeld aus der Liste.");
  const length = [...value.motivation].length;
  if (length < motivationLength.min)
    fail("motivation", `Bitte beschreiben Sie Ihre Motivation in mindestens ${motivationLength.min} Zeichen (bisher ${length}).`);
  if (length > motivationLength.max) fail("motivation", "Bitte fassen Sie Ihre Motivation in höchstens 3.000 Zeichen.");
  const tandem = value.tandemPartnerApplying === "ja";
  if (tandem && !value.partnerName) fail("partnerName", "Bitte nennen Sie den Namen Ihrer Planungsfachkraft, die sich für den Lernpfad Change bewirbt.");
  const ags = value.ags.replace(/\s+/g, "");
  const municipality = agsPattern.test(ags) && !errors.ags ? await findMunicipality(db, ags) : null;
  if (!agsPattern.test(ags)) fail("ags", "Bitte geben Sie den Gemeindeschlüssel mit 5 oder 8 Ziffern ein, z. B. 05314 für Bonn.");
  else if (!municipality) fail("ags", "Zu diesem Gemeindeschlüssel kennen wir keine Kommune. Bitte schlagen Sie ihn im Kommunenverzeichnis nach.");
  else if (municipality.isFellow)
    fail("ags", `${municipality.name} ist Fellow-Kommune: Ihre Führungskraft ist im Lernpfad bereits gesetzt und muss sich nicht bewerben.`);
  if (hasErrors(errors) || !municipality) return { ok: false, status: 422, errors };

  const email = value.email.toLowerCase();
  const [existing] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.formatId, format.id), eq(applications.email, email)));
  if (existing) return { ok: false, status: 409, errors: { email: messages.duplicate } };
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
      yearsOfExperience: years,
      perspective: value.perspective,
      motivation: value.motivation,
      tandemPartnerApplying: tandem,
      partnerName: tandem ? value.partnerName : "",
    })
    .onConflictDoNothing({ target: [applications.formatId, applications.email] })
    .returning({ id: applications.id });
  // Two submissions at the same moment: the unique index lets only one in.
  if (!stored) return { ok: false, status: 409, errors: { email: messages.duplicate } };
  await mailer.send({ to: email, ...receivedMail(format, value.name) });
  return { ok: true, id: stored.id };
}
