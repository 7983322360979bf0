import { isEmail } from "../../../../platform/forms.ts";
import { parseDay } from "../../../../platform/http/schemas.ts";
import { importMessages as m } from "../texts.ts";

/** A row with its proof of consent: the address, the day of the consent and where it was given. */
export interface ImportRow {
  line: number;
  email: string;
  consentOn: string;
  source: string;
}

/** A row refused, with its line in the file (the header is line 1) and why, in German. */
export interface RowProblem {
  line: number;
  email: string;
  message: string;
}

export const maxImportRows = 5000;
export const maxSourceLength = 200;

/** How a column may be headed, lowercased and without spaces, hyphens and colons. */
const headings = {
  email: ["email", "emailadresse", "mail", "mailadresse", "adresse"],
  consentOn: ["einwilligungam", "einwilligungsdatum", "datumdereinwilligung", "einwilligung", "eingewilligtam"],
  source: ["quelle", "herkunft", "quelledereinwilligung", "wieeingewilligt"],
};
type Column = keyof typeof headings;

const key = (heading: string) => heading.toLowerCase().replace(/[\s\-_:.]/g, "");
const cleanCell = (value: string | undefined) => (value ?? "").replace(/[\u0000-\u001F\u007F-\u009F]/g, " ").trim();

/** Where each needed column is, or the German message for a header that lacks one. */
export function findColumns(header: string[]): Record<Column, number> | string {
  const keys = header.map(key);
  const found = Object.fromEntries(Object.entries(headings).map(([column, names]) => [column, keys.findIndex((k) => names.includes(k))])) as Record<
    Column,
    number
  >;
  if (found.email < 0) return m.noEmailColumn;
  if (found.consentOn < 0 || found.source < 0) return m.noProofColumns;
  return found;
}

/** Why a row cannot be imported, or null: every row needs an address and its proof (a day not in the future and a source). */
function rowProblem(email: string, day: string | null, rawDay: string, source: string, today: string): string | null {
  if (!isEmail(email) || email.length > 254) return m.email;
  if (!rawDay && !source) return m.noProof;
  if (!rawDay) return m.noDay;
  if (!day) return m.badDay(rawDay);
  if (day > today) return m.futureDay;
  if (!source) return m.noSource;
  if (source.length > maxSourceLength || /[<>]/.test(source)) return m.badSource;
  return null;
}

/**
 * Reads an import file's rows (the header first): the rows with a proof of consent and a German
 * report of every other row. An address twice in the file counts once. `today` is the German day.
 */
export function checkImportRows(table: string[][], today: string): { rows: ImportRow[]; problems: RowProblem[] } | { error: string } {
  if (table.length < 2) return { error: m.empty };
  if (table.length - 1 > maxImportRows) return { error: m.tooMany };
  const columns = findColumns(table[0]);
  if (typeof columns === "string") return { error: columns };
  const rows: ImportRow[] = [];
  const problems: RowProblem[] = [];
  const seen = new Set<string>();
  table.slice(1).forEach((cells, index) => {
    const line = index + 2;
    const email = cleanCell(cells[columns.email]).toLowerCase();
    const rawDay = cleanCell(cells[columns.consentOn]);
    const source = cleanCell(cells[columns.source]);
    const day = parseDay(rawDay);
    const problem = rowProblem(email, day, rawDay, source, today) ?? (seen.has(email) ? m.twice : null);
    if (problem) problems.push({ line, email: email.slice(0, 254), message: problem });
    else {
      rows.push({ line, email, consentOn: day!, source });
      seen.add(email);
    }
  });
  return { rows, problems };
}
