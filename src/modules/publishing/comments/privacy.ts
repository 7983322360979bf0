import { and, asc, eq, inArray, isNotNull, ne } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import type { PersonalDataSource } from "../../../platform/personal-data.ts";
import { formatDateTime } from "../../../platform/dates.ts";
import { articles } from "../magazine/tables.ts";
import { blockedAddresses, comments } from "./tables.ts";
import { commentStatuses, erasedNote, isCommentStatus } from "./texts.ts";

async function find(db: Db, email: string): Promise<Record<string, string>[]> {
  const [written, blocked] = await Promise.all([
    db
      .select({ title: articles.title, slug: articles.slug, name: comments.name, body: comments.body, status: comments.status, createdAt: comments.createdAt })
      .from(comments)
      .innerJoin(articles, eq(articles.id, comments.articleId))
      .where(eq(comments.email, email))
      .orderBy(asc(comments.createdAt)),
    db.select().from(blockedAddresses).where(eq(blockedAddresses.email, email)),
  ]);
  return [
    ...written.map((c) => ({
      Art: "Kommentar",
      Beitrag: c.title,
      Adresse: `/magazin/${c.slug}`,
      Datum: formatDateTime(c.createdAt),
      Stand: isCommentStatus(c.status) ? commentStatuses[c.status] : c.status,
      Name: c.name,
      Text: c.body,
    })),
    ...blocked.map((b) => ({ Art: "Gesperrte Adresse für Kommentare", Datum: formatDateTime(b.createdAt), Grund: b.reason })),
  ];
}

/**
 * Deletes a person's comments and the blocking of their address. A comment that others answered
 * stays as an anonymous note, so the answers keep their place; its name, address and text are gone.
 */
async function erase(db: Db, email: string): Promise<number> {
  if (email === "") return 0;
  return db.transaction(async (tx) => {
    const own = await tx.select({ id: comments.id }).from(comments).where(eq(comments.email, email));
    const ownIds = own.map((c) => c.id);
    if (ownIds.length === 0) return (await tx.delete(blockedAddresses).where(eq(blockedAddresses.email, email)).returning()).length;
    const answered = await tx
      .selectDistinct({ id: comments.parentId })
      .from(comments)
      .where(and(isNotNull(comments.parentId), inArray(comments.parentId, ownIds), ne(comments.email, email)));
    const keep = answered.map((a) => a.id!);
    if (keep.length)
      await tx
        .update(comments)
        .set({ name: "Anonym", email: "", body: erasedNote, status: "removed", editedByModeration: false })
        .where(inArray(comments.id, keep));
    const deleted = await tx.delete(comments).where(eq(comments.email, email)).returning({ id: comments.id });
    const unblocked = await tx.delete(blockedAddresses).where(eq(blockedAddresses.email, email)).returning();
    return deleted.length + keep.length + unblocked.length;
  });
}

/** Comments under Magazin articles and blocked commenter addresses, found and erased by e-mail address. */
export const commentData: PersonalDataSource = { label: "Kommentare im Magazin", find, erase };
