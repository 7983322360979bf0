import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert, HitPager, Snippet } from "../../../../platform/views/components.tsx";
import { exchangeCrumbs } from "../../views/crumbs.ts";
import { Badge, TopicTags } from "../../views/parts.tsx";
import type { FinderResult, ResultCard } from "../queries.ts";
import { kindLabels } from "../texts.ts";
import { kinds, sizeClasses, states } from "../../../municipalities/index.ts";
import { FieldError, SelectField } from "../../../../platform/views/form.tsx";

export interface FinderQuery {
  q: string;
  thema: string;
  land: string;
  typ: string;
  groesse: string;
  misserfolge: boolean;
  seite: number;
}

export function queryString(finderQuery: FinderQuery, page = finderQuery.seite): string {
  const params = new URLSearchParams();
  for (const key of ["q", "thema", "land", "typ", "groesse"] as const) if (finderQuery[key]) params.set(key, finderQuery[key]);
  if (finderQuery.misserfolge) params.set("misserfolge", "ja");
  if (page > 1) params.set("seite", String(page));
  return params.toString();
}

function Hit({ card }: { card: ResultCard }) {
  return (
    <li>
      <article aria-labelledby={`treffer-${card.key.replace(":", "-")}`}>
        <p class="kern-body">
          <Badge kind="info">{kindLabels[card.kind]}</Badge> {card.isExample && <Badge kind="warning">Beispiel</Badge>}{" "}
          {card.hasFailures && <Badge kind="danger">Auch, was nicht funktioniert hat</Badge>}
        </p>
        <h3 class="kern-heading-small" id={`treffer-${card.key.replace(":", "-")}`}>
          <a class="kern-link" href={card.href}>
            {card.title}
          </a>
        </h3>
        {card.kind !== "kommune" && (
          <p class="kern-body">
            {card.municipality.name}
            {card.place && <> ({card.place})</>}
          </p>
        )}
        {card.kind === "kommune" && card.place && <p class="kern-body">{card.place}</p>}
        <p class="kern-body">
          <Snippet parts={card.snippet} />
        </p>
        <TopicTags topics={card.topics} />
      </article>
    </li>
  );
}

export interface FinderPageProps {
  ctx: PageContext;
  query: FinderQuery;
  topics: { slug: string; label: string }[];
  result: FinderResult | null;
  queryError?: string;
  shortened?: boolean;
  signedIn: boolean;
}

function SearchForm(props: FinderPageProps) {
  const query = props.query;
  const opt = (entries: [string, string][]) => [{ value: "", label: "Alle" }, ...entries.map(([value, label]) => ({ value, label }))];
  return (
    <form method="get" action="/austausch/suche" class="kern-stack" role="search" aria-label="Problemfinder">
      <div class={`kern-form-input${props.queryError ? " kern-form-input--error" : ""}`}>
        <label class="kern-label" for="q">
          Ihr Problem
        </label>
        <div class="kern-hint" id="q-hint">
          Zum Beispiel: „Wir erreichen Familien in Armutslagen mit unseren Beteiligungsformaten kaum“
        </div>
        <textarea
          class="kern-form-input__input"
          id="q"
          name="q"
          rows={3}
          maxLength={1000}
          aria-describedby={props.queryError ? "q-hint q-error" : "q-hint"}
          aria-invalid={props.queryError ? "true" : undefined}
        >
          {query.q}
        </textarea>
        <FieldError id="q" error={props.queryError} />
      </div>
      <fieldset class="kern-fieldset">
        <legend class="kern-label">Eingrenzen</legend>
        <div class="kern-fieldset__body k360-filters">
          <SelectField name="thema" label="Thema" value={query.thema} options={opt(props.topics.map((t) => [t.slug, t.label]))} />
          <SelectField name="land" label="Bundesland" value={query.land} options={opt(Object.entries(states))} />
          <SelectField name="typ" label="Art der Kommune" value={query.typ} options={opt(Object.entries(kinds))} />
          <SelectField name="groesse" label="Größe" value={query.groesse} options={opt(Object.entries(sizeClasses).map(([k, s]) => [k, s.label]))} />
          <div class="kern-form-check">
            <input class="kern-form-check__checkbox" type="checkbox" id="misserfolge" name="misserfolge" value="ja" checked={query.misserfolge} />
            <label class="kern-label" for="misserfolge">
              Nur Berichte, die auch zeigen, was nicht funktioniert hat
            </label>
          </div>
        </div>
      </fieldset>
      <div>
        <button type="submit" class="kern-btn kern-btn--primary">
          <span class="kern-label">Suchen</span>
        </button>
      </div>
    </form>
  );
}

/** The problem finder: describe a problem in plain words, get the experiences of other municipalities, best first. */
export function FinderPage(props: FinderPageProps) {
  const query = props.query;
  const result = props.result;
  return (
    <Layout ctx={props.ctx} title={query.q ? `Problemfinder: ${query.q.slice(0, 40)}` : "Problemfinder"} crumbs={exchangeCrumbs({ label: "Problemfinder" })}>
      <h1 class="kern-heading-large">Problemfinder</h1>
      <p class="kern-body">
        Beschreiben Sie Ihr Problem in eigenen Worten. Sie finden Praxisbeispiele, Veränderungsvorhaben und Kommunen, die an Ähnlichem arbeiten – die besten
        Treffer zuerst.
        {!props.signedIn && " Angemeldete Mitglieder finden zusätzlich die Berichte, die nur im Netzwerk geteilt sind."}
      </p>
      <SearchForm {...props} />
      {props.shortened && (
        <Alert kind="info" title="Ihre Beschreibung war sehr lang">
          <p class="kern-body">Gesucht wurde mit den ersten 1.000 Zeichen.</p>
        </Alert>
      )}
      {result && <Results {...props} result={result} />}
    </Layout>
  );
}

function Results(props: FinderPageProps & { result: FinderResult }) {
  const { result, query } = props;
  return (
    <section aria-labelledby="treffer" class="kern-stack">
      <h2 class="kern-heading-medium" id="treffer">
        {result.cards.length === 0 ? "Keine Treffer" : query.seite > 1 ? `Treffer, Seite ${query.seite}` : "Die besten Treffer"}
      </h2>
      {result.corrected.length > 0 && (
        <p class="kern-body">Für {result.corrected.map((w) => `„${w}“`).join(", ")} wurde auch nach ähnlich geschriebenen Wörtern gesucht.</p>
      )}
      {result.unknown.length > 0 && <p class="kern-body">Nicht gefunden: {result.unknown.map((w) => `„${w}“`).join(", ")}.</p>}
      {result.cards.length === 0 && <p class="kern-body">Versuchen Sie andere Worte oder weniger Eingrenzungen.</p>}
      {result.municipalities.length > 0 && query.seite === 1 && (
        <aside aria-labelledby="kommunen-mit-erfahrung">
          <h3 class="kern-heading-small" id="kommunen-mit-erfahrung">
            Kommunen mit Erfahrung in diesem Problem
          </h3>
          <ul class="k360-tags">
            {result.municipalities.map((m) => (
              <li>
                <a class="kern-link" href={`/kommunen/${m.slug}`}>
                  {m.name}
                </a>{" "}
                ({m.hits} Treffer)
              </li>
            ))}
          </ul>
        </aside>
      )}
      <ol class="k360-hits">
        {result.cards.map((c) => (
          <Hit card={c} />
        ))}
      </ol>
      <HitPager page={query.seite} more={result.more} href={(n) => `/austausch/suche?${queryString(query, n)}`} />
    </section>
  );
}
