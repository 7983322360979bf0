import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeCsv, parseCsv, toCsv } from "./csv.ts";

test("Excel's CSV in Windows-1252 keeps its umlauts and ß", () => {
  const bytes = Buffer.from([
    0x45, 0x2d, 0x4d, 0x61, 0x69, 0x6c, 0x3b, 0x51, 0x75, 0x65, 0x6c, 0x6c, 0x65, 0x0d, 0x0a, 0x61, 0x40, 0x62, 0x2e, 0x64, 0x65, 0x3b, 0x46, 0xfc, 0xdf, 0x65,
    0x20, 0x84, 0x4b, 0x93,
  ]);
  assert.equal(decodeCsv(bytes), "E-Mail;Quelle\r\na@b.de;Füße „K“");
});

test("UTF-8 with and without byte order mark reads the same", () => {
  const text = "E-Mail;Quelle\na@b.de;Jugendhilfeausschuss Köln";
  assert.equal(decodeCsv(Buffer.from(`\uFEFF${text}`, "utf8")), text);
  assert.equal(decodeCsv(Buffer.from(text, "utf8")), text);
});

test("semicolons or commas, quoted cells with separators, quotes and line breaks, CRLF and empty lines", () => {
  assert.deepEqual(parseCsv('E-Mail;Einwilligung am;Quelle\r\na@b.de;14.03.2025;"Fachtag; Raum ""Rhein""\nBonn"\r\n\r\n;;\r\nc@d.de;1.2.2025;Liste'), [
    ["E-Mail", "Einwilligung am", "Quelle"],
    ["a@b.de", "14.03.2025", 'Fachtag; Raum "Rhein"\nBonn'],
    ["c@d.de", "1.2.2025", "Liste"],
  ]);
  assert.deepEqual(parseCsv('E-Mail,Einwilligung am,Quelle\na@b.de,14.03.2025,"Fachtag, Bonn"'), [
    ["E-Mail", "Einwilligung am", "Quelle"],
    ["a@b.de", "14.03.2025", "Fachtag, Bonn"],
  ]);
});

test("the export has a byte order mark, semicolons, quotes where needed and no formulas", () => {
  assert.equal(
    toCsv([
      ["E-Mail", "Quelle"],
      ["a@b.de", 'Liste "A"; Bonn'],
      ["c@d.de", "=HYPERLINK()"],
    ]),
    '\uFEFFE-Mail;Quelle\r\na@b.de;"Liste ""A""; Bonn"\r\nc@d.de;\'=HYPERLINK()\r\n',
  );
});
