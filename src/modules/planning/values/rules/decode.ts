/**
 * Turns the bytes of a value file into text. German offices send UTF-8 (with or without BOM) and
 * Windows-1252; a file whose lines mix both (a table pasted together from two sources) is refused,
 * because every guess would mangle one half's umlauts.
 */
export type Decoded = { ok: true; text: string; encoding: "UTF-8" | "Windows-1252" } | { ok: false; message: string };

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
const windows1252 = new TextDecoder("windows-1252");

/** Length of the UTF-8 sequence at `at`, or 0 when the bytes there are not one. */
function sequenceLength(bytes: Uint8Array, at: number, end: number): number {
  const lead = bytes[at]!;
  const length = lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 && lead < 0xe0 ? 2 : 0;
  if (length === 0 || at + length > end) return 0;
  for (let next = at + 1; next < at + length; next++) if ((bytes[next]! & 0xc0) !== 0x80) return 0;
  return length;
}

/** "ascii" (no byte above 127), "utf8" (valid multi-byte sequences) or "other" (not UTF-8: a single-byte code page). */
function lineKind(bytes: Uint8Array, start: number, end: number): "ascii" | "utf8" | "other" {
  let kind: "ascii" | "utf8" = "ascii";
  for (let at = start; at < end; at++) {
    if (bytes[at]! < 0x80) continue;
    const length = sequenceLength(bytes, at, end);
    if (length === 0) return "other";
    kind = "utf8";
    at += length - 1;
  }
  return kind;
}

/** The first line (1-based) whose encoding differs from the first line with umlauts, when lines mix UTF-8 and Windows-1252. */
function firstMixedLine(bytes: Uint8Array): { line: number; first: string; other: string } | null {
  let firstKind: "utf8" | "other" | null = null;
  let line = 1;
  let start = 0;
  for (let at = 0; at <= bytes.length; at++) {
    if (at < bytes.length && bytes[at] !== 0x0a) continue;
    const kind = lineKind(bytes, start, at);
    if (kind !== "ascii") {
      if (firstKind === null) firstKind = kind;
      else if (kind !== firstKind) {
        const name = (k: string) => (k === "utf8" ? "UTF-8" : "Windows-1252");
        return { line, first: name(firstKind), other: name(kind) };
      }
    }
    line++;
    start = at + 1;
  }
  return null;
}

export function decodeText(bytes: Uint8Array): Decoded {
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: strictUtf8.decode(body), encoding: "UTF-8" };
  } catch {
    const mixed = firstMixedLine(body);
    if (mixed) {
      return {
        ok: false,
        message: `Die Datei mischt zwei Zeichenkodierungen: Die ersten Zeilen mit Umlauten sind ${mixed.first}, Zeile ${mixed.line} ist ${mixed.other}. Bitte speichern Sie die Datei einheitlich (am besten als UTF-8) und laden Sie sie erneut hoch.`,
      };
    }
    return { ok: true, text: windows1252.decode(body), encoding: "Windows-1252" };
  }
}
