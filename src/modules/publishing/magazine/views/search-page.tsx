import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert, HitPager, Snippet } from "../../../../platform/views/components.tsx";
import type { ArticleHit } from "../search.ts";
import { SearchBox } from "./list-page.tsx";
import { articleHref, Byline, magazineCrumbs } from "./parts.tsx";

export interface SearchPageProps {
  ctx: PageContext;
  q: string;
  page: number;
  result: { hits: ArticleHit[]; more: boolean; corrected: string[] } | null;
  queryError?: string;
}

function Hit({ hit }: { hit: ArticleHit }) {
  const card = hit.card;
  return (
    <article class="kern-stack-xs" aria-labelledby={`treffer-${card.id}`}>
      <Byline article={card} example={card.isExample} />
      <h2 class="kern-heading-small" id={`treffer-${card.id}`}>
        <a class="kern-link" href={articleHref(card.slug)}>
          {card.title}
        </a>
      </h2>
      <p class="kern-body">
        <Snippet parts={hit.snippet} />
      </p>
    </article>
  );
}

/** Search over all published articles, with German word forms and typo tolerance as everywhere on the platform. */
export function SearchPage(props: SearchPageProps) {
  const result = props.result;
  const href = (page: number) => `/magazin/suche?q=${encodeURIComponent(props.q)}${page > 1 ? `&seite=${page}` : ""}`;
  return (
    <Layout ctx={props.ctx} title={props.q ? `Magazin-Suche: ${props.q.slice(0, 40)}` : "Magazin-Suche"} crumbs={magazineCrumbs({ label: "Suche" })}>
      <h1 class="kern-heading-large">Im Magazin suchen</h1>
      <SearchBox q={props.q} error={props.queryError} />
      {result && result.corrected.length > 0 && <p class="kern-body">Gesucht auch nach ähnlichen Wörtern für: {result.corrected.join(", ")}</p>}
      {result && result.hits.length === 0 && <Alert kind="info" title={`Keine Beiträge zu „${props.q.slice(0, 80)}“ gefunden.`} />}
      {result && result.hits.length > 0 && (
        <div class="kern-stack-lg">
          {result.hits.map((h) => (
            <Hit hit={h} />
          ))}
        </div>
      )}
      {result && <HitPager page={props.page} more={result.more} href={href} />}
    </Layout>
  );
}
