import type { VNode } from "preact";
import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import { formatDateTime, formatDays } from "../../../../platform/dates.ts";
import { stateOf } from "../rules/article-state.ts";
import type { ArticleCard } from "../queries/articles.ts";
import type { ArticleWithLinks } from "../queries/article-page.ts";
import { ArticleTeaser, Byline, ExampleBadge, magazineCrumbs, TagList } from "./parts.tsx";

export interface ArticleViewProps {
  ctx: PageContext;
  article: ArticleWithLinks;
  html: string;
  related: ArticleCard[];
  places: { name: string; slug: string }[];
  events: { id: number; title: string; days: { date: string }[] }[];
  comments: VNode | null;
  canEdit: boolean;
}

function PreviewNote({ article }: { article: ArticleWithLinks }) {
  const title = stateOf(article.status, article.publishAt) === "draft" ? "Vorschau: Entwurf" : `Vorschau: geplant für ${formatDateTime(article.publishAt)}`;
  return (
    <Alert kind="warning" title={title}>
      <p class="kern-body">Nur das Team sieht diesen Beitrag. Leser:innen finden ihn erst, wenn er veröffentlicht und sein Datum erreicht ist.</p>
    </Alert>
  );
}

function Links({ places, events }: Pick<ArticleViewProps, "places" | "events">) {
  if (places.length === 0 && events.length === 0) return null;
  const heading =
    events.length === 0 ? "Kommunen in diesem Beitrag" : places.length === 0 ? "Termine zu diesem Beitrag" : "Kommunen und Termine zu diesem Beitrag";
  return (
    <aside class="kern-stack" aria-labelledby="bezuege">
      <h2 class="kern-heading-medium" id="bezuege">
        {heading}
      </h2>
      {places.length > 0 && (
        <ul class="k360-tags">
          {places.map((p) => (
            <li>
              <a class="kern-link" href={`/kommunen/${p.slug}`}>
                {p.name}
              </a>
            </li>
          ))}
        </ul>
      )}
      {events.length > 0 && (
        <ul class="kern-list">
          {events.map((e) => (
            <li>
              <a class="kern-link" href={`/termine/${e.id}`}>
                {e.title}
              </a>{" "}
              – {formatDays(e.days.map((d) => d.date))}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}

/** An article as readers see it: author line, text, links, "Mehr zum Thema", then the comments. */
export function ArticleView(props: ArticleViewProps) {
  const articleItem = props.article;
  return (
    <Layout ctx={props.ctx} title={articleItem.title} crumbs={magazineCrumbs({ label: articleItem.title })}>
      <div class="kern-stack-xl">
        <article class="kern-stack" aria-labelledby="titel">
          <header class="kern-stack">
            <Byline article={articleItem} />
            <h1 class="kern-heading-large" id="titel">
              {articleItem.title}
            </h1>
            {articleItem.isExample && (
              <p class="kern-body">
                <ExampleBadge /> Dieser Beitrag ist ein erfundenes Beispiel.
              </p>
            )}
            {articleItem.teaser && <p class="kern-body kern-body--large">{articleItem.teaser}</p>}
            <TagList tags={articleItem.tags} />
          </header>
          {!articleItem.visible && <PreviewNote article={articleItem} />}
          {props.canEdit && (
            <p class="kern-body">
              <a class="kern-link" href={`/magazin/redaktion/beitraege/${articleItem.id}`}>
                Beitrag „{articleItem.title}“ bearbeiten
              </a>
            </p>
          )}
          <div class="k360-prose kern-stack" dangerouslySetInnerHTML={{ __html: props.html }} />
          <Links places={props.places} events={props.events} />
        </article>
        {props.related.length > 0 && (
          <section class="kern-stack-lg" aria-labelledby="mehr-zum-thema">
            <h2 class="kern-heading-medium" id="mehr-zum-thema">
              Mehr zum Thema
            </h2>
            {props.related.map((r) => (
              <ArticleTeaser article={r} level={3} />
            ))}
          </section>
        )}
        {props.comments}
      </div>
    </Layout>
  );
}
