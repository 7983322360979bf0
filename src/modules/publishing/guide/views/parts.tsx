import { kinds, levels, type Kind, type Level } from "../reference.ts";
import { questionLines, renderInline, renderMarkdown } from "./markdown.ts";
import type { Section } from "../queries.ts";

/** Markdown typed by the team; markdown-it escapes any markup in it, so the HTML is safe to insert. */
export function Markdown({ text, class: className }: { text: string; class?: string }) {
  return <div class={className ?? "k360-markdown"} dangerouslySetInnerHTML={{ __html: renderMarkdown(text) }} />;
}

/** The visible label of a section's kind (Methode, Modell, …). */
export function KindLabel({ kind }: { kind: string }) {
  return (
    <span class={`kern-badge kern-badge--${kind === "praxistipp" ? "success" : kind === "reflexionsfrage" ? "warning" : "info"}`}>
      <span class="kern-label">{kinds[kind as Kind]?.label ?? kind}</span>
    </span>
  );
}

/** The German name of a level. */
export const levelLabel = (level: string) => levels[level as Level]?.label ?? level;

/** A section's content: reflection questions as a list, everything else as Markdown. */
export function SectionBody({ section }: { section: Pick<Section, "kind" | "body"> }) {
  if (section.kind === "reflexionsfrage") {
    return (
      <ul class="kern-list kern-list--bullet k360-questions">
        {questionLines(section.body).map((q) => (
          <li dangerouslySetInnerHTML={{ __html: renderInline(q) }} />
        ))}
      </ul>
    );
  }
  return <Markdown text={section.body} />;
}

/** The topics of a chapter, each leading to the practice reports on it. */
export function Topics({ topics, labels }: { topics: string[]; labels: Map<string, string> }) {
  if (topics.length === 0) return null;
  return (
    <ul class="k360-tags">
      {topics.map((t) => (
        <li>
          <a class="kern-link" href={`/austausch/suche?thema=${encodeURIComponent(t)}`}>
            {labels.get(t) ?? t}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Plain text shortened at a word boundary for lists. */
export function excerpt(text: string, length = 220): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), length - 30)).trimEnd()} …`;
}
