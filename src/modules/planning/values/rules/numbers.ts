import { valueMarks } from "../../reference.ts";
import type { Cell } from "./table.ts";

/**
 * How a file writes its numbers. "comma" (German: 1.234,5) unless no cell has a comma and some
 * cell has a point that cannot be a thousands point ("12.5", "3.14159"): then "point" (12.5).
 * So `1.234` alone is read as 1234 in a file of German numbers and as 1.234 only in a file whose
 * other numbers show that the point is its decimal sign. German offices write commas; a file
 * exported with points (an English GENESIS download, a script) shows it in its other numbers.
 */
export type NumberStyle = "comma" | "point";

const pointDecimal = /^[+-]?\d+\.\d+$/;
const thousandsPoints = /^[+-]?\d{1,3}(\.\d{3})+$/;

export function numberStyle(cells: Iterable<Cell>): NumberStyle {
  let pointSeen = false;
  for (const cell of cells) {
    if (typeof cell !== "string") continue;
    if (cell.includes(",")) return "comma";
    if (!pointSeen) {
      const text = cell.trim();
      pointSeen = pointDecimal.test(text) && !thousandsPoints.test(text);
    }
  }
  return pointSeen ? "point" : "comma";
}

export type ReadNumber = { value: number; mark: number } | { error: string };

/** The placeholders of official statistics (reference.ts, valueMarks). "-" means nothing, so its value is 0. */
const placeholders: Record<string, { value: number; mark: number }> = {
  ".": { value: Number.NaN, mark: valueMarks.secret },
  "-": { value: 0, mark: valueMarks.nothing },
  "–": { value: 0, mark: valueMarks.nothing },
  x: { value: Number.NaN, mark: valueMarks.blocked },
  X: { value: Number.NaN, mark: valueMarks.blocked },
  "…": { value: Number.NaN, mark: valueMarks.notYet },
  "...": { value: Number.NaN, mark: valueMarks.notYet },
  "/": { value: Number.NaN, mark: valueMarks.notYet },
};

const empty = { value: Number.NaN, mark: valueMarks.missing };
const commaPlain = /^[+-]?\d+(,\d+)?$/;
const commaGrouped = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/;
const pointSimple = /^[+-]?\d+(\.\d+)?$/;
const pointPlain = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const spaces = /[\s\u00a0\u202f]/g;

function commaNumber(text: string): ReadNumber {
  if (commaPlain.test(text)) return { value: Number(text.replace(",", ".")), mark: valueMarks.value };
  if (commaGrouped.test(text)) return { value: Number(text.replaceAll(".", "").replace(",", ".")), mark: valueMarks.value };
  if (/^[+-]?[\d,]+\.\d+$/.test(text) && text.includes(","))
    return {
      error: `„${text}“ ist in englischer Schreibweise. In dieser Datei steht das Komma vor den Nachkommastellen und der Punkt trennt Tausender, also z. B. „1.234,5“.`,
    };
  if (pointDecimal.test(text)) return { error: `„${text}“: In dieser Datei ist das Komma das Dezimalzeichen. Ist „${text.replace(".", ",")}“ gemeint?` };
  return { error: `„${text}“ ist keine Zahl.` };
}

/** A value cell: a number, a placeholder, or empty (no value); otherwise the German message why not. */
export function readNumber(cell: Cell, style: NumberStyle): ReadNumber {
  // The common case first, without trimming or copying: "12", "12,5" (or "12.5" in a file with decimal points).
  if (typeof cell === "string" && (style === "comma" ? commaPlain : pointSimple).test(cell)) {
    return { value: Number(style === "comma" ? cell.replace(",", ".") : cell), mark: valueMarks.value };
  }
  if (typeof cell === "number") return Number.isFinite(cell) ? { value: cell, mark: valueMarks.value } : { error: "Die Zelle enthält keine Zahl." };
  const trimmed = cell.trim();
  if (trimmed === "") return empty;
  const placeholder = placeholders[trimmed];
  if (placeholder) return placeholder;
  const text = trimmed.replace(spaces, "");
  if (style === "comma") return commaNumber(text);
  if (pointPlain.test(text)) return { value: Number(text), mark: valueMarks.value };
  return { error: `„${trimmed}“ ist keine Zahl.` };
}

/** A case count: a whole number of at least 0; empty or a placeholder means not given (-1). */
export function readCases(cell: Cell, style: NumberStyle): { cases: number } | { error: string } {
  const read = readNumber(cell, style);
  if ("error" in read) return read;
  if (read.mark !== valueMarks.value) return { cases: read.mark === valueMarks.nothing ? 0 : -1 };
  if (read.value < 0) return { error: `Die Fallzahl ${cell} ist negativ; Fallzahlen sind 0 oder größer.` };
  if (!Number.isInteger(read.value) || read.value > 2_147_483_647) return { error: `Die Fallzahl ${cell} ist keine ganze Zahl.` };
  return { cases: read.value };
}
