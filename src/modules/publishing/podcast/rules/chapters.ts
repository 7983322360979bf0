import type { Chapter } from "../tables.ts";

const maxChapters = 100;
const maxTitle = 150;
const line = /^(?:(\d{1,2}):)?([0-5]?\d):([0-5]\d)\s+(.+)$/;

/** "00:12:30" (hours always written, as podcast apps show it). */
export function formatTimestamp(seconds: number): string {
  const hour = Math.floor(seconds / 3600);
  const match = Math.floor((seconds % 3600) / 60);
  const text = Math.floor(seconds % 60);
  return [hour, match, text].map((n) => String(n).padStart(2, "0")).join(":");
}

/** The chapters as the editor writes them: one per line, "00:12:30 Titel". */
export const chaptersToText = (chapters: Chapter[]) => chapters.map((c) => `${formatTimestamp(c.start)} ${c.title}`).join("\n");

/** Reads the chapter lines; the first problem found is reported in German with its line number. */
export function parseChapters(text: string): { chapters: Chapter[] } | { error: string } {
  const chapters: Chapter[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const content = raw.trim();
    if (!content) continue;
    const at = `Zeile ${index + 1}`;
    const match = line.exec(content);
    if (!match)
      return {
        error: `${at}: Bitte beginnen Sie jede Zeile mit der Startzeit und schreiben Sie dann den Titel, zum Beispiel „00:12:30 Beteiligung im ländlichen Raum“.`,
      };
    const start = Number(match[1] ?? 0) * 3600 + Number(match[2]) * 60 + Number(match[3]);
    const title = match[4].trim();
    if (title.length > maxTitle) return { error: `${at}: Der Titel eines Kapitels darf höchstens ${maxTitle} Zeichen haben.` };
    const previous = chapters.at(-1);
    if (previous && start <= previous.start)
      return {
        error: `${at}: Die Kapitel müssen nach ihrer Startzeit aufsteigend sortiert sein; ${formatTimestamp(start)} kommt nicht nach ${formatTimestamp(previous.start)}.`,
      };
    chapters.push({ start, title });
  }
  if (chapters.length > maxChapters) return { error: `Bitte geben Sie höchstens ${maxChapters} Kapitel an.` };
  return { chapters };
}

/** The chapters in the JSON chapters format of Podcasting 2.0 (podcast:chapters). */
export function chaptersJson(chapters: Chapter[]) {
  return { version: "1.2.0", chapters: chapters.map((c) => ({ startTime: c.start, title: c.title })) };
}
