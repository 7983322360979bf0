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
  const a = hit.card;
  return (
    <article class="kern-stack-xs" aria-labelledby={`treffer-${a.id}`}>
      <Byline article={a} example={a.isExample} />
      <h2 class="kern-heading-small" id={`treffer-${a.id}`}>
        <a class="kern-link" href={articleHref(a.slug)}>
          {a.title}
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
  const r = props.result;
  const href = (page: number) => `/magazin/suche?q=${encodeURIComponent(props.q)}${page > 1 ? `&seite=${page}` : ""}`;
  return (
    <Layout ctx={props.ctx} title={props.q ? `Magazin-Suche: ${props.q.slice(0, 40)}` : "Magazin-Suche"} crumbs={magazineCrumbs({ label: "Suche" })}>
      <h1 class="kern-heading-large">Im Magazin suchen</h1>
      <SearchBox q={props.q} error={props.queryError} />
      {r && r.corrected.length > 0 && <p class="kern-body">Gesucht auch nach ähnlichen Wörtern für: {r.corrected.join(", ")}</p>}
      {r && r.hits.length === 0 && <Alert kind="info" title={`Keine Beiträge zu „${props.q.slice(0, 80)}“ gefunden.`} />}
      {r && r.hits.length > 0 && (
        <div class="kern-stack-lg">
          {r.hits.map((h) => (
            <Hit hit={h} />
          ))}
        </div>
      )}
      {r && <HitPager page={props.page} more={r.more} href={href} />}
    </Layout>
  );
}
