import type { ComponentChildren } from "preact";
import type { Crumb } from "../../../../platform/views/layout.tsx";
import { formatDuration } from "../rules/format.ts";
import { formatDate } from "../../../../platform/dates.ts";

export const podcastCrumbs = (...more: Crumb[]): Crumb[] => [{ label: "Podcast", href: "/podcast" }, ...more];
export const editorCrumbs = (...more: Crumb[]): Crumb[] => podcastCrumbs({ label: "Redaktion", href: "/podcast/redaktion" }, ...more);

export function Badge({ children }: { children: ComponentChildren }) {
  return (
    <span class="kern-badge kern-badge--warning">
      <span class="kern-label">{children}</span>
    </span>
  );
}

/** Text split at blank lines into paragraphs; line breaks inside are kept. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .filter((p) => p.trim())
        .map((p) => (
          <p class="kern-body k360-mail">{p.trim()}</p>
        ))}
    </>
  );
}

/** Where an episode stands, as the editors read it. */
export function stateOf(entry: { publishedAt: Date | null; audioSize: number | null }, now: Date): string {
  if (!entry.publishedAt) return entry.audioSize ? "Entwurf" : "Entwurf, noch ohne Audiodatei";
  if (entry.publishedAt > now) return `Geplant für den ${formatDate(entry.publishedAt)}`;
  return `Veröffentlicht am ${formatDate(entry.publishedAt)}`;
}

/** "Folge 2 · 12. März 2026 · 38 Min." */
export function episodeFacts(entry: { number: number; publishedAt: Date | null; durationSeconds: number | null }): string {
  return [`Folge ${entry.number}`, entry.publishedAt ? formatDate(entry.publishedAt) : "", entry.durationSeconds ? formatDuration(entry.durationSeconds) : ""]
    .filter(Boolean)
    .join(" · ");
}
