import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { asList, checkPlainText, hasErrors, isIsoDate, text, type FieldErrors } from "../../../../platform/forms.ts";
import { checkIns } from "../../tables.ts";
import { isCohortMember, municipalityNames } from "../../queries/events.ts";

export const checkInTopics = [
  "Reflexion des Status quo",
  "Planung nächster Schritte",
  "Umgang mit Widerstand",
  "Beteiligung",
  "Zusammenarbeit mit Politik",
  "Daten und Berichte",
  "Sonstiges",
];

export interface CheckIn {
  id: number;
  municipalityId: number;
  municipalityName: string;
  heldOn: string;
  participants: string;
  topics: string[];
  notes: string;
  nextSteps: string;
}

export async function listCheckIns(db: Db, programId: number, municipalityId?: number): Promise<CheckIn[]> {
  const rows = await db
    .select({
      id: checkIns.id,
      municipalityId: checkIns.municipalityId,
      heldOn: checkIns.heldOn,
      participants: checkIns.participants,
      topics: checkIns.topics,
      notes: checkIns.notes,
      nextSteps: checkIns.nextSteps,
    })
    .from(checkIns)
    .where(and(eq(checkIns.programId, programId), municipalityId ? eq(checkIns.municipalityId, municipalityId) : undefined))
    .orderBy(desc(checkIns.heldOn), desc(checkIns.id));
  const names = await municipalityNames(
    db,
    rows.map((r) => r.municipalityId),
  );
  return rows.map((r) => ({ ...r, municipalityName: names.get(r.municipalityId)?.name ?? "" }));
}

export async function findCheckIn(db: Db, programId: number, id: number): Promise<CheckIn | null> {
  return (await listCheckIns(db, programId)).find((c) => c.id === id) ?? null;
}

/** Records or corrects a check-in; the date may not lie in the future, a check-in is recorded after it took place. */
export async function saveCheckIn(
  db: Db,
  programId: number,
  id: number | null,
  input: Record<string, unknown>,
  userId: number,
  today: string,
  errors: FieldErrors = {},
) {
  checkPlainText(input, ["participants", "notes", "nextSteps"], errors);
  const municipalityId = Number(text(input.municipalityId));
  if (!Number.isInteger(municipalityId) || !(await isCohortMember(db, programId, municipalityId)))
    errors.municipalityId = "Bitte wählen Sie eine Kommune der Kohorte.";
  const heldOn = text(input.heldOn);
  const valid = isIsoDate(heldOn);
  if (!valid) errors.heldOn = "Bitte geben Sie ein gültiges Datum ein.";
  else if (heldOn > today) errors.heldOn = "Ein Check-In wird nach dem Gespräch erfasst; das Datum darf nicht in der Zukunft liegen.";
  const topics = asList(input.topics);
  if (topics.some((t) => !checkInTopics.includes(t))) errors.topics = "Bitte wählen Sie nur Themen aus der Liste.";
  for (const [field, max] of [
    ["participants", 500],
    ["notes", 10000],
    ["nextSteps", 3000],
  ] as const) {
    if (text(input[field]).length > max && !errors[field]) errors[field] = `Bitte geben Sie höchstens ${max.toLocaleString("de-DE")} Zeichen ein.`;
  }
  if (hasErrors(errors)) return { ok: false as const, errors };
  const values = {
    programId,
    municipalityId,
    heldOn,
    participants: text(input.participants).trim(),
    topics,
    notes: text(input.notes).trim(),
    nextSteps: text(input.nextSteps).trim(),
    createdBy: userId,
    updatedAt: new Date(),
  };
  if (id === null) {
    const [row] = await db.insert(checkIns).values(values).returning({ id: checkIns.id });
    return { ok: true as const, id: row.id };
  }
  await db
    .update(checkIns)
    .set(values)
    .where(and(eq(checkIns.id, id), eq(checkIns.programId, programId)));
  return { ok: true as const, id };
}
