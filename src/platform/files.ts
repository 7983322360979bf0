/** File types the platform accepts, recognised by their first bytes rather than by what the browser claims. */
export interface FileKind {
  type: string;
  label: string;
  magic: number[];
  extensions: string[];
}

export const fileKinds = {
  pdf: { type: "application/pdf", label: "PDF", magic: [0x25, 0x50, 0x44, 0x46], extensions: ["pdf"] },
  png: { type: "image/png", label: "PNG", magic: [0x89, 0x50, 0x4e, 0x47], extensions: ["png"] },
  jpeg: { type: "image/jpeg", label: "JPEG", magic: [0xff, 0xd8, 0xff], extensions: ["jpg", "jpeg"] },
  docx: {
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    label: "Word",
    magic: [0x50, 0x4b, 0x03, 0x04],
    extensions: ["docx"],
  },
  pptx: {
    type: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    label: "PowerPoint",
    magic: [0x50, 0x4b, 0x03, 0x04],
    extensions: ["pptx"],
  },
  xlsx: { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", label: "Excel", magic: [0x50, 0x4b, 0x03, 0x04], extensions: ["xlsx"] },
  odt: { type: "application/vnd.oasis.opendocument.text", label: "OpenDocument", magic: [0x50, 0x4b, 0x03, 0x04], extensions: ["odt"] },
} satisfies Record<string, FileKind>;

/** The accept attribute of a file field for these kinds. */
export const acceptOf = (kinds: FileKind[]) => kinds.map((k) => `.${k.extensions.join(",.")}`).join(",");

/** "PDF-, PNG- oder JPEG" as German writes a list of compound halves. */
const listOf = (labels: string[]) =>
  labels.length > 1
    ? `${labels
        .slice(0, -1)
        .map((l) => `${l}-`)
        .join(", ")} oder ${labels[labels.length - 1]}`
    : labels[0];

/** Keeps a readable, safe file name: no paths, no control characters, at most 120 characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|*?:]/g, "").trim();
  return (cleaned || "unterlage").slice(-120);
}

/** The file's real type, or a German message saying why it is refused. */
export function checkUpload(fileName: string, data: Buffer, kinds: FileKind[]): { type: string } | { error: string } {
  const extension = fileName.split(".").pop()?.toLowerCase() ?? "";
  const kind = kinds.find((k) => k.extensions.includes(extension));
  if (!kind) return { error: `Bitte laden Sie eine ${listOf(kinds.map((k) => k.label))}-Datei hoch.` };
  if (data.length === 0) return { error: "Die Datei ist leer." };
  if (!kind.magic.every((byte, i) => data[i] === byte)) return { error: `Die Datei ist keine echte ${kind.label}-Datei. Bitte prüfen Sie sie.` };
  return { type: kind.type };
}

export const formatSize = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toLocaleString("de-DE", { maximumFractionDigits: 1 })} MB`;
