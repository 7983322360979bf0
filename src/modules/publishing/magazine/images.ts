import { desc, eq } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { acceptOf, checkUpload, fileKinds, safeFileName } from "../../../platform/files.ts";
import { markupError, type FieldErrors } from "../../../platform/forms.ts";
import { images } from "./tables.ts";

const imageKinds = [fileKinds.png, fileKinds.jpeg];
export const acceptedImages = acceptOf(imageKinds);
export const maxImageBytes = 5 * 1024 * 1024;
const maxAlt = 300;

/** The Markdown that shows an image in an article. */
export const imageMarkdown = (image: { id: number; alt: string }) => `![${image.alt.replace(/[[\]]/g, "")}](/magazin/bilder/${image.id})`;

/** Stores a checked PNG or JPEG with its alternative text, or says in German what is wrong. */
export async function addImage(
  db: Db,
  fileName: string | null,
  data: Buffer | null,
  alt: string,
): Promise<{ ok: true; id: number } | { ok: false; errors: FieldErrors }> {
  const errors: FieldErrors = {};
  const text = alt.trim().replace(/\s+/g, " ");
  if (!text) errors.alt = "Bitte beschreiben Sie, was auf dem Bild zu sehen ist. Menschen, die das Bild nicht sehen, lesen diesen Text.";
  else if (text.length > maxAlt) errors.alt = `Bitte geben Sie höchstens ${maxAlt} Zeichen ein.`;
  else if (markupError(text)) errors.alt = markupError(text)!;
  let type = "";
  const name = safeFileName(fileName ?? "");
  if (!fileName || !data) errors.datei = "Bitte wählen Sie ein Bild aus.";
  else if (data.length > maxImageBytes) errors.datei = "Das Bild ist größer als 5 MB. Bitte verkleinern Sie es.";
  else {
    const checked = checkUpload(name, data, imageKinds);
    if ("error" in checked) errors.datei = checked.error;
    else type = checked.type;
  }
  if (Object.keys(errors).length > 0 || !data) return { ok: false, errors };
  const [row] = await db.insert(images).values({ fileName: name, contentType: type, size: data.length, alt: text, data }).returning({ id: images.id });
  return { ok: true, id: row.id };
}

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
