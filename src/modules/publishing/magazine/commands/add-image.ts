import type { Db } from "../../../../db/client.ts";
import { checkUpload, safeFileName } from "../../../../platform/files.ts";
import { refused, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { images } from "../tables.ts";
import { imageKinds, maxImageBytes } from "../reference.ts";
import { imageMessages } from "../texts.ts";

/** An uploaded file as the multipart form brings it; null when none was chosen. */
export interface Upload {
  fileName: string;
  data: Buffer;
}

/**
 * Stores a checked PNG or JPEG with its alternative text (checked by the form's schema),
 * or says in German what is wrong with the file: only the bytes tell whether it is a real image.
 */
export async function addImage(db: Db, upload: Upload | null, alt: string): Promise<CommandResult<number>> {
  const errors: FieldErrors = {};
  let type = "";
  const name = safeFileName(upload?.fileName ?? "");
  if (!upload) errors.datei = imageMessages.noFile;
  else if (upload.data.length > maxImageBytes) errors.datei = imageMessages.tooLarge;
  else {
    const checked = checkUpload(name, upload.data, imageKinds);
    if ("error" in checked) errors.datei = checked.error;
    else type = checked.type;
  }
  if (Object.keys(errors).length > 0 || !upload) return refused(errors);
  const [row] = await db
    .insert(images)
    .values({ fileName: name, contentType: type, size: upload.data.length, alt, data: upload.data })
    .returning({ id: images.id });
  return succeeded(row.id);
}
