import { test } from "node:test";
import assert from "node:assert/strict";
import ExcelJS from "exceljs";
import { valueMarks } from "../../reference.ts";
import { decodeText } from "./decode.ts";
import { detectDelimiter, firstRows, parseCsv, readXlsx } from "./table.ts";
import { numberStyle, readCases, readNumber } from "./numbers.ts";
import { genesisSuggestion, longTableMapping } from "./mapping.ts";
import { collectValues, type ImportContext } from "./collect.ts";

const windows1252 = (text: string) => Buffer.from([...text].map((char) => char.charCodeAt(0)));

test("Windows-1252 bytes keep their umlauts", () => {
  // "Südstadt" in Windows-1252: ü is the single byte 0xFC, invalid as UTF-8.
  const decoded = decodeText(windows1252("Gebiet;Name\n01;Südstadt\n02;Groß Öhringen\n"));
  assert.ok(decoded.ok);
  assert.equal(decoded.encoding, "Windows-1252");
  assert.match(decoded.text, /Südstadt/);
  assert.match(decoded.text, /Groß Öhringen/);
});

test("UTF-8 with and without BOM is read alike, the BOM dropped", () => {
  const plain = Buffer.from("Gebiet;Name\n01;Südstadt\n", "utf8");
  const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]);
  for (const bytes of [plain, withBom]) {
    const decoded = decodeText(bytes);
    assert.ok(decoded.ok);
    assert.equal(decoded.text, "Gebiet;Name\n01;Südstadt\n");
  }
  assert.deepEqual(parseCsv((decodeText(withBom) as { text: string }).text).header, ["Gebiet", "Name"]);
});

test("a file mixing UTF-8 and Windows-1252 lines names the first line that differs", () => {
  const bytes = Buffer.concat([Buffer.from("Gebiet;Name\n01;Südstadt\n02;Nord\n", "utf8"), windows1252("03;Weiße Mühle\n")]);
  const decoded = decodeText(bytes);
  assert.equal(decoded.ok, false);
  assert.match((decoded as { message: string }).message, /Zeile 4 ist Windows-1252/);
});

test("delimiters: semicolon, comma and tab are detected; quotes hold delimiters, quotes and line breaks", () => {
  assert.equal(detectDelimiter("a;b;c\n1;2;3"), ";");
  assert.equal(detectDelimiter("a,b,c\n1,2,3"), ",");
  assert.equal(detectDelimiter("a\tb\tc\n"), "\t");
  assert.equal(detectDelimiter('"a;b",c,d\n'), ",");
  const table = parseCsv('Gebiet;Name;Wert\r\n01;"Alt; ""Neu""\nstadt";"1.234,5"\r\n\r\n02;Ost;7\r\n');
  assert.deepEqual(table.header, ["Gebiet", "Name", "Wert"]);
  assert.deepEqual(firstRows(table, 5), [
    ["01", 'Alt; "Neu"\nstadt', "1.234,5"],
    ["02", "Ost", "7"],
  ]);
  // The second row starts on line 5: line 2 and 3 are the first row, 4 is blank.
  assert.deepEqual([table.line(0), table.line(1)], [2, 5]);
});

test("German numbers: decimal comma and thousands points; English ones in a German file are refused", () => {
  assert.equal(numberStyle(["1.234,5", "12"]), "comma");
  assert.deepEqual(readNumber("1.234,5", "comma"), { value: 1234.5, mark: valueMarks.value });
  assert.deepEqual(readNumber("1234,5", "comma"), { value: 1234.5, mark: valueMarks.value });
  assert.deepEqual(readNumber("-0,25", "comma"), { value: -0.25, mark: valueMarks.value });
  assert.deepEqual(readNumber("1.234.567", "comma"), { value: 1234567, mark: valueMarks.value });
  assert.deepEqual(readNumber("42", "comma"), { value: 42, mark: valueMarks.value });
  const english = readNumber("1,234.5", "comma");
  assert.ok("error" in english);
  assert.match(english.error, /englischer Schreibweise/);
  assert.ok("error" in readNumber("12.5", "comma"));
  assert.ok("error" in readNumber("zwölf", "comma"));
});

test("1.234 alone: thousands in a German file, a decimal point only when the file's other numbers use points", () => {
  assert.equal(numberStyle(["1.234", "17", "3,5"]), "comma");
  assert.equal(numberStyle(["1.234", "17"]), "comma");
  assert.deepEqual(readNumber("1.234", "comma"), { value: 1234, mark: valueMarks.value });
  assert.equal(numberStyle(["1.234", "12.5"]), "point");
  assert.deepEqual(readNumber("1.234", "point"), { value: 1.234, mark: valueMarks.value });
});

test("placeholders of official statistics become marks; '-' is zero", () => {
  assert.deepEqual(readNumber(".", "comma"), { value: Number.NaN, mark: valueMarks.secret });
  assert.deepEqual(readNumber("-", "comma"), { value: 0, mark: valueMarks.nothing });
  assert.deepEqual(readNumber("x", "comma"), { value: Number.NaN, mark: valueMarks.blocked });
  assert.deepEqual(readNumber("…", "comma"), { value: Number.NaN, mark: valueMarks.notYet });
  assert.deepEqual(readNumber("...", "comma"), { value: Number.NaN, mark: valueMarks.notYet });
  assert.deepEqual(readNumber("/", "comma"), { value: Number.NaN, mark: valueMarks.notYet });
  assert.deepEqual(readNumber("", "comma"), { value: Number.NaN, mark: valueMarks.missing });
  assert.deepEqual(readCases("12", "comma"), { cases: 12 });
  assert.ok("error" in readCases("-3", "comma"));
  assert.deepEqual(readCases(".", "comma"), { cases: -1 });
});

test("the long table is understood without a mapping, in any spelling; other columns are ignored", () => {
  const found = longTableMapping(["gebiet", " ZEITRAUM", "Indikator", "Wert", "Fallzahl", "Bemerkung"]);
  assert.ok(found);
  assert.deepEqual(found.mapping, {
    area: "gebiet",
    cases: "Fallzahl",
    values: [{ column: "Wert", indicator: { column: "Indikator" }, period: { column: " ZEITRAUM" } }],
  });
  assert.deepEqual(found.ignored, ["Bemerkung"]);
  assert.equal(longTableMapping(["Gebiet", "2023", "2024"]), null);
  assert.deepEqual(longTableMapping(["Gebiet", "Indikator", "Wert"], "2024")?.mapping.values[0]?.period, { fixed: "2024" });
});

const context: ImportContext = {
  areas: new Map([
    ["0101", 0],
    ["0102", 1],
    ["0201", 2],
  ]),
  length: 3,
  oldKeys: new Set(["0999"]),
  indicators: new Map([
    ["einwohner", 1],
    ["u18", 2],
  ]),
};

test("a GENESIS flat file (older layout) is read with the suggested area and period columns", async () => {
  const file = [
    "Statistik_Code;Statistik_Label;Zeit_Code;Zeit_Label;Zeit;1_Merkmal_Code;1_Merkmal_Label;1_Auspraegung_Code;1_Auspraegung_Label;BEVSTD__Bevoelkerungsstand__Anzahl;BEVSTD__Bevoelkerungsstand__q",
    "12411;Fortschreibung;STAG;Stichtag;2024;GEMEINDE;Gemeinden;0101;Südstadt;12.345;e",
    "12411;Fortschreibung;STAG;Stichtag;2024;GEMEINDE;Gemeinden;0102;Nord;.;e",
    "12411;Fortschreibung;STAG;Stichtag;2024;GEMEINDE;Gemeinden;0201;Ost;-;e",
  ].join("\n");
  const table = parseCsv(file);
  const suggestion = genesisSuggestion(table.header, table.row(0));
  assert.deepEqual(suggestion, { area: "1_Auspraegung_Code", period: "Zeit", valueColumns: ["BEVSTD__Bevoelkerungsstand__Anzahl"] });
  const mapping = {
    area: "1_Auspraegung_Code",
    values: [{ column: "BEVSTD__Bevoelkerungsstand__Anzahl", indicator: { fixed: "einwohner" }, period: { column: "Zeit" } }],
  };
  const { report, collected } = await collectValues(table, mapping, context);
  assert.equal(report.problemCount, 0);
  assert.deepEqual(report.counts, [{ indicator: "einwohner", period: "2024", values: 3 }]);
  assert.deepEqual([...collected[0]!.series.values], [12345, Number.NaN, 0]);
  assert.deepEqual([...collected[0]!.series.marks], [valueMarks.value, valueMarks.secret, valueMarks.nothing]);
  assert.ok(report.ignored.includes("BEVSTD__Bevoelkerungsstand__q"));
});

test("the newer GENESIS flat file layout is recognised too", () => {
  const header = [
    "statistics_code",
    "time",
    "1_variable_code",
    "1_variable_attribute_code",
    "1_variable_attribute_label",
    "value",
    "value_unit",
    "value_variable_code",
    "value_q",
  ];
  assert.deepEqual(genesisSuggestion(header, ["12411", "2024", "GEMEINDE", "0101", "Süd", "5", "Anzahl", "BEVSTD", "e"]), {
    area: "1_variable_attribute_code",
    period: "time",
    indicator: "value_variable_code",
    valueColumns: ["value"],
  });
});

test("every problem has its line and column: unknown keys (with the leading-zero hint), old cut, duplicates, bad numbers", async () => {
  const file = [
    "Gebiet;Zeitraum;Indikator;Wert;Fallzahl",
    "0101;2024;u18;10;5",
    "101;2024;u18;3;",
    "0999;2024;u18;4;",
    "0101;2024;u18;11;",
    "0102;2024;kinder;2;",
    "0201;2024;u18;1,234.5;-2",
  ].join("\n");
  const table = parseCsv(file);
  const { report } = await collectValues(table, longTableMapping(table.header)!.mapping, context);
  const lines = report.problems.map((problem) => `${problem.line}:${problem.column}`);
  assert.deepEqual(lines, ["3:Gebiet", "4:Gebiet", "5:Wert", "6:Indikator", "7:Fallzahl", "7:Wert"]);
  assert.match(report.problems[0]!.message, /meinten Sie 0101\?/);
  assert.match(report.problems[1]!.message, /früheren Gebietsstand/);
  assert.match(report.problems[2]!.message, /Zeile 2/);
  assert.match(report.problems[4]!.message, /negativ/);
});

test("an XLSX sheet is read with its numeric and text cells", async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Hinweise").addRow(["Quelle: Statistikstelle"]);
  const sheet = workbook.addWorksheet("Werte");
  sheet.addRow(["Gebiet", "Zeitraum", "Indikator", "Wert"]);
  sheet.addRow(["0101", 2024, "einwohner", 1234.5]);
  sheet.addRow(["0102", "2024", "einwohner", "1.234,5"]);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  const table = await readXlsx(bytes, "Werte");
  assert.ok(!("error" in table));
  assert.deepEqual(table.sheets, ["Hinweise", "Werte"]);
  const { report, collected } = await collectValues(table, longTableMapping(table.header)!.mapping, context);
  assert.equal(report.problemCount, 0);
  assert.deepEqual([...collected[0]!.series.values], [1234.5, 1234.5, Number.NaN]);
  const first = await readXlsx(bytes);
  assert.ok(!("error" in first) && first.header[0] === "Quelle: Statistikstelle");
});
