import type { ComponentChildren } from "preact";

export function Badge({ kind, children }: { kind: "info" | "success" | "warning" | "danger"; children: ComponentChildren }) {
  return (
    <span class={`kern-badge kern-badge--${kind}`}>
      <span class="kern-label">{children}</span>
    </span>
  );
}

/** A report's topics, each leading to the problem finder filtered by it. */
export function TopicTags({ topics }: { topics: { slug: string; label: string }[] }) {
  if (topics.length === 0) return null;
  return (
    <ul class="k360-tags">
      {topics.map((t) => (
        <li>
          <a class="kern-link" href={`/austausch/suche?thema=${t.slug}`}>
            {t.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
