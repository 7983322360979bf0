import type { Db } from "../../../../db/client.ts";
import { refused, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { checkUpload, safeFileName } from "../../../../platform/files.ts";
import { eventDocuments } from "../../tables.ts";
import { eventKinds } from "../reference.ts";

/** Adds a document to an event once its content is what its name claims; the message goes beside the file field. */
export async function addDocument(db: Db, eventId: number, file: { filename: string; data: Buffer }): Promise<CommandResult> {
  const fileName = safeFileName(file.filename);
  const checked = checkUpload(fileName, file.data, eventKinds);
  if ("error" in checked) return refused({ datei: checked.error });
  await db.insert(eventDocuments).values({ eventId, fileName, contentType: checked.type, size: file.data.length, data: file.data });
  return succeeded(null);
}
