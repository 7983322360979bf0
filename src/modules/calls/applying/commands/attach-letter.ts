import { eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { refused, refusedForm, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { checkUpload, fileKinds, safeFileName } from "../../../../platform/files.ts";
import { callApplications } from "../../tables.ts";
import { lockedApplication } from "../queries.ts";
import { messages } from "../texts.ts";
import { clearAgreements } from "./clear-agreements.ts";

/** Stores the letter of support once its content shows it is a PDF (a renamed file is refused); it replaces an earlier one. */
export async function attachLetter(db: Db, applicationId: number, file: { filename: string; data: Buffer }): Promise<CommandResult> {
  const fileName = safeFileName(file.filename);
  const checked = checkUpload(fileName, file.data, [fileKinds.pdf]);
  if ("error" in checked) return refused({ datei: checked.error });
  return db.transaction(async (tx) => {
    if ((await lockedApplication(tx, applicationId))?.status !== "draft") return refusedForm(messages.submitted);
    await tx.update(callApplications).set({ letterName: fileName, letter: file.data }).where(eq(callApplications.id, applicationId));
    await clearAgreements(tx, applicationId);
    return succeeded(null);
  });
}
