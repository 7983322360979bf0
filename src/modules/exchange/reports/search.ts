import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { practiceReports } from "../tables.ts";
import { indexDocument, removeDocument } from "../../../platform/search/indexer.ts";
import { audienceOf } from "../policies.ts";
import { reportKind } from "../reference.ts";
import { findReport } from "./queries.ts";

/** Puts a published report into the search index for its audience; anything else is taken out. */
export async function indexReport(db: Db, id: number): Promise<void> {
  const row = await findReport(db, id);
  if (!row || row.status !== "published") return removeDocument(db, reportKind, id);
  await indexDocument(db, {
    kind: reportKind,
    id: row.id,
    audience: await audienceOf(db, row.visibility, row.municipalityId),
    title: row.title,
    body: [row.problem, row.context, row.approach, row.worked, row.notWorked, row.transfer].join("\n"),
    municipalityId: row.municipalityId,
    stateCode: row.municipality.stateCode,
    municipalityKind: row.municipality.kind,
    population: row.municipality.population,
    topics: row.topics.map((t) => t.slug),
    hasFailures: row.notWorked.trim().length > 0,
    date: row.publishedOn ? new Date(`${row.publishedOn}T12:00:00Z`) : undefined,
  });
}

export const unindexReport = (db: Db, id: number) => removeDocument(db, reportKind, id);

/** Every published report into the index (after the index was emptied). */
export async function indexAllReports(db: Db): Promise<void> {
  const published = await db.select({ id: practiceReports.id }).from(practiceReports).where(eq(practiceReports.status, "published"));
  for (const row of published) await indexReport(db, row.id);
}
