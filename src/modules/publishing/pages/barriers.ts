import { asc, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import type { Mailer } from "../../../platform/mail/mailer.ts";
import { checkPlainText, hasErrors, isEmail, text, type FieldErrors } from "../../../platform/forms.ts";
import { users } from "../../../platform/auth/tables.ts";
import { barrierReports } from "./tables.ts";

export const barrierFields = ["pageUrl", "description", "name", "email"] as const;
export type BarrierValues = Record<(typeof barrierFields)[number], string>;
export type BarrierStatus = "open" | "done";
export type BarrierReport = typeof barrierReports.$inferSelect;

const limits: Record<keyof BarrierValues, number> = { pageUrl: 500, description: 5000, name: 120, email: 254 };
const controlCharacters = /[\u0000-\u001f\u007f]/;

/** A path on this site ("/termine/3"), safe to prefill and to link; anything else (another host, "//", spaces) is null. */
export function safePagePath(value: string): string | null {
  return value.length <= 500 && /^\/(?!\/)[^\s\\<>"]*$/.test(value) ? value : null;
}

/** Checks a report; only the description is required, a given e-mail address must be valid. */
function check(input: Record<string, unknown>, errors: FieldErrors): BarrierValues {
  const values = Object.fromEntries(barrierFields.map((f) => [f, text(input[f]).trim()])) as BarrierValues;
  checkPlainText(values, barrierFields, errors);
  for (const field of barrierFields) {
    if (values[field].length > limits[field] && !errors[field])
      errors[field] = `Bitte geben Sie höchstens ${limits[field].toLocaleString("de-DE")} Zeichen ein.`;
  }
  if (controlCharacters.test(values.pageUrl) && !errors.pageUrl) errors.pageUrl = "Bitte geben Sie die Adresse der Seite in einer Zeile ein.";
  if (!values.description && !errors.description) errors.description = "Bitte beschreiben Sie die Barriere.";
  if (values.email && !isEmail(values.email) && !errors.email) errors.email = "Bitte geben Sie eine gültige E-Mail-Adresse ein oder lassen Sie das Feld leer.";
  return { ...values, email: values.email.toLowerCase() };
}

export type ReportResult = { ok: true; id: number; values: BarrierValues } | { ok: false; errors: FieldErrors };

/** Stores a reader's barrier report; nothing is stored when a field is wrong. */
export async function reportBarrier(db: Db, input: Record<string, unknown>, errors: FieldErrors = {}): Promise<ReportResult> {
  const values = check(input, errors);
  if (hasErrors(errors)) return { ok: false, errors };
  const [row] = await db.insert(barrierReports).values(values).returning({ id: barrierReports.id });
  return { ok: true, id: row.id, values };
}

/** E-mail addresses of the platform's admins, who receive barrier reports. */
export async function adminAddresses(db: Db): Promise<string[]> {
  const rows = await db.select({ email: users.email }).from(users).where(eq(users.role, "admin")).orderBy(asc(users.id));
  return rows.map((r) => r.email);
}

/** Mails a stored report to every admin; the reporter gets no mail, so the form cannot be used to send mail to others. */
export async function mailBarrierReport(db: Db, mailer: Mailer, baseUrl: string, id: number, values: BarrierValues): Promise<number> {
  const recipients = await adminAddresses(db);
  const body = [
    `Über das Formular „Barriere melden“ ist eine neue Meldung eingegangen (Nr. ${id}).`,
    "",
    `Seite: ${values.pageUrl || "nicht angegeben"}`,
    "",
    "Beschreibung:",
    values.description,
    "",
    `Name: ${values.name || "nicht angegeben"}`,
    `E-Mail: ${values.email || "nicht angegeben"}`,
    "",
    `Alle Meldungen: ${baseUrl}/barrierefreiheit/meldungen`,
    "",
  ].join("\n");
  for (const to of recipients) await mailer.send({ to, subject: `Barriere gemeldet (Nr. ${id})`, text: body });
  return recipients.length;
}

/** All reports for the team: open ones first, newest first within each. */
export async function listBarrierReports(db: Db): Promise<BarrierReport[]> {
  return db
    .select()
    .from(barrierReports)
    .orderBy(sql`case when ${barrierReports.status} = 'open' then 0 else 1 end`, desc(barrierReports.createdAt), desc(barrierReports.id));
}

/** Marks a report done or open again; false when there is no such report. */
export async function setBarrierStatus(db: Db, id: number, status: BarrierStatus): Promise<boolean> {
  const rows = await db.update(barrierReports).set({ status }).where(eq(barrierReports.id, id)).returning({ id: barrierReports.id });
  return rows.length > 0;
}
