/**
 * CSV as German offices write it: Excel saves "CSV (Trennzeichen-getrennt)" with semicolons in
 * Windows-1252, "CSV UTF-8" with a byte order mark; other programs use commas and UTF-8 without one.
 */

const bom = "\uFEFF";

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (Node's own decoder treats both alike); undefined bytes stay as they are.
const windows1252High = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? windows1252High[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

/** The file's text: UTF-8 (with or without byte order mark) when its bytes are valid UTF-8, else Windows-1252. */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    return text.startsWith(bom) ? text.slice(1) : text;
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** The separator of the first line: a semicolon when it has one outside quotes, else a comma. */
function separatorOf(text: string): ";" | "," {
  const firstLine = text.split(/\r?\n/, 1)[0].replace(/"[^"]*"/g, "");
  return firstLine.includes(";") ? ";" : ",";
}

/** The rows of a CSV text, each a list of cells; quoted cells may hold separators, quotes ("") and line breaks. Empty lines are left out. */
export function parseCsv(text: string): string[][] {
  const separator = separatorOf(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endRow = () => {
    row.push(cell);
    if (row.some((value) => value.trim() !== "")) rows.push(row);
    row = [];
    cell = "";
  };
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (quoted) {
      if (char === '"' && text[at + 1] === '"') cell += text[++at];
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      row.push(cell);
      cell = "";
    } else if (char === "\n") endRow();
    else if (char !== "\r") cell += char;
  }
  if (cell !== "" || row.length > 0) endRow();
  return rows;
}

/** A cell for Excel: quoted when it holds a separator, quote or line break; a leading =, +, - or @ is kept from being read as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A CSV file that Excel in Germany opens as it is: UTF-8 with byte order mark, semicolons, CRLF line ends. */
export function toCsv(rows: string[][]): string {
  return bom + rows.map((row) => row.map(csvCell).join(";")).join("\r\n") + "\r\n";
}
