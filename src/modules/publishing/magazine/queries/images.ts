import { desc, eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { images } from "../tables.ts";

/** An image's type and bytes, to serve it. */
export async function findImage(db: Db, id: number) {
  const [row] = await db.select({ contentType: images.contentType, data: images.data }).from(images).where(eq(images.id, id));
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
