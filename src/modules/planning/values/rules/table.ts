import ExcelJS from "exceljs";
import { decodeText } from "./decode.ts";

/** A cell as read: text from a CSV or an XLSX text cell, a number from an XLSX number cell. */
export type Cell = string | number;

/**
 * A table read from a value file: its header and rows, each row with the line (CSV) or row (XLSX)
 * the user sees. A CSV row is split when it is read, not kept split: a million rows of kept cells
 * cost the garbage collector more than splitting each line again.
 */
export interface Table {
  header: string[];
  size: number;
  row(index: number): Cell[];
  line(index: number): number;
  /** The sheets of an XLSX file (empty for a CSV). */
  sheets: string[];
}

/** A table of rows already split (an XLSX sheet, a test). */
export function tableOfRows(header: string[], rows: Cell[][], lines: number[], sheets: string[] = []): Table {
  return { header, size: rows.length, row: (index) => rows[index]!, line: (index) => lines[index]!, sheets };
}

/** The first rows, for examples on the mapping page and in tests. */
export const firstRows = (table: Table, count: number) => Array.from({ length: Math.min(count, table.size) }, (_, index) => table.row(index));

const candidates = [";", "\t", ","] as const;

/** The delimiter of a CSV: the one found most often outside quotes in the header line (semicolon first on a tie). */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(candidates.map((c) => [c, 0]));
  let quoted = false;
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best: string = ";";
  for (const candidate of candidates) if (counts.get(candidate)! > counts.get(best)!) best = candidate;
  return best;
}

/** A quoted cell from the quote at `at`: its text, where reading goes on, and the line breaks inside it. */
function quotedCell(text: string, at: number): { cell: string; next: number; breaks: number } {
  let cell = "";
  let from = at + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) {
      cell += text.slice(from);
      from = text.length;
      break;
    }
    cell += text.slice(from, quote);
    if (text.charCodeAt(quote + 1) !== 34) {
      from = quote + 1;
      break;
    }
    cell += '"';
    from = quote + 2;
  }
  let breaks = 0;
  for (let index = cell.indexOf("\n"); index >= 0; index = cell.indexOf("\n", index + 1)) breaks++;
  return { cell, next: from, breaks };
}

/** Where the unquoted cell from `at` ends: at the delimiter or the end of the line. */
function cellEnd(text: string, at: number, separator: number): number {
  let end = at;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code === separator || code === 10 || code === 13) break;
    end++;
  }
  return end;
}

/** One record from `at` by the full rules (quotes may hold delimiters and line breaks): its cells, where the next begins, the line breaks read. */
function quotedRecord(text: string, at: number, separator: number): { cells: string[]; next: number; breaks: number } {
  const cells: string[] = [];
  let breaks = 0;
  for (;;) {
    if (text.charCodeAt(at) === 34) {
      const quoted = quotedCell(text, at);
      breaks += quoted.breaks;
      // Anything between the closing quote and the delimiter is dropped, as spreadsheets do.
      at = cellEnd(text, quoted.next, separator);
      cells.push(quoted.cell);
    } else {
      const end = cellEnd(text, at, separator);
      cells.push(text.slice(at, end));
      at = end;
    }
    const code = text.charCodeAt(at);
    at++;
    if (code === separator) continue;
    if (code === 13 && text.charCodeAt(at) === 10) at++;
    return { cells, next: at, breaks };
  }
}

/**
 * Reads a CSV (RFC 4180: quotes around cells, "" inside them, line breaks inside quotes). Blank
 * lines are skipped; each row keeps the line it starts on, so messages name the line a text
 * editor shows. Lines without a quote are split directly, which keeps a million rows fast.
 */
export function parseCsv(input: string, delimiter = detectDelimiter(input)): Table {
  const text = input.includes("\n") || !input.includes("\r") ? input : input.replaceAll("\r", "\n");
  const records: (string | string[])[] = [];
  const lines: number[] = [];
  const separator = delimiter.charCodeAt(0);
  let line = 1;
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf("\n", at);
    if (end < 0) end = text.length;
    const raw = text.slice(at, end > at && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    if (raw.includes('"')) {
      const record = quotedRecord(text, at, separator);
      records.push(record.cells);
      lines.push(line);
      line += 1 + record.breaks;
      at = record.next;
      continue;
    }
    if (raw !== "") {
      records.push(raw);
      lines.push(line);
    }
    line++;
    at = end + 1;
  }
  const split = (record: string | string[]) => (typeof record === "string" ? record.split(delimiter) : record);
  const header = records.length > 0 ? split(records[0]!).map((name) => name.trim()) : [];
  return { header, size: Math.max(0, records.length - 1), row: (index) => split(records[index + 1]!), line: (index) => lines[index + 1]!, sheets: [] };
}

/** The cell's value as our tables take it: numbers stay numbers, formulas give their result, rich text its text. */
function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return value;
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "1" : "0";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("result" in value) return cellValue(value.result as ExcelJS.CellValue);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("text" in value) return String(value.text);
  return "";
}

/** Reads the first sheet of an XLSX, or the sheet named; null when the file is no XLSX or the sheet is missing. */
export async function readXlsx(bytes: Uint8Array, sheetName?: string): Promise<Table | { error: string }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    return { error: "Die Datei lässt sich nicht als Excel-Arbeitsmappe (XLSX) lesen." };
  }
  const sheets = workbook.worksheets.map((sheet) => sheet.name);
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!sheet) return { error: sheetName ? `Die Arbeitsmappe hat kein Blatt „${sheetName}“.` : "Die Arbeitsmappe hat kein Tabellenblatt." };
  const rows: Cell[][] = [];
  const lines: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellValue(row.getCell(column).value));
    if (cells.some((cell) => cell !== "")) {
      rows.push(cells);
      lines.push(rowNumber);
    }
  });
  const header = (rows.shift() ?? []).map((name) => String(name).trim());
  lines.shift();
  return tableOfRows(header, rows, lines, sheets);
}

/** An XLSX is a zip archive: it starts with "PK". */
export const isXlsx = (bytes: Uint8Array) => bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;

/** Reads a value file: an XLSX (its first sheet or the one named), otherwise a CSV in UTF-8 or Windows-1252. */
export async function readTable(bytes: Uint8Array, sheetName?: string): Promise<Table | { error: string }> {
  if (isXlsx(bytes)) return readXlsx(bytes, sheetName);
  if (bytes.includes(0)) return { error: "Die Datei ist weder eine CSV-Datei noch eine Excel-Arbeitsmappe (XLSX)." };
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { error: decoded.message };
  const table = parseCsv(decoded.text);
  if (table.header.length === 0) return { error: "Die Datei ist leer." };
  return table;
}
