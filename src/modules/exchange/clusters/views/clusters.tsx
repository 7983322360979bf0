import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import type { TopicCluster } from "../queries.ts";
import { exchangeCrumbs } from "../../views/crumbs.ts";
import { clusterTexts } from "../texts.ts";

/** The team's suggestion of working-group topics drawn from what the cohort works on. */
export function ClustersPage({ ctx, clusters }: { ctx: PageContext; clusters: TopicCluster[] }) {
  return (
    <Layout ctx={ctx} title={clusterTexts.title} crumbs={exchangeCrumbs({ label: clusterTexts.title })}>
      <h1 class="kern-heading-large">{clusterTexts.title}</h1>
      <p class="kern-body">
        Ein Vorschlag, berechnet aus den Veränderungsvorhaben und Praxisbeispielen der Kohorte: Kommunen, die an Ähnlichem arbeiten, stehen in einer Gruppe. Die
        Gruppen sind eine Grundlage für Ihre Entscheidung, keine fertige Planung. Was die Kommunen selbst vorschlagen, steht bei den{" "}
        <a class="kern-link" href="/austausch/themenvorschlaege">
          Themenvorschlägen
        </a>
        .
      </p>
      {clusters.length === 0 ? (
        <p class="kern-body">Für einen Vorschlag braucht es Vorhaben oder Berichte von mindestens drei Kommunen der Kohorte.</p>
      ) : (
        <ol class="kern-stack">
          {clusters.map((c, i) => (
            <li>
              <section aria-labelledby={`gruppe-${i + 1}`} class="kern-card">
                <div class="kern-card__container">
                  <header class="kern-card__header">
                    <h2 class="kern-title" id={`gruppe-${i + 1}`}>
                      {c.title}
                    </h2>
                  </header>
                  <div class="kern-card__body kern-stack">
                    {c.topics.length > 2 && <p class="kern-body">Außerdem: {c.topics.slice(2).join(", ")}</p>}
                    <ul class="kern-list">
                      {c.municipalities.map((m) => (
                        <li>
                          <a class="kern-link" href={`/kommunen/${m.slug}`}>
                            {m.name}
                          </a>
                          {m.evidence.length > 0 && <> – {m.evidence.map((e) => `„${e}“`).join(", ")}</>}
                        </li>
                      ))}
                    </ul>
                  </div>
                </div>
              </section>
            </li>
          ))}
        </ol>
      )}
    </Layout>
  );
}
