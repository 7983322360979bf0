import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { audienceOf } from "../policies.ts";
import type { ReportStatus, Visibility } from "../reference.ts";
import { practiceReportAttachments, practiceReportTopics, practiceReports } from "../tables.ts";
import { listMunicipalitiesByIds, listTopics, projectTitlesByIds } from "../../municipalities/index.ts";

export interface AttachmentInfo {
  id: number;
  fileName: string;
  contentType: string;
  size: number;
}

export interface Report {
  id: number;
  municipalityId: number;
  municipality: { name: string; slug: string; stateCode: string; kind: string; population: number };
  changeProject: { id: number; title: string } | null;
  title: string;
  problem: string;
  context: string;
  approach: string;
  worked: string;
  notWorked: string;
  transfer: string;
  contactName: string;
  contactEmail: string;
  visibility: Visibility;
  status: ReportStatus;
  reviewNote: string;
  isExample: boolean;
  publishedOn: string | null;
  topics: { slug: string; label: string }[];
  attachments: AttachmentInfo[];
}

type Row = typeof practiceReports.$inferSelect;

/** Adds municipality, project, topics and attachments to report rows, a few queries for the whole list. */
async function complete(db: Db, rows: Row[], withAttachments: boolean): Promise<Report[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [places, projects, topicRows, labels, files] = await Promise.all([
    listMunicipalitiesByIds(db, [...new Set(rows.map((r) => r.municipalityId))]),
    projectTitlesByIds(
      db,
      rows.map((r) => r.changeProjectId).filter((id): id is number => id !== null),
    ),
    db.select().from(practiceReportTopics).where(inArray(practiceReportTopics.reportId, ids)),
    listTopics(db),
    withAttachments
      ? db
          .select({
            id: practiceReportAttachments.id,
            reportId: practiceReportAttachments.reportId,
            fileName: practiceReportAttachments.fileName,
            contentType: practiceReportAttachments.contentType,
            size: practiceReportAttachments.size,
          })
          .from(practiceReportAttachments)
          .where(inArray(practiceReportAttachments.reportId, ids))
          .orderBy(asc(practiceReportAttachments.fileName))
      : Promise.resolve([]),
  ]);
  const placeOf = new Map(places.map((p) => [p.id, p]));
  const projectOf = new Map(projects.map((p) => [p.id, p]));
  const order = new Map(labels.map((t, i) => [t.slug, i]));
  const labelOf = new Map(labels.map((t) => [t.slug, t.label]));
  return rows.map((row) => {
    const place = placeOf.get(row.municipalityId)!;
    const project = row.changeProjectId === null ? undefined : projectOf.get(row.changeProjectId);
    return {
      ...row,
      municipality: { name: place.name, slug: place.slug, stateCode: place.stateCode, kind: place.kind, population: place.population },
      changeProject: project ? { id: project.id, title: project.title } : null,
      visibility: row.visibility as Visibility,
      status: row.status as ReportStatus,
      topics: topicRows
        .filter((t) => t.reportId === row.id)
        .sort((a, b) => (order.get(a.topicSlug) ?? 0) - (order.get(b.topicSlug) ?? 0))
        .map((t) => ({ slug: t.topicSlug, label: labelOf.get(t.topicSlug) ?? t.topicSlug })),
      attachments: files.filter((f) => f.reportId === row.id).map(({ reportId: _, ...f }) => f),
    };
  });
}

export async function findReport(db: Db, id: number): Promise<Report | null> {
  const rows = await db.select().from(practiceReports).where(eq(practiceReports.id, id));
  return (await complete(db, rows, true))[0] ?? null;
}

export async function reportsByIds(db: Db, ids: number[]): Promise<Report[]> {
  if (ids.length === 0) return [];
  return complete(db, await db.select().from(practiceReports).where(inArray(practiceReports.id, ids)), false);
}

/** Published reports that everyone may read, newest first: what a newsletter issue may point to. */
export async function latestPublicReports(db: Db, limit: number): Promise<Report[]> {
  const rows = await db
    .select()
    .from(practiceReports)
    .where(and(eq(practiceReports.status, "published"), eq(practiceReports.visibility, "public")))
    .orderBy(desc(practiceReports.publishedOn), desc(practiceReports.id))
    .limit(limit);
  return complete(db, rows, false);
}

/** A municipality's own reports in every state, newest first. */
export async function reportsOfMunicipality(db: Db, municipalityId: number): Promise<Report[]> {
  const rows = await db.select().from(practiceReports).where(eq(practiceReports.municipalityId, municipalityId)).orderBy(desc(practiceReports.updatedAt));
  return complete(db, rows, false);
}

/** Reports waiting for the team's review, oldest first. */
export async function reportsInReview(db: Db): Promise<Report[]> {
  const rows = await db.select().from(practiceReports).where(eq(practiceReports.status, "review")).orderBy(asc(practiceReports.updatedAt));
  return complete(db, rows, false);
}

/** Published reports of a municipality that this reader may see (for the profile page). */
export async function publishedReportsOf(db: Db, municipalityId: number, audiences: string[] | null): Promise<Report[]> {
  const rows = await db
    .select()
    .from(practiceReports)
    .where(and(eq(practiceReports.municipalityId, municipalityId), eq(practiceReports.status, "published")))
    .orderBy(desc(practiceReports.publishedOn), desc(practiceReports.id));
  const readable: Row[] = [];
  for (const row of rows)
    if (audiences === null || audiences.includes(await audienceOf(db, row.visibility as Visibility, row.municipalityId))) readable.push(row);
  return complete(db, readable, false);
}

/** One attachment of a report with its content, or null. */
export async function findAttachment(db: Db, reportId: number, id: number) {
  const [row] = await db
    .select()
    .from(practiceReportAttachments)
    .where(and(eq(practiceReportAttachments.reportId, reportId), eq(practiceReportAttachments.id, id)));
  return row ?? null;
}
