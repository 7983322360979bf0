import { and, eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { articleRevisions, articles } from "../tables.ts";
import { indexArticle } from "../search.ts";
import { refusedForm, succeeded, type CommandResult } from "../../../../platform/commands.ts";

/** Brings back the title, teaser and text of an earlier revision; the restore is itself a new revision. Refused for an unknown revision. */
export async function restoreRevision(db: Db, userId: number, articleId: number, revisionId: number): Promise<CommandResult> {
  const restored = await db.transaction(async (tx) => {
    const [revision] = await tx
      .select()
      .from(articleRevisions)
      .where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, articleId)));
    if (!revision) return false;
    const { title, teaser, body } = revision;
    await tx.update(articles).set({ title, teaser, body, updatedAt: new Date() }).where(eq(articles.id, articleId));
    await tx.insert(articleRevisions).values({ articleId, title, teaser, body, savedBy: userId });
    return true;
  });
  if (!restored) return refusedForm("Diese Version gibt es zu dem Beitrag nicht.");
  await indexArticle(db, articleId);
  return succeeded(null);
}
