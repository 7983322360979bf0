import { and, eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { refusedForm, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { eventDocuments } from "../../tables.ts";
import { documentTexts } from "../texts.ts";

export async function deleteDocument(db: Db, eventId: number, id: number): Promise<CommandResult> {
  const deleted = await db
    .delete(eventDocuments)
    .where(and(eq(eventDocuments.eventId, eventId), eq(eventDocuments.id, id)))
    .returning({ id: eventDocuments.id });
  return deleted.length > 0 ? succeeded(null) : refusedForm(documentTexts.notFound);
}
