import type { RegistrationRow } from "../queries/events.ts";
import { registrationLabel } from "./parts.tsx";
import { xlsxWorkbook } from "./xlsx.ts";

const header = ["Name", "E-Mail-Adresse", "Kommune", "Stand", "Angemeldet am"];
const berlinTime = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", dateStyle: "medium", timeStyle: "short" });

/** The participant list as rows of text, in the order the registrations came in. */
function participantRows(registrations: RegistrationRow[]): string[][] {
  return [header, ...registrations.map((r) => [r.name, r.email, r.municipalityName ?? "", registrationLabel(r.status), berlinTime.format(r.createdAt)])];
}

/** A cell a spreadsheet would read as a formula gets a leading apostrophe; quotes, semicolons and line breaks are quoted. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV as German Excel opens it: UTF-8 with a byte order mark, semicolons, CRLF. */
export function participantsCsv(registrations: RegistrationRow[]): string {
  return `\uFEFF${participantRows(registrations)
    .map((row) => row.map(csvCell).join(";"))
    .join("\r\n")}\r\n`;
}

export function participantsXlsx(title: string, registrations: RegistrationRow[]): Buffer {
  return xlsxWorkbook(title, participantRows(registrations));
}
