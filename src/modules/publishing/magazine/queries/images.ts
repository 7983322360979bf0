import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { images } from "../tables.ts";

/**
 * An image's type and bytes, to serve it, and whether it is public: an article that readers can
 * see now (published, its date come) shows it. Asked per request, so a scheduled article's
 * images become public at its time, with no kept value to expire.
 */
export async function findImage(db: Db, id: number) {
  const [row] = await db
    .select({
      contentType: images.contentType,
      data: images.data,
      isPublic: sql<boolean>`exists (select 1 from publishing_articles a where a.status = 'published' and (a.publish_at is null or a.publish_at <= now())
        and a.body ~ ('/magazin/bilder/' || ${images}.id || '([^0-9]|$)'))`,
    })
    .from(images)
    .where(eq(images.id, id));
  return row ?? null;
}

/** The newest images first, without their bytes. */
export async function listImages(db: Db) {
  return db
    .select({ id: images.id, fileName: images.fileName, size: images.size, alt: images.alt, createdAt: images.createdAt })
    .from(images)
    .orderBy(desc(images.id))
    .limit(100);
}
