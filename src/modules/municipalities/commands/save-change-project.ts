import { and, eq } from "drizzle-orm";
import type { Static } from "@fastify/type-provider-typebox";
import type { Db } from "../../../db/client.ts";
import { asList, checkPlainText, hasErrors, markupError, text, type FieldErrors } from "../../../platform/forms.ts";
import { changeProjects, changeProjectTopics, milestones, municipalities } from "../tables.ts";
import type { projectBody } from "../schemas.ts";
import { phases } from "../reference.ts";
import { checkTopics, parseDate, type CommandResult } from "./validate.ts";
import { indexChangeProject, unindexChangeProject } from "../search.ts";

export type ProjectInput = Static<typeof projectBody>;
export const milestoneRows = 12;

export interface MilestoneInput {
  title: string;
  dueOn: string | null;
  done: boolean;
}

/** Milestones come as numbered rows (m0_title, m0_due, m0_done …); empty rows are dropped. */
export function readMilestones(input: Record<string, unknown>, errors: FieldErrors): MilestoneInput[] {
  const rows: MilestoneInput[] = [];
  for (let i = 0; i < milestoneRows; i++) {
    const title = text(input[`m${i}_title`]).trim();
    const due = text(input[`m${i}_due`]).trim();
    if (!title && !due) continue;
    if (!title) errors[`m${i}_title`] = "Bitte geben Sie dem Meilenstein einen Titel.";
    const problem = markupError(title);
    if (problem) errors[`m${i}_title`] = problem;
    rows.push({ title, dueOn: parseDate(due, `m${i}_due`, errors), done: input[`m${i}_done`] === "ja" });
  }
  return rows;
}

export async function saveChangeProject(
  db: Db,
  municipalityId: number,
  projectId: number | null,
  input: ProjectInput,
  errors: FieldErrors = {},
): Promise<CommandResult<number>> {
  checkPlainText(input, ["title", "summary", "goals", "learnings"], errors);
  if (!(text(input.phase) in phases)) errors.phase = "Bitte wählen Sie eine Phase aus der Liste.";
  const startsOn = parseDate(text(input.startsOn), "startsOn", errors);
  const endsOn = parseDate(text(input.endsOn), "endsOn", errors);
  if (startsOn && endsOn && endsOn < startsOn && !errors.endsOn) errors.endsOn = "Das Ende darf nicht vor dem Beginn liegen.";
  const goals = text(input.goals)
    .split("\n")
    .map((g) => g.trim())
    .filter(Boolean);
  if (goals.length > 15) errors.goals = "Bitte nennen Sie höchstens 15 Ziele.";
  if (goals.some((g) => g.length > 300)) errors.goals = "Bitte fassen Sie jedes Ziel in höchstens 300 Zeichen.";
  const topicSlugs = await checkTopics(db, asList(input.topics), errors);
  const rows = readMilestones(input as Record<string, unknown>, errors);
  if (hasErrors(errors)) return { ok: false, errors };
  const values = {
    title: input.title.trim(),
    summary: input.summary.trim(),
    goals,
    phase: input.phase,
    startsOn,
    endsOn,
    learnings: input.learnings.trim(),
    updatedAt: new Date(),
  };
  const id = await db.transaction(async (tx) => {
    let id = projectId;
    if (id === null) {
      const [created] = await tx
        .insert(changeProjects)
        .values({ ...values, municipalityId })
        .returning({ id: changeProjects.id });
      id = created.id;
    } else {
      await tx
        .update(changeProjects)
        .set(values)
        .where(and(eq(changeProjects.id, id), eq(changeProjects.municipalityId, municipalityId)));
      await tx.delete(changeProjectTopics).where(eq(changeProjectTopics.changeProjectId, id));
      await tx.delete(milestones).where(eq(milestones.changeProjectId, id));
    }
    if (topicSlugs.length) await tx.insert(changeProjectTopics).values(topicSlugs.map((topicSlug) => ({ changeProjectId: id!, topicSlug })));
    if (rows.length) await tx.insert(milestones).values(rows.map((r) => ({ ...r, changeProjectId: id! })));
    await tx.update(municipalities).set({ updatedAt: new Date() }).where(eq(municipalities.id, municipalityId));
    // In the same transaction: peers are kept under the generation this commit moves on and read the index.
    await indexChangeProject(tx, id);
    return id;
  });
  return { ok: true, value: id };
}

export async function deleteChangeProject(db: Db, municipalityId: number, projectId: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    const deleted = await tx
      .delete(changeProjects)
      .where(and(eq(changeProjects.id, projectId), eq(changeProjects.municipalityId, municipalityId)))
      .returning({ id: changeProjects.id });
    if (deleted.length > 0) await unindexChangeProject(tx, projectId);
    return deleted.length > 0;
  });
}

export async function findChangeProject(db: Db, municipalityId: number, projectId: number) {
  const [project] = await db
    .select()
    .from(changeProjects)
    .where(and(eq(changeProjects.id, projectId), eq(changeProjects.municipalityId, municipalityId)));
  if (!project) return null;
  const topicRows = await db
    .select({ slug: changeProjectTopics.topicSlug })
    .from(changeProjectTopics)
    .where(eq(changeProjectTopics.changeProjectId, projectId));
  const milestoneRowsFound = await db.select().from(milestones).where(eq(milestones.changeProjectId, projectId)).orderBy(milestones.dueOn, milestones.id);
  return { ...project, topics: topicRows.map((t) => t.slug), milestones: milestoneRowsFound };
}
