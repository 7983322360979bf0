import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert, Pagination } from "../../../../platform/views/components.tsx";
import type { ArticleCard, Tag } from "../queries/articles.ts";
import { ArticleTeaser, FeedLinks, magazineCrumbs, tagHref } from "./parts.tsx";
import { TextField } from "../../../../platform/views/form.tsx";

export interface ListPageProps {
  ctx: PageContext;
  articles: ArticleCard[];
  page: number;
  pages: number;
  tag: Tag | null;
  tags: (Tag & { count: number })[];
  canEdit: boolean;
}

/** The Magazin search form (GET, works without script); a refused query shows its message at the field. */
export function SearchBox({ q: query = "", error }: { q?: string; error?: string }) {
  return (
    <form method="get" action="/magazin/suche" role="search" aria-label="Magazin durchsuchen" class="k360-filters">
      <TextField name="q" type="search" label="Im Magazin suchen" value={query} maxLength={200} errors={error ? { q: error } : undefined} />
      <div>
        <button type="submit" class="kern-btn kern-btn--secondary">
          <span class="kern-label">Suchen</span>
        </button>
      </div>
    </form>
  );
}

function TagFilter({ tags, current }: { tags: ListPageProps["tags"]; current: Tag | null }) {
  if (tags.length === 0) return null;
  return (
    <nav aria-label="Beiträge nach Schlagwort">
      <h2 class="kern-heading-small">Schlagwörter</h2>
      <ul class="k360-tags">
        {current && (
          <li>
            <a class="kern-link" href="/magazin">
              Alle Beiträge
            </a>
          </li>
        )}
        {tags.map((t) => (
          <li>
            <a class="kern-link" href={tagHref(t.tag)} aria-current={current?.tag === t.tag ? "page" : undefined}>
              {t.label} ({t.count})
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The Magazin: newest articles first, ten per page, filtered by a tag. */
export function ListPage(props: ListPageProps) {
  const title = props.tag ? `Magazin: ${props.tag.label}` : "Magazin";
  const href = (page: number) => {
    const params = new URLSearchParams();
    if (props.tag) params.set("tag", props.tag.tag);
    if (page > 1) params.set("seite", String(page));
    const query = params.toString();
    return query ? `/magazin?${query}` : "/magazin";
  };
  return (
    <Layout
      ctx={props.ctx}
      title={props.page > 1 ? `${title}, Seite ${props.page}` : title}
      crumbs={props.tag ? magazineCrumbs({ label: props.tag.label }) : [{ label: "Startseite", href: "/" }, { label: "Magazin" }]}
    >
      <div class="kern-stack">
        <h1 class="kern-heading-large">{props.tag ? <>Magazin: Beiträge zum Schlagwort „{props.tag.label}“</> : "Magazin"}</h1>
        <p class="kern-body">
          Berichte, Interviews und Gedanken aus der Initiative Kommune 360° und ihren Kommunen – rund um integrierte Planung und gelingendes Aufwachsen.
        </p>
        {props.canEdit && (
          <p class="kern-body">
            <a class="kern-link" href="/magazin/redaktion">
              Zur Redaktion des Magazins
            </a>
          </p>
        )}
        <SearchBox />
        <FeedLinks />
        <TagFilter tags={props.tags} current={props.tag} />
        <h2 class="kern-sr-only">Beiträge</h2>
        {props.articles.length === 0 ? (
          <Alert kind="info" title={props.page > 1 ? "Auf dieser Seite gibt es keine Beiträge mehr." : "Hier gibt es noch keine Beiträge."}>
            <p class="kern-body">
              <a class="kern-link" href="/magazin">
                Zu den neuesten Beiträgen
              </a>
            </p>
          </Alert>
        ) : (
          <div class="kern-stack-lg">
            {props.articles.map((a, i) => (
              <>
                {i > 0 && <hr class="kern-divider" />}
                <ArticleTeaser article={a} level={3} withTags />
              </>
            ))}
          </div>
        )}
        <Pagination page={props.page} pages={props.pages} href={href} />
      </div>
    </Layout>
  );
}
