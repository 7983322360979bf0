import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { HitPager, Snippet } from "../../../../platform/views/components.tsx";
import { guideCrumbs } from "../reference.ts";
import { texts } from "../texts.ts";
import type { GuideHit } from "../search.ts";
import { KindLabel, levelLabel } from "./parts.tsx";
import { SubmitButton, TextField } from "../../../../platform/views/form.tsx";

/** The search box of the guide; on the start page and above the results. */
export function SearchForm({ query, error }: { query: string; error?: string }) {
  return (
    <form method="get" action="/change-guide/suche" class="kern-stack" role="search" aria-label="Im Change-Guide suchen">
      <TextField
        name="q"
        type="search"
        label="Im Change-Guide suchen"
        hint={texts.searchHint}
        value={query}
        maxLength={200}
        errors={error ? { q: error } : undefined}
      />
      <div>
        <SubmitButton label="Suchen" />
      </div>
    </form>
  );
}

export interface SearchPageProps {
  ctx: PageContext;
  query: string;
  page: number;
  error?: string;
  result: { hits: GuideHit[]; more: boolean; corrected: string[]; unknown: string[] } | null;
}

const pageHref = (q: string, page: number) => `/change-guide/suche?q=${encodeURIComponent(q)}${page > 1 ? `&seite=${page}` : ""}`;

/** Search results over all sections of the guide, with an excerpt around the words found. */
export function SearchPage(props: SearchPageProps) {
  const result = props.result;
  return (
    <Layout
      ctx={props.ctx}
      title={props.query ? `Suche im Change-Guide: ${props.query.slice(0, 40)}` : "Suche im Change-Guide"}
      crumbs={guideCrumbs({ label: "Suche" })}
    >
      <h1 class="kern-heading-large">Suche im Change-Guide</h1>
      <SearchForm query={props.query} error={props.error} />
      {result && (
        <section aria-labelledby="treffer" class="kern-stack">
          <h2 class="kern-heading-medium" id="treffer">
            {result.hits.length === 0 ? "Keine Treffer" : props.page > 1 ? `Treffer, Seite ${props.page}` : "Die besten Treffer"}
          </h2>
          {result.corrected.length > 0 && (
            <p class="kern-body">Für {result.corrected.map((w) => `„${w}“`).join(", ")} wurde auch nach ähnlich geschriebenen Wörtern gesucht.</p>
          )}
          {result.unknown.length > 0 && <p class="kern-body">Nicht gefunden: {result.unknown.map((w) => `„${w}“`).join(", ")}.</p>}
          {result.hits.length === 0 && (
            <p class="kern-body">
              Versuchen Sie andere Worte, oder{" "}
              <a class="kern-link" href="/change-guide">
                stöbern Sie nach Ebene und Art
              </a>
              .
            </p>
          )}
          <ol class="k360-hits">
            {result.hits.map(({ section: s, snippet }) => (
              <li>
                <article aria-labelledby={`treffer-${s.id}`}>
                  <p class="kern-body">
                    <KindLabel kind={s.kind} /> {levelLabel(s.chapter.level)}
                  </p>
                  <h3 class="kern-heading-small" id={`treffer-${s.id}`}>
                    <a class="kern-link" href={`/change-guide/${s.chapter.slug}#abschnitt-${s.id}`}>
                      {s.title}
                    </a>
                  </h3>
                  <p class="kern-body">Aus dem Kapitel „{s.chapter.title}“</p>
                  <p class="kern-body">
                    <Snippet parts={snippet} />
                  </p>
                </article>
              </li>
            ))}
          </ol>
          <HitPager page={props.page} more={result.more} href={(n) => pageHref(props.query, n)} />
        </section>
      )}
    </Layout>
  );
}
