import ExcelJS from "exceljs";
import type { AnalysisResult } from "../queries.ts";
import { exportColumns, exportRows } from "./exports.ts";

/** The export as an Excel workbook: one sheet "Analyse" with the CSV's columns; numbers stay numbers, a hidden value an empty cell. */
export async function analysisXlsx(result: AnalysisResult): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "K360";
  const sheet = workbook.addWorksheet("Analyse");
  sheet.addRow(exportColumns(result));
  sheet.getRow(1).font = { bold: true };
  for (const row of exportRows(result)) sheet.addRow(row.map((cell) => (cell === null ? undefined : cell)));
  // The area key stays text: leading zeros matter.
  sheet.getColumn(1).numFmt = "@";
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
