import { Layout, type Crumb } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import type { Issue, IssueContent } from "../queries.ts";
import { editorialForWeb } from "./markdown.ts";
import { eventLine } from "./event-line.ts";
import { formatDate } from "../../../../platform/dates.ts";
import { editorCrumbs } from "./editor.tsx";

export interface IssuePageProps {
  ctx: PageContext;
  issue: Issue;
  content: IssueContent;
  /** The editors' preview of a draft. */
  preview?: boolean;
}

/** The issue's events with when and where. */
function IssueEvents({ events }: { events: IssueContent["events"] }) {
  if (events.length === 0) return <></>;
  return (
    <section class="kern-stack" aria-labelledby="termine">
      <h2 class="kern-heading-medium" id="termine">
        Termine
      </h2>
      {events.map((e) => (
        <div>
          <h3 class="kern-heading-small">
            <a class="kern-link" href={`/termine/${e.id}`}>
              {e.title}
            </a>
          </h3>
          <p class="kern-body">{eventLine(e)}</p>
        </div>
      ))}
    </section>
  );
}

/** The issue's practice reports with the municipality they come from. */
function IssueReports({ reports }: { reports: IssueContent["reports"] }) {
  if (reports.length === 0) return <></>;
  return (
    <section class="kern-stack" aria-labelledby="aus-der-praxis">
      <h2 class="kern-heading-medium" id="aus-der-praxis">
        Aus der Praxis
      </h2>
      {reports.map((r) => (
        <div>
          <h3 class="kern-heading-small">
            <a class="kern-link" href={`/austausch/berichte/${r.id}`}>
              {r.title}
            </a>
          </h3>
          <p class="kern-body">Praxisbeispiel aus {r.municipality}</p>
        </div>
      ))}
    </section>
  );
}

/** The web version of an issue, and the editors' preview of it. */
export function IssuePage({ ctx, issue, content, preview }: IssuePageProps) {
  const crumbs: Crumb[] = preview
    ? [...editorCrumbs, { label: `Nr. ${issue.number}`, href: `/newsletter/redaktion/${issue.id}` }, { label: "Vorschau" }]
    : [{ label: "Startseite", href: "/" }, { label: "Newsletter", href: "/newsletter" }, { label: `Nr. ${issue.number}` }];
  return (
    <Layout ctx={ctx} title={`Newsletter Nr. ${issue.number}: ${issue.title}`} crumbs={crumbs}>
      {preview && <Alert kind="info" title="Vorschau: So sieht die Webfassung dieser Ausgabe aus." />}
      <article class="kern-stack">
        <hgroup>
          <p class="kern-preline">
            Newsletter Nr. {issue.number}
            {issue.startedAt && ` · ${formatDate(issue.startedAt)}`}
          </p>
          <h1 class="kern-heading-large">{issue.title}</h1>
        </hgroup>
        <div dangerouslySetInnerHTML={{ __html: editorialForWeb(issue.editorial) }} />
        {content.articles.length > 0 && (
          <section class="kern-stack" aria-labelledby="aus-dem-magazin">
            <h2 class="kern-heading-medium" id="aus-dem-magazin">
              Aus dem Magazin
            </h2>
            {content.articles.map((a) => (
              <div>
                <h3 class="kern-heading-small">
                  <a class="kern-link" href={`/magazin/${a.slug}`}>
                    {a.title}
                  </a>
                </h3>
                {a.teaser && <p class="kern-body">{a.teaser}</p>}
              </div>
            ))}
          </section>
        )}
        <IssueReports reports={content.reports} />
        <IssueEvents events={content.events} />
      </article>
      {!preview && (
        <p class="kern-body">
          <a class="kern-link" href="/newsletter">
            Newsletter abonnieren und frühere Ausgaben lesen
          </a>
        </p>
      )}
    </Layout>
  );
}
