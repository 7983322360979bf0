import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { asList, checkPlainText, hasErrors, isEmail, text, type FieldErrors } from "../../../platform/forms.ts";
import { isVisibility } from "../reference.ts";
import { practiceReportTopics, practiceReports } from "../tables.ts";
import { indexReport, unindexReport } from "./search.ts";
import { listProjectTitles, listTopics } from "../../municipalities/index.ts";

export const reportFields = ["title", "problem", "context", "approach", "worked", "notWorked", "transfer", "contactName", "contactEmail"] as const;
const limits: Record<(typeof reportFields)[number], number> = {
  title: 150,
  problem: 3000,
  context: 2000,
  approach: 6000,
  worked: 4000,
  notWorked: 4000,
  transfer: 3000,
  contactName: 120,
  contactEmail: 200,
};

export type SaveAction = "draft" | "submit";
export type Result = { ok: true; id: number } | { ok: false; errors: FieldErrors };

/** Checks a report form; a draft needs only a title, a report for review needs its core parts. */
async function check(db: Db, municipalityId: number, input: Record<string, unknown>, action: SaveAction, errors: FieldErrors) {
  checkPlainText(input, reportFields, errors);
  for (const field of reportFields) {
    if (text(input[field]).length > limits[field] && !errors[field])
      errors[field] = `Bitte geben Sie höchstens ${limits[field].toLocaleString("de-DE")} Zeichen ein.`;
  }
  const title = text(input.title).trim();
  if (title.length < 5 && !errors.title) errors.title = "Bitte geben Sie einen Titel mit mindestens 5 Zeichen ein.";
  if (action === "submit") {
    if (!text(input.problem).trim() && !errors.problem) errors.problem = "Bitte beschreiben Sie das Problem, von dem Sie ausgegangen sind.";
    if (!text(input.approach).trim() && !errors.approach) errors.approach = "Bitte beschreiben Sie, wie Sie vorgegangen sind.";
  }
  const email = text(input.contactEmail).trim();
  if (email && !isEmail(email) && !errors.contactEmail) errors.contactEmail = "Bitte geben Sie eine gültige E-Mail-Adresse ein.";
  const visibility = text(input.visibility);
  if (!isVisibility(visibility)) errors.visibility = "Bitte wählen Sie, wer den Bericht lesen darf.";
  const known = new Set((await listTopics(db)).map((t) => t.slug));
  const topics = asList(input.topics);
  if (topics.some((t) => !known.has(t))) errors.topics = "Bitte wählen Sie nur Themen aus der Liste.";
  else if (topics.length > 5) errors.topics = "Bitte wählen Sie höchstens fünf Themen.";
  else if (action === "submit" && topics.length === 0) errors.topics = "Bitte wählen Sie mindestens ein Thema.";
  const project = text(input.changeProjectId);
  const projectIds = (await listProjectTitles(db, municipalityId)).map((p) => String(p.id));
  if (project && !projectIds.includes(project)) errors.changeProjectId = "Bitte wählen Sie ein Veränderungsvorhaben Ihrer Kommune.";
  return { topics, changeProjectId: project ? Number(project) : null, visibility };
}

/** Saves a municipality's report as a draft or hands it to the team for review. A published report that is changed goes back to review. */
export async function saveReport(
  db: Db,
  municipalityId: number,
  authorId: number,
  id: number | null,
  input: Record<string, unknown>,
  action: SaveAction,
  errors: FieldErrors = {},
): Promise<Result> {
  const checked = await check(db, municipalityId, input, action, errors);
  if (hasErrors(errors)) return { ok: false, errors };
  const fields = Object.fromEntries(reportFields.map((f) => [f, text(input[f]).trim()])) as Record<(typeof reportFields)[number], string>;
  const values = {
    ...fields,
    visibility: checked.visibility,
    changeProjectId: checked.changeProjectId,
    status: action === "submit" ? "review" : "draft",
    updatedAt: new Date(),
  };
  const saved = await db.transaction(async (tx) => {
    let reportId = id;
    if (reportId === null) {
      const [row] = await tx
        .insert(practiceReports)
        .values({ ...values, municipalityId, authorId })
        .returning({ id: practiceReports.id });
      reportId = row.id;
    } else {
      await tx
        .update(practiceReports)
        .set(values)
        .where(and(eq(practiceReports.id, reportId), eq(practiceReports.municipalityId, municipalityId)));
      await tx.delete(practiceReportTopics).where(eq(practiceReportTopics.reportId, reportId));
    }
    if (checked.topics.length) await tx.insert(practiceReportTopics).values(checked.topics.map((topicSlug) => ({ reportId: reportId!, topicSlug })));
    return reportId;
  });
  await unindexReport(db, saved);
  return { ok: true, id: saved };
}

/** The team publishes a report under review; from now on it can be found by its audience. */
export async function publishReport(db: Db, id: number, today: string): Promise<boolean> {
  const [row] = await db
    .update(practiceReports)
    .set({ status: "published", reviewNote: "", publishedOn: today, updatedAt: new Date() })
    .where(and(eq(practiceReports.id, id), eq(practiceReports.status, "review")))
    .returning({ id: practiceReports.id });
  if (row) await indexReport(db, id);
  return row !== undefined;
}

/** The team sends a report back to its municipality with a note on what to change. */
export async function returnReport(db: Db, id: number, note: string, errors: FieldErrors = {}): Promise<Result> {
  checkPlainText({ reviewNote: note }, ["reviewNote"], errors);
  if (!note.trim() && !errors.reviewNote) errors.reviewNote = "Bitte schreiben Sie der Kommune, was sie ändern soll.";
  if (note.length > 2000 && !errors.reviewNote) errors.reviewNote = "Bitte geben Sie höchstens 2.000 Zeichen ein.";
  if (hasErrors(errors)) return { ok: false, errors };
  await db.update(practiceReports).set({ status: "draft", reviewNote: note.trim(), updatedAt: new Date() }).where(eq(practiceReports.id, id));
  await unindexReport(db, id);
  return { ok: true, id };
}

export async function deleteReport(db: Db, id: number): Promise<void> {
  await db.delete(practiceReports).where(eq(practiceReports.id, id));
  await unindexReport(db, id);
}
