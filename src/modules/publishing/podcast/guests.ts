import type { Db } from "../../../db/client.ts";
import { checkPlainText, text, type FieldErrors } from "../../../platform/forms.ts";
import type { Guest } from "./tables.ts";
import { foldForSearch } from "../../../platform/search/fold.ts";
import { findMunicipality, listMunicipalities, listMunicipalitiesByIds } from "../../municipalities/index.ts";

export const guestRows = 4;
type Part = "Name" | "Role" | "Municipality";
export const guestField = (row: number, part: Part) => `guest${row}${part}`;
const limits: Record<Part, number> = { Name: 120, Role: 150, Municipality: 120 };

/** The municipality an editor typed (its name or AGS) in the directory; none or several → a German message. */
async function resolveMunicipality(db: Db, typed: string): Promise<{ id: number } | { error: string }> {
  const wanted = foldForSearch(typed);
  const { items, suggestions } = await listMunicipalities(db, { q: typed });
  const match = items.find((m) => foldForSearch(m.name) === wanted || m.ags === typed) ?? (items.length === 1 ? items[0] : undefined);
  const found = match ? await findMunicipality(db, match.ags) : null;
  if (found) return { id: found.id };
  const names = (items.length ? items : suggestions).slice(0, 5).map((m) => m.name);
  if (items.length > 1) return { error: `Mehrere Kommunen passen: ${names.join(", ")}. Bitte schreiben Sie den Namen genauer.` };
  return {
    error: names.length
      ? `Keine Kommune mit diesem Namen gefunden. Meinten Sie: ${names.join(", ")}?`
      : "Keine Kommune mit diesem Namen oder Gemeindeschlüssel gefunden.",
  };
}

/** The guests of the form's rows; empty rows are skipped, every problem lands on its field. */
export async function readGuests(db: Db, input: Record<string, unknown>, errors: FieldErrors): Promise<Guest[]> {
  const guests: Guest[] = [];
  for (let row = 1; row <= guestRows; row++) {
    const fields = { Name: guestField(row, "Name"), Role: guestField(row, "Role"), Municipality: guestField(row, "Municipality") };
    checkPlainText(input, Object.values(fields), errors);
    const value = (part: Part) => text(input[fields[part]]).trim();
    for (const part of ["Name", "Role", "Municipality"] as const) {
      if (value(part).length > limits[part] && !errors[fields[part]]) errors[fields[part]] = `Bitte geben Sie höchstens ${limits[part]} Zeichen ein.`;
    }
    if (!value("Name") && !value("Role") && !value("Municipality")) continue;
    if (!value("Name") && !errors[fields.Name]) errors[fields.Name] = "Bitte geben Sie den Namen des Gastes ein.";
    let municipalityId: number | null = null;
    if (value("Municipality") && !errors[fields.Municipality]) {
      const found = await resolveMunicipality(db, value("Municipality"));
      if ("error" in found) errors[fields.Municipality] = found.error;
      else municipalityId = found.id;
    }
    guests.push({ name: value("Name"), role: value("Role"), municipalityId });
  }
  return guests;
}

/** The form's guest fields for stored guests, with each municipality written by its name. */
export async function guestValues(db: Db, guests: Guest[]): Promise<Record<string, string>> {
  const places = new Map(
    (
      await listMunicipalitiesByIds(
        db,
        guests.flatMap((g) => (g.municipalityId ? [g.municipalityId] : [])),
      )
    ).map((m) => [m.id, m.name]),
  );
  return Object.fromEntries(
    guests.slice(0, guestRows).flatMap((g, i) => [
      [guestField(i + 1, "Name"), g.name],
      [guestField(i + 1, "Role"), g.role],
      [guestField(i + 1, "Municipality"), g.municipalityId ? (places.get(g.municipalityId) ?? "") : ""],
    ]),
  );
}
