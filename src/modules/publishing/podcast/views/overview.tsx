import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import type { SeasonWithEpisodes } from "../queries.ts";
import { show } from "../texts.ts";
import { Badge, episodeFacts, Paragraphs } from "./parts.tsx";

export interface OverviewProps {
  ctx: PageContext;
  seasons: SeasonWithEpisodes[];
  feedUrl: string;
  canEdit: boolean;
}

/** The podcast's start page: what it is, how to subscribe, and every published episode by season. */
export function PodcastOverview(props: OverviewProps) {
  return (
    <Layout ctx={props.ctx} title={`Podcast „${show.title}“`} crumbs={[{ label: "Podcast" }]}>
      <div class="kern-stack">
        <hgroup>
          <h1 class="kern-heading-large">{show.title}</h1>
          <p class="kern-body kern-body--large">{show.subtitle}</p>
        </hgroup>
        <p class="kern-body">{show.description}</p>
        {props.canEdit && (
          <p class="kern-body">
            <a class="kern-link" href="/podcast/redaktion">
              Zur Podcast-Redaktion
            </a>
          </p>
        )}
        <section aria-labelledby="abonnieren" class="kern-stack">
          <h2 class="kern-heading-medium" id="abonnieren">
            Podcast abonnieren
          </h2>
          <p class="kern-body">
            Fügen Sie in Ihrer Podcast-App unter „Podcast hinzufügen“ oder „Per Adresse abonnieren“ diese Feed-Adresse ein. Neue Folgen erscheinen dann von
            selbst:
          </p>
          <p class="kern-body k360-mail">
            <a class="kern-link" href={props.feedUrl}>
              {props.feedUrl}
            </a>
          </p>
        </section>
        {props.seasons.length === 0 && <p class="kern-body">Die erste Folge erscheint in Kürze.</p>}
        {props.seasons.map((season) => (
          <section aria-labelledby={season.slug} class="kern-stack">
            <h2 class="kern-heading-medium" id={season.slug}>
              Staffel {season.number}: {season.title}
            </h2>
            {season.description && <Paragraphs text={season.description} />}
            <ul class="k360-hits">
              {season.episodes.map((e) => (
                <li>
                  <article aria-labelledby={`folge-${e.id}`} class="kern-stack">
                    <h3 class="kern-heading-small" id={`folge-${e.id}`}>
                      <a class="kern-link" href={`/podcast/${e.slug}`}>
                        {e.title}
                      </a>
                    </h3>
                    <p class="kern-body kern-body--small">
                      {episodeFacts(e)} {e.isExample && <Badge>Beispiel</Badge>}
                    </p>
                    <p class="kern-body">{e.description.split(/\n\s*\n/)[0]}</p>
                  </article>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </Layout>
  );
}
