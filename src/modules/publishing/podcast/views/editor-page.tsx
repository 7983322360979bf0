import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert, TableHead } from "../../../../platform/views/components.tsx";
import { formatDuration } from "../rules/format.ts";
import type { SeasonWithEpisodes } from "../queries.ts";
import { podcastCrumbs, stateOf } from "./parts.tsx";

export interface EditorPageProps {
  ctx: PageContext;
  seasons: SeasonWithEpisodes[];
  notice?: string;
  now: Date;
}

/** The editors' view of the podcast: every season and episode with its state, drafts included. */
export function EditorPage(props: EditorPageProps) {
  return (
    <Layout ctx={props.ctx} title="Podcast-Redaktion" crumbs={podcastCrumbs({ label: "Redaktion" })}>
      <div class="kern-stack">
        <h1 class="kern-heading-large">Podcast-Redaktion</h1>
        {props.notice && <Alert kind="success" title={props.notice} />}
        <ul class="kern-list">
          <li>
            <a class="kern-link" href="/podcast/redaktion/staffeln/neu">
              Neue Staffel anlegen
            </a>
          </li>
          {props.seasons.length > 0 && (
            <li>
              <a class="kern-link" href="/podcast/redaktion/folgen/neu">
                Neue Folge anlegen
              </a>
            </li>
          )}
        </ul>
        {props.seasons.map((season) => (
          <section aria-labelledby={season.slug} class="kern-stack">
            <h2 class="kern-heading-medium" id={season.slug}>
              Staffel {season.number}: {season.title}
            </h2>
            <p class="kern-body">
              <a class="kern-link" href={`/podcast/redaktion/staffeln/${season.id}/bearbeiten`}>
                Staffel {season.number} bearbeiten
              </a>
            </p>
            {season.episodes.length === 0 ? (
              <p class="kern-body">Noch keine Folgen.</p>
            ) : (
              <div class="kern-table-responsive">
                <table class="kern-table kern-table--striped">
                  <caption class="kern-sr-only">Folgen der Staffel {season.number}</caption>
                  <TableHead columns={["Nr.", "Titel", "Stand", "Dauer"]} />
                  <tbody class="kern-table__body">
                    {season.episodes.map((e) => (
                      <tr class="kern-table__row">
                        <td class="kern-table__cell kern-table__cell--numeric">{e.number}</td>
                        <td class="kern-table__cell">
                          <a class="kern-link" href={`/podcast/redaktion/folgen/${e.id}/bearbeiten`}>
                            {e.title}
                          </a>
                        </td>
                        <td class="kern-table__cell">{stateOf(e, props.now)}</td>
                        <td class="kern-table__cell">{e.durationSeconds ? formatDuration(e.durationSeconds) : "–"}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        ))}
      </div>
    </Layout>
  );
}
