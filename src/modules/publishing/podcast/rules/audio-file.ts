import { parseBuffer } from "music-metadata";
import { safeFileName } from "../../../../platform/files.ts";

export const maxAudioBytes = 200 * 1024 * 1024;
export const acceptedAudio = ".mp3,.m4a,audio/mpeg,audio/mp4";

interface AudioKind {
  type: string;
  label: string;
  extensions: string[];
  /** Recognises the format by the file's first bytes, whatever the browser claims. */
  matches(data: Buffer): boolean;
}

const kinds: AudioKind[] = [
  {
    type: "audio/mpeg",
    label: "MP3",
    extensions: ["mp3"],
    // An ID3 tag, or an MPEG audio frame right away (11 set sync bits).
    matches: (d) => d.subarray(0, 3).toString("latin1") === "ID3" || (d[0] === 0xff && (d[1] & 0xe0) === 0xe0),
  },
  { type: "audio/mp4", label: "M4A", extensions: ["m4a"], matches: (d) => d.subarray(4, 8).toString("latin1") === "ftyp" },
];

export type CheckedAudio = { ok: true; fileName: string; type: string; durationSeconds: number } | { ok: false; error: string };

/** Accepts a real MP3 or M4A (AAC) file and reads its duration; otherwise says in German why not. */
export async function checkAudio(fileName: string, data: Buffer): Promise<CheckedAudio> {
  const name = safeFileName(fileName);
  const extension = name.split(".").pop()?.toLowerCase() ?? "";
  const kind = kinds.find((k) => k.extensions.includes(extension));
  if (!kind) return { ok: false, error: "Bitte laden Sie eine MP3- oder M4A-Datei hoch." };
  if (data.length === 0) return { ok: false, error: "Die Datei ist leer." };
  if (data.length > maxAudioBytes) return { ok: false, error: "Die Datei ist zu groß: höchstens 200 MB sind möglich." };
  if (!kind.matches(data)) return { ok: false, error: `Die Datei ist keine echte ${kind.label}-Datei. Bitte prüfen Sie sie.` };
  const duration = await readDuration(data, kind.type);
  if (!duration) return { ok: false, error: `Die ${kind.label}-Datei ist beschädigt oder enthält keinen Ton: Ihre Länge ließ sich nicht lesen.` };
  return { ok: true, fileName: name, type: kind.type, durationSeconds: Math.max(1, Math.round(duration)) };
}

async function readDuration(data: Buffer, mimeType: string): Promise<number | null> {
  try {
    const { format } = await parseBuffer(data, { mimeType, size: data.length }, { duration: true, skipCovers: true });
    return format.hasAudio !== false && format.duration && Number.isFinite(format.duration) ? format.duration : null;
  } catch {
    // The parser throws on anything broken; for the editor that is the same as "no audio".
    return null;
  }
}
