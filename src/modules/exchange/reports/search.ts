import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { practiceReports } from "../tables.ts";
import { indexDocument, removeDocument } from "../../../platform/search/indexer.ts";
import { audienceOf } from "../audiences.ts";
import { reportKind } from "../reference.ts";
import { findReport } from "./queries.ts";

/** Puts a published report into the search index for its audience; anything else is taken out. */
export async function indexReport(db: Db, id: number): Promise<void> {
  const r = await findReport(db, id);
  if (!r || r.status !== "published") return removeDocument(db, reportKind, id);
  await indexDocument(db, {
    kind: reportKind,
    id: r.id,
    audience: await audienceOf(db, r.visibility, r.municipalityId),
    title: r.title,
    body: [r.problem, r.context, r.approach, r.worked, r.notWorked, r.transfer].join("\n"),
    municipalityId: r.municipalityId,
    stateCode: r.municipality.stateCode,
    municipalityKind: r.municipality.kind,
    population: r.municipality.population,
    topics: r.topics.map((t) => t.slug),
    hasFailures: r.notWorked.trim().length > 0,
    date: r.publishedOn ? new Date(`${r.publishedOn}T12:00:00Z`) : undefined,
  });
}

export const unindexReport = (db: Db, id: number) => removeDocument(db, reportKind, id);

/** Every published report into the index (after the index was emptied). */
export async function indexAllReports(db: Db): Promise<void> {
  const published = await db.select({ id: practiceReports.id }).from(practiceReports).where(eq(practiceReports.status, "published"));
  for (const r of published) await indexReport(db, r.id);
}
