// Writes the sample files of the planning workbench into docs/examples/ (see its README.md):
// Schlotterbrück's areas as GeoJSON in EPSG:25832 and the values of the next year as a
// Windows-1252 CSV and as an XLSX. Run: npx tsx scripts/planning-examples.ts
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { unzipSync, zipSync, type Zippable } from "fflate";
import { exampleTown, exampleValues, sampleYear, starterCatalogue } from "../src/modules/planning/index.ts";

type Cell = ReturnType<typeof exampleValues>[string][string][number];

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "docs", "examples");
const town = exampleTown();
const period = String(sampleYear);
const values = exampleValues([sampleYear])[period]!;
const keys = starterCatalogue.map((indicator) => indicator.key);
const countKeys = new Set(starterCatalogue.filter((indicator) => indicator.unit === "Anzahl").map((indicator) => indicator.key));

/** The areas as QGIS exports them: EPSG:25832 named in the `crs` member, one feature per line. */
function geojson(): string {
  const features = town.areas.map((area) =>
    JSON.stringify({ type: "Feature", properties: { schluessel: area.key, name: area.name, bezirksregion: area.parentKey }, geometry: area.utm }),
  );
  const crs = JSON.stringify({ type: "name", properties: { name: "urn:ogc:def:crs:EPSG::25832" } });
  return `{\n"type": "FeatureCollection",\n"name": "schlotterbrueck_gebiete",\n"crs": ${crs},\n"features": [\n${features.join(",\n")}\n]\n}\n`;
}

/** A value as a German office writes it: thousands points for counts, a decimal comma, "." for secret and "x" for not sensible. */
function germanValue(key: string, cell: Cell): string {
  if (cell.mark === "secret") return ".";
  if (cell.mark === "blocked") return "x";
  const digits = countKeys.has(key) ? 0 : 1;
  return new Intl.NumberFormat("de-DE", { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(cell.value);
}

/** The long table: one row per area and indicator; the area's name is an extra column the import reports and ignores. */
function csv(): string {
  const rows = [["Gebiet", "Zeitraum", "Indikator", "Wert", "Fallzahl", "Gebietsname"]];
  for (const [index, area] of town.areas.entries()) {
    for (const key of keys) {
      const cell = values[key]![index]!;
      rows.push([area.key, period, key, germanValue(key, cell), cell.cases >= 0 ? String(cell.cases) : "", area.name]);
    }
  }
  return rows.map((row) => row.join(";")).join("\r\n") + "\r\n";
}

/** Characters of Windows-1252 outside Latin-1's printable range. */
const cp1252Extras: Record<string, number> = { "€": 0x80, "‚": 0x82, "„": 0x84, "…": 0x85, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "–": 0x96, "—": 0x97 };

/** Text as Windows-1252 bytes, as Excel on a German Windows saves "CSV (Trennzeichen-getrennt)". */
function windows1252(text: string): Buffer {
  return Buffer.from(
    Array.from(text, (char) => {
      const code = char.codePointAt(0)!;
      if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
      const extra = cp1252Extras[char];
      if (extra === undefined) throw new Error(`Zeichen ${char} gibt es in Windows-1252 nicht`);
      return extra;
    }),
  );
}

/** The wide table: one row per area, one column per indicator key, for one year. */
async function xlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const fixed = new Date(Date.UTC(2026, 0, 1));
  Object.assign(workbook, { creator: "K360", lastModifiedBy: "K360", created: fixed, modified: fixed });
  const sheet = workbook.addWorksheet(`Werte ${period}`);
  sheet.addRow(["Gebiet", ...keys]);
  for (const [index, area] of town.areas.entries()) {
    sheet.addRow([area.key, ...keys.map((key) => cellValue(values[key]![index]!))]);
  }
  sheet.getColumn(1).numFmt = "@";
  return sameBytesEachRun(Buffer.from(await workbook.xlsx.writeBuffer()), fixed);
}

/** exceljs stamps each zip entry with the current time; packed again with a fixed one, a run that changes nothing changes no byte. */
function sameBytesEachRun(archive: Buffer, time: Date): Buffer {
  const files: Zippable = {};
  for (const [name, data] of Object.entries(unzipSync(archive))) if (!name.endsWith("/")) files[name] = [data, { mtime: time }];
  return Buffer.from(zipSync(files, { level: 6 }));
}

const cellValue = (cell: Cell): number | string => (cell.mark === "secret" ? "." : cell.mark === "blocked" ? "x" : cell.value);

await writeFile(path.join(folder, "schlotterbrueck-gebiete.geojson"), geojson());
await writeFile(path.join(folder, `schlotterbrueck-werte-${period}.csv`), windows1252(csv()));
await writeFile(path.join(folder, `schlotterbrueck-werte-${period}.xlsx`), await xlsx());
console.log(`Beispieldateien in ${folder} geschrieben: ${town.areas.length} Gebiete, ${keys.length} Indikatoren, Zeitraum ${period}.`);
