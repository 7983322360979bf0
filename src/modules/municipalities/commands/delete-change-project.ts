import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { changeProjects } from "../tables.ts";
import { unindexChangeProject } from "../search.ts";
import { notFoundTexts } from "../texts.ts";
import { refusedForm, succeeded, type CommandResult } from "../../../platform/commands.ts";

/** Deletes a municipality's change project (its topics and milestones go with it); refused when there is none. */
export async function deleteChangeProject(db: Db, municipalityId: number, projectId: number): Promise<CommandResult> {
  return db.transaction(async (tx) => {
    const deleted = await tx
      .delete(changeProjects)
      .where(and(eq(changeProjects.id, projectId), eq(changeProjects.municipalityId, municipalityId)))
      .returning({ id: changeProjects.id });
    if (deleted.length > 0) await unindexChangeProject(tx, projectId);
    return deleted.length > 0 ? succeeded(null) : refusedForm(notFoundTexts.project);
  });
}
