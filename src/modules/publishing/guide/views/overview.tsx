import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { guideCrumbs, guideTitle, kinds, levels, type Kind, type Level } from "../reference.ts";
import { plainText } from "../../../../platform/markdown.ts";
import { texts } from "../texts.ts";
import type { Chapter, FoundSection } from "../queries.ts";
import { KindLabel, excerpt, levelLabel } from "./parts.tsx";
import { SearchForm } from "./search.tsx";
import { SelectField } from "../../../../platform/views/form.tsx";

export interface GuidePageProps {
  ctx: PageContext;
  chapters: Chapter[];
  filter: { level?: Level; kind?: Kind };
  /** Sections matching the filter; null when no filter is set. */
  found: FoundSection[] | null;
  isTeam: boolean;
}

function FilterForm({ filter }: { filter: GuidePageProps["filter"] }) {
  const all = { value: "", label: "Alle" };
  return (
    <form method="get" action="/change-guide" class="kern-stack" aria-labelledby="filter-titel">
      <h2 class="kern-heading-medium" id="filter-titel">
        Abschnitte nach Ebene und Art finden
      </h2>
      <p class="kern-body">{texts.filterHint}</p>
      <div class="k360-filters">
        <SelectField
          name="ebene"
          label="Ebene"
          value={filter.level ?? ""}
          options={[all, ...Object.entries(levels).map(([value, l]) => ({ value, label: l.short }))]}
        />
        <SelectField
          name="art"
          label="Art"
          value={filter.kind ?? ""}
          options={[all, ...Object.entries(kinds).map(([value, k]) => ({ value, label: k.label }))]}
        />
        <div>
          <button type="submit" class="kern-btn kern-btn--secondary">
            <span class="kern-label">Abschnitte anzeigen</span>
          </button>
        </div>
      </div>
    </form>
  );
}

function Found({ found, filter }: { found: FoundSection[]; filter: GuidePageProps["filter"] }) {
  const what = [filter.kind ? kinds[filter.kind].plural : "Abschnitte", filter.level ? `auf der ${levels[filter.level].label}` : ""].filter(Boolean).join(" ");
  return (
    <section aria-labelledby="gefunden" class="kern-stack">
      <h2 class="kern-heading-medium" id="gefunden">
        {found.length === 1 ? "1 Abschnitt" : `${found.length} Abschnitte`}: {what}
      </h2>
      <p class="kern-body">
        <a class="kern-link" href="/change-guide">
          Filter zurücksetzen und alle Kapitel zeigen
        </a>
      </p>
      {found.length === 0 && <p class="kern-body">Dazu gibt es noch keine Abschnitte. Wählen Sie eine andere Ebene oder Art.</p>}
      <ol class="k360-hits">
        {found.map((s) => (
          <li>
            <article aria-labelledby={`abschnitt-${s.id}`}>
              <p class="kern-body">
                <KindLabel kind={s.kind} /> {levelLabel(s.chapter.level)}
              </p>
              <h3 class="kern-heading-small" id={`abschnitt-${s.id}`}>
                <a class="kern-link" href={`/change-guide/${s.chapter.slug}#abschnitt-${s.id}`}>
                  {s.title}
                </a>
              </h3>
              <p class="kern-body">Aus dem Kapitel „{s.chapter.title}“</p>
              <p class="kern-body">{excerpt(plainText(s.body))}</p>
            </article>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Levels({ chapters }: { chapters: Chapter[] }) {
  return (
    <>
      {(Object.keys(levels) as Level[]).map((level) => {
        const own = chapters.filter((c) => c.level === level);
        return (
          <section aria-labelledby={`ebene-${level}`} class="kern-stack">
            <h2 class="kern-heading-medium" id={`ebene-${level}`}>
              {levels[level].label}
            </h2>
            <p class="kern-body">{levels[level].description}</p>
            {own.length === 0 ? (
              <p class="kern-body">Zu dieser Ebene gibt es noch keine Kapitel.</p>
            ) : (
              <ol class="kern-list">
                {own.map((c) => (
                  <li>
                    <a class="kern-link" href={`/change-guide/${c.slug}`}>
                      {c.title}
                    </a>
                  </li>
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </>
  );
}

/** The guide's start: what it is, its three levels with their chapters, a filter by level and kind, the search. */
export function GuidePage(props: GuidePageProps) {
  return (
    <Layout ctx={props.ctx} title={props.found ? `${guideTitle}: gefilterte Abschnitte` : guideTitle} crumbs={guideCrumbs()}>
      <h1 class="kern-heading-large">Change-Guide: Veränderung auf drei Ebenen</h1>
      {texts.intro.map((p) => (
        <p class="kern-body">{p}</p>
      ))}
      <ul class="kern-list k360-guide-actions">
        <li>
          <a class="kern-link" href="/change-guide.pdf">
            Den ganzen Change-Guide als PDF herunterladen
          </a>
        </li>
        {props.isTeam && (
          <li>
            <a class="kern-link" href="/change-guide/redaktion">
              Change-Guide bearbeiten
            </a>
          </li>
        )}
      </ul>
      <SearchForm query="" />
      <FilterForm filter={props.filter} />
      {props.found ? <Found found={props.found} filter={props.filter} /> : <Levels chapters={props.chapters} />}
    </Layout>
  );
}
