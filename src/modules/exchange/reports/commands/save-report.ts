import { and, eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { asList, type FieldErrors } from "../../../../platform/forms.ts";
import { refused, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { practiceReportTopics, practiceReports } from "../../tables.ts";
import { unindexReport } from "../search.ts";
import type { ReportInput } from "../schemas.ts";
import { messages, reportNotices } from "../texts.ts";
import { notify } from "../../../../platform/notifications/notify.ts";
import { reportSubmitted } from "../../notifications.ts";
import { listProjectTitles, listTopics } from "../../../municipalities/index.ts";

export type SaveAction = "draft" | "submit";

/** What the schema cannot know: a report for review needs its core parts, topics and project must exist. */
async function check(db: Db, municipalityId: number, input: ReportInput, action: SaveAction): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const topics = asList(input.topics);
  if (action === "submit") {
    if (!input.problem) errors.problem = messages.problem;
    if (!input.approach) errors.approach = messages.approach;
    if (topics.length === 0) errors.topics = messages.noTopic;
  }
  const known = new Set((await listTopics(db)).map((topic) => topic.slug));
  if (topics.some((slug) => !known.has(slug))) errors.topics = messages.unknownTopic;
  const project = input.changeProjectId;
  if (typeof project === "number" && !(await listProjectTitles(db, municipalityId)).some((title) => title.id === project)) {
    errors.changeProjectId = messages.project;
  }
  return errors;
}

/**
 * A form that failed its schema gets all its messages at once: the schema's, and what only the
 * database can tell (unknown topics, a project of another municipality). Nothing is saved.
 */
export async function refuseReport(
  db: Db,
  municipalityId: number,
  input: ReportInput,
  action: SaveAction,
  schemaErrors: FieldErrors,
): Promise<CommandResult<number>> {
  return refused({ ...(await check(db, municipalityId, input, action)), ...schemaErrors });
}

const valuesOf = (input: ReportInput, action: SaveAction) => ({
  title: input.title,
  problem: input.problem ?? "",
  context: input.context ?? "",
  approach: input.approach ?? "",
  worked: input.worked ?? "",
  notWorked: input.notWorked ?? "",
  transfer: input.transfer ?? "",
  contactName: input.contactName ?? "",
  contactEmail: input.contactEmail ?? "",
  visibility: input.visibility,
  changeProjectId: typeof input.changeProjectId === "number" ? input.changeProjectId : null,
  status: action === "submit" ? "review" : "draft",
  updatedAt: new Date(),
});

/** Saves a municipality's report as a draft or hands it to the team for review. A published report that is changed goes back to review. */
export async function saveReport(
  db: Db,
  author: { municipalityId: number; authorId: number },
  id: number | null,
  input: ReportInput,
  action: SaveAction,
): Promise<CommandResult<number>> {
  const { municipalityId, authorId } = author;
  const errors = await check(db, municipalityId, input, action);
  if (Object.keys(errors).length > 0) return refused(errors);
  const values = valuesOf(input, action);
  const topics = input.topics ?? [];
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
    const savedId = reportId;
    if (topics.length) await tx.insert(practiceReportTopics).values(topics.map((topicSlug) => ({ reportId: savedId, topicSlug })));
    if (action === "submit") await notify(tx, reportSubmitted, "all", reportNotices.submitted({ id: savedId, title: input.title }));
    return savedId;
  });
  await unindexReport(db, saved);
  return succeeded(saved);
}
