import { eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { refused, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { hasErrors, type FieldErrors } from "../../../../platform/forms.ts";
import { guideSections } from "../tables.ts";
import type { OrderInput } from "../schemas.ts";
import { refusals } from "../texts.ts";

/** New positions for all sections of a chapter at once (fields "position-<id>"); every section needs one; all or nothing. */
export async function reorderSections(db: Db, chapterId: number, input: OrderInput, schemaErrors: FieldErrors): Promise<CommandResult<number>> {
  const errors = { ...schemaErrors };
  const sections = await db.select({ id: guideSections.id }).from(guideSections).where(eq(guideSections.chapterId, chapterId));
  const positions = sections.map((section) => {
    const field = `position-${section.id}` as const;
    const typed = input[field];
    if (!typed && !errors[field]) errors[field] = refusals.noPosition;
    return { id: section.id, position: Number(typed) };
  });
  if (hasErrors(errors)) return refused(errors);
  await db.transaction(async (tx) => {
    for (const entry of positions) await tx.update(guideSections).set({ position: entry.position }).where(eq(guideSections.id, entry.id));
  });
  return succeeded(chapterId);
}
