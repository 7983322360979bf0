import { and, eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { checkPlainText, hasErrors, isIsoDate, text, type FieldErrors } from "../../../../platform/forms.ts";
import { formats } from "../../tables.ts";
import { obligees, type Obligee } from "../../reference.ts";

function wholeNumber(value: string, field: string, min: number, max: number, errors: FieldErrors): number | null {
  if (value.trim() === "") return null;
  const count = Number(value);
  if (!Number.isInteger(count) || count < min || count > max) errors[field] = `Bitte geben Sie eine ganze Zahl von ${min} bis ${max} ein.`;
  return count;
}

/** The team sets a format's rules; obligations are computed from them on the next page view. */
export async function saveFormat(db: Db, programId: number, formatId: number, input: Record<string, unknown>, errors: FieldErrors = {}) {
  checkPlainText(input, ["title", "description"], errors);
  const title = text(input.title).trim();
  if (!title && !errors.title) errors.title = "Bitte geben Sie einen Namen ein.";
  const obligee = text(input.obligee) as Obligee;
  if (!(obligee in obligees)) errors.obligee = "Bitte wählen Sie aus, für wen das Format verpflichtend ist.";
  const required = wholeNumber(text(input.required), "required", 0, 20, errors) ?? 0;
  if (obligee === "none" && required > 0) errors.required = "Ein freiwilliges Format hat keine Pflichttermine; bitte 0 eintragen.";
  if (obligee !== "none" && obligee in obligees && required === 0 && !errors.required)
    errors.required = "Bitte geben Sie an, wie viele Termine verpflichtend sind.";
  const freeSeats = wholeNumber(text(input.freeSeats), "freeSeats", 1, 500, errors);
  const deadline = text(input.applicationDeadline).trim();
  if (deadline && !isIsoDate(deadline)) errors.applicationDeadline = "Bitte geben Sie ein gültiges Datum ein.";
  if (deadline && freeSeats === null && !errors.freeSeats) errors.freeSeats = "Eine Bewerbungsfrist gibt es nur mit freien Plätzen.";
  if (hasErrors(errors)) return { ok: false as const, errors };
  await db
    .update(formats)
    .set({
      title,
      description: text(input.description).trim(),
      rule: { obligee, required, byModule: text(input.byModule) === "ja" },
      freeSeats,
      applicationDeadline: deadline || null,
    })
    .where(and(eq(formats.id, formatId), eq(formats.programId, programId)));
  return { ok: true as const };
}
