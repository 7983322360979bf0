import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { guideCrumbs } from "../reference.ts";
import type { Chapter, ChapterWithSections, Related, RelatedLink } from "../queries.ts";
import { texts } from "../texts.ts";
import { KindLabel, Markdown, SectionBody, Topics, levelLabel } from "./parts.tsx";

export interface ChapterPageProps {
  ctx: PageContext;
  chapter: ChapterWithSections;
  topicLabels: Map<string, string>;
  related: Related;
  previous: Chapter | null;
  next: Chapter | null;
  isTeam: boolean;
}

function Links({ id, title, links, empty }: { id: string; title: string; links: RelatedLink[]; empty: string }) {
  return (
    <section aria-labelledby={id}>
      <h3 class="kern-heading-small" id={id}>
        {title}
      </h3>
      {links.length === 0 ? (
        <p class="kern-body">{empty}</p>
      ) : (
        <ul class="kern-list">
          {links.map((l) => (
            <li>
              <a class="kern-link" href={l.href}>
                {l.title}
              </a>
              {l.note && <span class="kern-body"> – {l.note}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ChapterNav({ previous, next }: { previous: Chapter | null; next: Chapter | null }) {
  if (!previous && !next) return null;
  return (
    <nav class="k360-pagination k360-guide-nav" aria-label="Weitere Kapitel">
      <ul>
        {previous && (
          <li>
            <a class="kern-link" href={`/change-guide/${previous.slug}`} rel="prev">
              Voriges Kapitel: {previous.title}
            </a>
          </li>
        )}
        {next && (
          <li>
            <a class="kern-link" href={`/change-guide/${next.slug}`} rel="next">
              Nächstes Kapitel: {next.title}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** The chapter's sections as links, where it has more than one. */
function Contents({ chapter }: { chapter: ChapterPageProps["chapter"] }) {
  if (chapter.sections.length <= 1) return null;
  return (
    <nav aria-labelledby="inhalt-kapitel" class="k360-guide-toc">
      <h2 class="kern-heading-small" id="inhalt-kapitel">
        In diesem Kapitel
      </h2>
      <ol class="kern-list">
        {chapter.sections.map((s) => (
          <li>
            <a class="kern-link" href={`#abschnitt-${s.id}`}>
              {s.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** What the platform offers on the chapter's topics. */
function RelatedAside({ related }: { related: Related }) {
  return (
    <aside aria-labelledby="passend" class="kern-stack k360-guide-related">
      <h2 class="kern-heading-medium" id="passend">
        Passend zu diesem Kapitel
      </h2>
      <Links
        id="passend-berichte"
        title="Praxisbeispiele aus Kommunen"
        links={related.reports}
        empty="Zu diesen Themen gibt es noch keine öffentlichen Praxisbeispiele."
      />
      <Links
        id="passend-fortbildung"
        title="Fortbildungen und Formate im Fellow-Programm"
        links={related.formats}
        empty="Derzeit gibt es dazu kein Format im Fellow-Programm."
      />
      <Links
        id="passend-podcast"
        title="Folgen im Podcast „Rebellion im Aktenschrank“"
        links={related.episodes}
        empty="Zu diesen Themen gibt es noch keine Podcastfolge."
      />
    </aside>
  );
}

/** One chapter of the guide: introduction, typed sections, and what the platform offers on the same topics. */
export function ChapterPage(props: ChapterPageProps) {
  const chapter = props.chapter;
  const related = props.related;
  return (
    <Layout ctx={props.ctx} title={`${chapter.title} – Change-Guide`} crumbs={guideCrumbs({ label: chapter.title })}>
      <article class="kern-stack k360-guide-chapter">
        <header class="kern-stack">
          <p class="kern-preline">{levelLabel(chapter.level)}</p>
          <h1 class="kern-heading-large">{chapter.title}</h1>
          <Topics topics={chapter.topics} labels={props.topicLabels} />
          {chapter.intro && <Markdown text={chapter.intro} class="k360-markdown k360-lead" />}
          <p class="kern-body k360-guide-actions">
            {texts.printHint}{" "}
            <a class="kern-link" href={`/change-guide/${chapter.slug}.pdf`}>
              Kapitel „{chapter.title}“ als PDF herunterladen
            </a>
            {props.isTeam && (
              <>
                {" · "}
                <a class="kern-link" href={`/change-guide/redaktion/kapitel/${chapter.id}`}>
                  Kapitel bearbeiten
                </a>
              </>
            )}
          </p>
        </header>
        <Contents chapter={chapter} />
        {chapter.sections.map((s) => (
          <section id={`abschnitt-${s.id}`} aria-labelledby={`abschnitt-${s.id}-titel`} class={`kern-stack k360-guide-section k360-guide-section--${s.kind}`}>
            <p class="kern-body">
              <KindLabel kind={s.kind} />
            </p>
            <h2 class="kern-heading-medium" id={`abschnitt-${s.id}-titel`}>
              {s.title}
            </h2>
            <SectionBody section={s} />
          </section>
        ))}
        <RelatedAside related={related} />
        <ChapterNav previous={props.previous} next={props.next} />
      </article>
    </Layout>
  );
}
