import { eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { refused, refusedForm, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { projectCardsByIds } from "../../../municipalities/index.ts";
import { callApplications } from "../../tables.ts";
import { textLimits } from "../../reference.ts";
import { lockedApplication } from "../queries.ts";
import { messages } from "../texts.ts";
import { clearAgreements } from "./clear-agreements.ts";

/** Fills the draft's change project from one on the municipality's profile (title, summary, topics) and links it. */
export async function takeChangeProject(db: Db, application: { id: number; municipalityId: number }, changeProjectId: number): Promise<CommandResult> {
  const [project] = await projectCardsByIds(db, [changeProjectId]);
  if (project?.municipalityId !== application.municipalityId) return refused({ changeProjectId: messages.unknownProject });
  return db.transaction(async (tx) => {
    if ((await lockedApplication(tx, application.id))?.status !== "draft") return refusedForm(messages.submitted);
    await tx
      .update(callApplications)
      .set({
        changeProjectId: project.id,
        projectTitle: project.title.slice(0, textLimits.title),
        projectSummary: project.summary.slice(0, textLimits.summary),
        projectTopics: project.topics.map((topic) => topic.slug),
      })
      .where(eq(callApplications.id, application.id));
    await clearAgreements(tx, application.id);
    return succeeded(null);
  });
}
