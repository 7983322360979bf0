import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import type { FieldErrors } from "../../../platform/forms.ts";
import { refused, succeeded, type CommandResult } from "../../../platform/commands.ts";
import { changeProjects, changeProjectTopics, milestones, municipalities } from "../tables.ts";
import { milestoneRows, type ProjectInput } from "../schemas.ts";
import { knownTopics } from "../queries/lookups.ts";
import { indexChangeProject } from "../search.ts";
import { messages } from "../texts.ts";

export interface MilestoneInput {
  title: string;
  dueOn: string | null;
  done: boolean;
}

/** Milestones come as numbered rows (m0_title, m0_due, m0_done …); empty rows are dropped. */
function readMilestones(input: ProjectInput, errors: FieldErrors): MilestoneInput[] {
  const rows: MilestoneInput[] = [];
  for (let row = 0; row < milestoneRows; row++) {
    const title = input[`m${row}_title`] ?? "";
    const due = input[`m${row}_due`] ?? "";
    if (!title && !due) continue;
    if (!title) errors[`m${row}_title`] = messages.milestoneWithoutTitle;
    rows.push({ title, dueOn: due || null, done: input[`m${row}_done`] === true });
  }
  return rows;
}

/** The goals, one per line; what the form's rules cannot say about them. */
function readGoals(input: ProjectInput, errors: FieldErrors): string[] {
  const goals = input.goals
    .split("\n")
    .map((goal) => goal.trim())
    .filter(Boolean);
  if (goals.length > 15) errors.goals = messages.tooManyGoals;
  else if (goals.some((goal) => goal.length > 300)) errors.goals = messages.goalTooLong;
  return goals;
}

/** Creates (projectId null) or changes a change project with its topics and milestones, and indexes it. */
export async function saveChangeProject(db: Db, municipalityId: number, projectId: number | null, input: ProjectInput): Promise<CommandResult<number>> {
  const errors: FieldErrors = {};
  const goals = readGoals(input, errors);
  const topicSlugs = await knownTopics(db, input.topics ?? []);
  if (topicSlugs.length !== new Set(input.topics ?? []).size) errors.topics = messages.unknownTopic;
  const rows = readMilestones(input, errors);
  if (Object.keys(errors).length) return refused(errors);
  const { title, summary, phase, learnings } = input;
  const values = { title, summary, goals, phase, learnings, startsOn: input.startsOn || null, endsOn: input.endsOn || null };
  const id = await db.transaction(async (tx) => {
    let saved = projectId;
    if (saved === null) {
      [{ id: saved }] = await tx
        .insert(changeProjects)
        .values({ ...values, municipalityId })
        .returning({ id: changeProjects.id });
    } else {
      await tx
        .update(changeProjects)
        .set({ ...values, updatedAt: new Date() })
        .where(and(eq(changeProjects.id, saved), eq(changeProjects.municipalityId, municipalityId)));
      await tx.delete(changeProjectTopics).where(eq(changeProjectTopics.changeProjectId, saved));
      await tx.delete(milestones).where(eq(milestones.changeProjectId, saved));
    }
    const projectKey = saved;
    if (topicSlugs.length) await tx.insert(changeProjectTopics).values(topicSlugs.map((topicSlug) => ({ changeProjectId: projectKey, topicSlug })));
    if (rows.length) await tx.insert(milestones).values(rows.map((row) => ({ ...row, changeProjectId: projectKey })));
    await tx.update(municipalities).set({ updatedAt: new Date() }).where(eq(municipalities.id, municipalityId));
    // In the same transaction: peers are kept under the generation this commit moves on and read the index.
    await indexChangeProject(tx, projectKey);
    return projectKey;
  });
  return succeeded(id);
}
