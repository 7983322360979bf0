import type { Crumb } from "../../../../platform/views/layout.tsx";
import { formatDate } from "../../../../platform/dates.ts";
import type { ArticleCard, AuthorRef, Tag } from "../queries/articles.ts";

/** Breadcrumbs of the Magazin: Startseite › Magazin › … */
export const magazineCrumbs = (...rest: Crumb[]): Crumb[] => [{ label: "Startseite", href: "/" }, { label: "Magazin", href: "/magazin" }, ...rest];

export const articleHref = (slug: string) => `/magazin/${slug}`;
export const tagHref = (tag: string) => `/magazin?tag=${encodeURIComponent(tag)}`;

/** A date as German text with its machine-readable form. */
export function DateText({ date }: { date: Date }) {
  return <time dateTime={date.toISOString()}>{formatDate(date)}</time>;
}

/** "Anna, Ben und Cem", each linking to the author's page. */
export function AuthorNames({ authors }: { authors: AuthorRef[] }) {
  return (
    <>
      {authors.map((a, i) => (
        <>
          {i > 0 && (i === authors.length - 1 ? " und " : ", ")}
          <a class="kern-link" href={`/magazin/autorinnen/${a.slug}`}>
            {a.name}
          </a>
        </>
      ))}
    </>
  );
}

/** Date and authors above an article or its teaser. */
export function Byline({ article, example = false }: { article: Pick<ArticleCard, "publishAt" | "authors">; example?: boolean }) {
  return (
    <p class="kern-preline">
      <DateText date={article.publishAt} />
      {article.authors.length > 0 && (
        <>
          {" · Beitrag von "}
          <AuthorNames authors={article.authors} />
        </>
      )}
      {example && (
        <>
          {" "}
          <ExampleBadge />
        </>
      )}
    </p>
  );
}

/** Marks invented example content. */
export function ExampleBadge() {
  return (
    <span class="kern-badge kern-badge--warning">
      <span class="kern-label">Beispiel</span>
    </span>
  );
}

/** An article's tags, each leading to the list filtered by it. */
export function TagList({ tags }: { tags: Tag[] }) {
  if (tags.length === 0) return null;
  return (
    <ul class="k360-tags">
      {tags.map((t) => (
        <li>
          <a class="kern-link" href={tagHref(t.tag)}>
            {t.label}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** One article in a list: date and authors, title, teaser, tags. */
export function ArticleTeaser({ article, level = 2, withTags = false }: { article: ArticleCard; level?: 2 | 3; withTags?: boolean }) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <article class="kern-stack-xs" aria-labelledby={`beitrag-${article.id}`}>
      <Byline article={article} example={article.isExample} />
      <Heading class={level === 2 ? "kern-heading-medium" : "kern-heading-small"} id={`beitrag-${article.id}`}>
        <a class="kern-link" href={articleHref(article.slug)}>
          {article.title}
        </a>
      </Heading>
      {article.teaser && <p class="kern-body">{article.teaser}</p>}
      {withTags && <TagList tags={article.tags} />}
    </article>
  );
}

/** Feeds cannot be announced in the page head here, so the Magazin shows them as links. */
export function FeedLinks() {
  return (
    <p class="kern-body">
      Magazin abonnieren:{" "}
      <a class="kern-link" href="/magazin/feed.rss" type="application/rss+xml">
        RSS-Feed
      </a>{" "}
      oder{" "}
      <a class="kern-link" href="/magazin/feed.atom" type="application/atom+xml">
        Atom-Feed
      </a>
    </p>
  );
}
