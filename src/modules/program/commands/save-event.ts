import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { checkPlainText, hasErrors, isIsoDate, text, type FieldErrors } from "../../../platform/forms.ts";
import { eventDays, events, formats, registrations } from "../tables.ts";
import { audiences, seatHolding } from "../reference.ts";
import { isCohortMember, listEvents } from "../queries/events.ts";

export const dayRows = 6;
const time = /^([01]\d|2[0-3]):[0-5]\d$/;

export interface DayInput {
  date: string;
  startsAt: string | null;
  endsAt: string | null;
}

const validDate = isIsoDate;

/** Days come as numbered rows (d0_date, d0_start, d0_end …); empty rows are dropped. */
export function readDays(input: Record<string, unknown>, errors: FieldErrors): DayInput[] {
  const days: DayInput[] = [];
  for (let index = 0; index < dayRows; index++) {
    const date = text(input[`d${index}_date`]).trim();
    const start = text(input[`d${index}_start`]).trim();
    const end = text(input[`d${index}_end`]).trim();
    if (!date && !start && !end) continue;
    if (!validDate(date)) errors[`d${index}_date`] = "Bitte geben Sie ein gültiges Datum ein.";
    if (start && !time.test(start)) errors[`d${index}_start`] = "Bitte geben Sie die Uhrzeit als SS:MM ein, z. B. 09:30.";
    if (end && !time.test(end)) errors[`d${index}_end`] = "Bitte geben Sie die Uhrzeit als SS:MM ein, z. B. 16:00.";
    if (start && end && time.test(start) && time.test(end) && end <= start) errors[`d${index}_end`] = "Das Ende muss nach dem Beginn liegen.";
    days.push({ date, startsAt: start || null, endsAt: end || null });
  }
  if (days.length === 0) errors.d0_date = "Bitte geben Sie mindestens einen Tag an.";
  const seen = new Set<string>();
  days.forEach((day, index) => {
    if (seen.has(day.date)) errors[`d${index}_date`] = "Dieser Tag ist schon eingetragen: Tage eines Termins dürfen sich nicht überschneiden.";
    seen.add(day.date);
  });
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

function optionalDate(value: string, field: string, errors: FieldErrors): string | null {
  if (!value) return null;
  if (!validDate(value)) errors[field] = "Bitte geben Sie ein gültiges Datum ein.";
  return value;
}

/** Creates or changes an event after checking it against the format's rules and the registrations it already has. */
export async function saveEvent(
  db: Db,
  programId: number,
  eventId: number | null,
  input: Record<string, unknown>,
  errors: FieldErrors = {},
): Promise<{ ok: true; id: number } | { ok: false; errors: FieldErrors }> {
  checkPlainText(input, ["title", "place", "description", "speakers"], errors);
  const title = text(input.title).trim();
  if (!title && !errors.title) errors.title = "Bitte geben Sie einen Titel ein.";
  const [format] = await db
    .select()
    .from(formats)
    .where(and(eq(formats.id, Number(text(input.formatId)) || -1), eq(formats.programId, programId)));
  if (!format) errors.formatId = "Bitte wählen Sie ein Format aus der Liste.";
  const audience = text(input.audience);
  if (!(audience in audiences)) errors.audience = "Bitte wählen Sie aus, für wen der Termin ist.";
  const moduleText = text(input.moduleNumber).trim();
  const moduleNumber = moduleText ? Number(moduleText) : null;
  if (format?.rule.byModule && !(moduleNumber && Number.isInteger(moduleNumber) && moduleNumber >= 1 && moduleNumber <= format.rule.required)) {
    errors.moduleNumber = `Bitte geben Sie die Nummer des Moduls an (1 bis ${format.rule.required}).`;
  } else if (!format?.rule.byModule && moduleNumber !== null) errors.moduleNumber = "Nur Lernpfade haben Module.";
  const municipalityText = text(input.municipalityId);
  const municipalityId = municipalityText ? Number(municipalityText) : null;
  if (municipalityId !== null && !(await isCohortMember(db, programId, municipalityId))) errors.municipalityId = "Bitte wählen Sie eine Kommune der Kohorte.";
  const capacityText = text(input.capacity).trim();
  const capacity = capacityText ? Number(capacityText) : null;
  if (capacity !== null && !(Number.isInteger(capacity) && capacity >= 1 && capacity <= 10000))
    errors.capacity = "Bitte geben Sie eine ganze Zahl von 1 bis 10.000 ein, oder lassen Sie das Feld leer.";
  const onlineUrl = text(input.onlineUrl).trim();
  if (onlineUrl && !/^https:\/\/[^\s<>]+$/.test(onlineUrl)) errors.onlineUrl = "Bitte geben Sie eine vollständige Adresse ein, die mit https:// beginnt.";
  const opens = optionalDate(text(input.registrationOpensOn), "registrationOpensOn", errors);
  const closes = optionalDate(text(input.registrationClosesOn), "registrationClosesOn", errors);
  const days = readDays(input, errors);
  if (opens && closes && closes < opens) errors.registrationClosesOn = "Die Anmeldefrist darf nicht vor dem Anmeldebeginn enden.";
  if (closes && days[0] && closes > days[0].date && !errors.registrationClosesOn)
    errors.registrationClosesOn = "Die Anmeldefrist muss spätestens am ersten Veranstaltungstag enden.";
  if (format?.rule.byModule && moduleNumber && !hasErrors(errors)) await checkModuleOrder(db, programId, format.id, eventId, moduleNumber, days, errors);
  if (eventId !== null && capacity !== null && !errors.capacity) {
    const [taken] = await db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(registrations)
      .where(and(eq(registrations.eventId, eventId), inArray(registrations.status, [...seatHolding])));
    if (taken.n > capacity) errors.capacity = `Es gibt bereits ${taken.n} feste Anmeldungen; die Kapazität darf nicht darunter liegen.`;
  }
  if (hasErrors(errors)) return { ok: false, errors };
  const values = {
    programId,
    formatId: format.id,
    title,
    moduleNumber,
    municipalityId,
    place: text(input.place).trim(),
    onlineUrl,
    capacity,
    audience,
    registrationOpensOn: opens,
    registrationClosesOn: closes,
    description: text(input.description).trim(),
    speakers: text(input.speakers).trim(),
    cancelled: text(input.cancelled) === "ja",
    updatedAt: new Date(),
  };
  const id = await db.transaction(async (tx) => {
    let id = eventId;
    if (id === null) [{ id }] = await tx.insert(events).values(values).returning({ id: events.id });
    else await tx.update(events).set(values).where(eq(events.id, id));
    const existing = await tx.select().from(eventDays).where(eq(eventDays.eventId, id!));
    const keep = new Set<number>();
    for (const day of days) {
      const same = existing.find((e) => e.date === day.date);
      if (same) {
        keep.add(same.id);
        await tx.update(eventDays).set(day).where(eq(eventDays.id, same.id));
      } else await tx.insert(eventDays).values({ ...day, eventId: id! });
    }
    const gone = existing.filter((e) => !keep.has(e.id)).map((e) => e.id);
    if (gone.length) await tx.delete(eventDays).where(inArray(eventDays.id, gone));
    return id!;
  });
  return { ok: true, id };
}

/** Module n of a training path must lie after module n-1 and before module n+1. */
async function checkModuleOrder(db: Db, programId: number, formatId: number, eventId: number | null, count: number, days: DayInput[], errors: FieldErrors) {
  const others = (await listEvents(db, programId)).filter(
    (e) => e.formatId === formatId && e.id !== eventId && !e.cancelled && e.moduleNumber !== null && e.days.length,
  );
  const first = days[0].date;
  const last = days.at(-1)!.date;
  const before = others.filter((e) => e.moduleNumber! < count);
  const after = others.filter((e) => e.moduleNumber! > count);
  const latestBefore = before
    .flatMap((e) => e.days.map((d) => d.date))
    .sort()
    .at(-1);
  const earliestAfter = after.flatMap((e) => e.days.map((d) => d.date)).sort()[0];
  if (latestBefore && first <= latestBefore)
    errors.d0_date = `Modul ${count} muss nach dem vorherigen Modul liegen (dieses endet am ${latestBefore.split("-").reverse().join(".")}).`;
  else if (earliestAfter && last >= earliestAfter)
    errors.d0_date = `Modul ${count} muss vor dem nächsten Modul liegen (dieses beginnt am ${earliestAfter.split("-").reverse().join(".")}).`;
}
