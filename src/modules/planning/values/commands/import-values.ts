import { setImmediate as nextTurn } from "node:timers/promises";
import { eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { planningImports, planningUploads } from "../../tables.ts";
import { loadSeries, saveSeries, seriesKey } from "../../queries.ts";
import { importContext } from "../queries.ts";
import { collectValues, valueCount, type Collected, type Report } from "../rules/collect.ts";
import type { Mapping } from "../rules/mapping.ts";
import type { Table } from "../rules/table.ts";
import { importTexts } from "../texts.ts";

export type ImportOutcome = { ok: boolean; report: Report };

/** Imports with more values than this run after the response, with a progress page. */
export const backgroundAbove = 10_000;
const progressEvery = 10_000;

const failedReport = (message: string, total = 0): Report => ({
  problems: [{ line: 0, column: "", message }],
  problemCount: 1,
  counts: [],
  ignored: [],
  total,
});

/**
 * Writes the collected values over what the cut had: only the cells the file gave change; one
 * transaction. A cell the file gives without a case count keeps the count it had (a value-only
 * table, such as a wide XLSX of rates, must not lift the protection of a small number).
 */
async function mergeSeries(db: Db, cutId: number, length: number, collected: Collected[]): Promise<void> {
  const indicatorIds = [...new Set(collected.map((group) => group.indicatorId))];
  const periods = [...new Set(collected.map((group) => group.period))];
  await db.transaction(async (tx) => {
    const existing = await loadSeries(tx, cutId, length, indicatorIds, periods);
    const merged = collected.map((group) => {
      const series = existing.get(seriesKey(group.indicatorId, group.period))!;
      for (let position = 0; position < length; position++) {
        if (group.lines[position] === 0) continue;
        series.values[position] = group.series.values[position]!;
        const cases = group.series.cases[position]!;
        if (cases >= 0) series.cases[position] = cases;
        series.marks[position] = group.series.marks[position]!;
      }
      return { indicatorId: group.indicatorId, period: group.period, series };
    });
    await saveSeries(tx, cutId, merged);
  });
}

/**
 * Checks every value of the table and, only if nothing is wrong, merges them into the current
 * cut's series (queries.ts saveSeries). A file with any problem changes nothing.
 */
export async function importValues(
  db: Db,
  municipalityId: number,
  table: Table,
  mapping: Mapping,
  onProgress?: (done: number) => Promise<void> | void,
): Promise<ImportOutcome> {
  const found = await importContext(db, municipalityId);
  if (!found) return { ok: false, report: failedReport(importTexts.noAreas, valueCount(table, mapping)) };
  const { report, collected } = await collectValues(table, mapping, found.context, onProgress);
  if (report.problemCount > 0) return { ok: false, report };
  await mergeSeries(db, found.cutId, found.context.length, collected);
  return { ok: true, report };
}

export interface StartedImport {
  id: number;
  /** The import goes on after the response; its page shows the progress. */
  running: boolean;
  outcome?: ImportOutcome;
}

/**
 * Records an import (planning_imports, shown among the recent imports) and runs it. More than
 * `backgroundAbove` values: it runs in this process without being awaited and updates its progress
 * every few thousand values (`wait`: the command line awaits it anyway). The upload of a mapping step is removed once its values are saved.
 */
export async function startImport(
  db: Db,
  input: { municipalityId: number; filename: string; table: Table; mapping: Mapping; uploadId?: number; wait?: boolean },
  progress?: (done: number, total: number) => void,
): Promise<StartedImport> {
  const total = valueCount(input.table, input.mapping);
  const [row] = await db
    .insert(planningImports)
    .values({ municipalityId: input.municipalityId, filename: input.filename, status: "running", total })
    .returning({ id: planningImports.id });
  const id = row!.id;
  let written = 0;
  const onProgress = async (done: number) => {
    progress?.(done, total);
    if (done - written >= progressEvery || done === total) {
      written = done;
      await db.update(planningImports).set({ done }).where(eq(planningImports.id, id));
    }
    // Lets the server answer other requests (the progress page) between the steps.
    await nextTurn();
  };
  const run = async (): Promise<ImportOutcome> => {
    const outcome = await importValues(db, input.municipalityId, input.table, input.mapping, onProgress);
    await db
      .update(planningImports)
      .set({ status: outcome.ok ? "done" : "failed", done: total, report: outcome.report })
      .where(eq(planningImports.id, id));
    if (outcome.ok && input.uploadId) await db.delete(planningUploads).where(eq(planningUploads.id, input.uploadId));
    return outcome;
  };
  if (total <= backgroundAbove || input.wait) return { id, running: false, outcome: await run() };
  run().catch(async () => {
    await db
      .update(planningImports)
      .set({ status: "failed", report: failedReport(importTexts.aborted, total) })
      .where(eq(planningImports.id, id))
      .catch(() => {});
  });
  return { id, running: true };
}
