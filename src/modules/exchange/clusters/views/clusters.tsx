import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import type { TopicCluster } from "../queries.ts";
import { exchangeCrumbs } from "../../views/crumbs.ts";
import { clusterTexts } from "../texts.ts";
import type { Meeting } from "../rules/covered.ts";
import { formatDays } from "../../../../platform/dates.ts";

const meetingState = (m: Meeting) => `${m.held ? "stattgefunden" : "geplant"}${m.date ? `, ${formatDays([m.date])}` : ""}`;

/** The meetings that already took up a group's topics. */
function CoveredBy({ meetings }: { meetings: Meeting[] }) {
  if (meetings.length === 0) return null;
  return (
    <p class="kern-body">
      {clusterTexts.covered}{" "}
      {meetings.map((m, index) => (
        <>
          {index > 0 && "; "}
          <a class="kern-link" href={`/termine/${m.id}`}>
            {m.title}
          </a>{" "}
          ({meetingState(m)})
        </>
      ))}
    </p>
  );
}

/** The meetings so far and planned, so the team sees which topics are taken. */
function Meetings({ meetings }: { meetings: Meeting[] }) {
  return (
    <section aria-labelledby="schon-behandelt" class="kern-stack">
      <h2 class="kern-heading-medium" id="schon-behandelt">
        {clusterTexts.meetingsTitle}
      </h2>
      {meetings.length === 0 ? (
        <p class="kern-body">{clusterTexts.noMeetings}</p>
      ) : (
        <ul class="kern-list">
          {meetings.map((m) => (
            <li>
              <a class="kern-link" href={`/termine/${m.id}`}>
                {m.title}
              </a>{" "}
              ({meetingState(m)})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The team's suggestion of working-group topics drawn from what the cohort works on. */
export function ClustersPage({ ctx, clusters, meetings }: { ctx: PageContext; clusters: (TopicCluster & { coveredBy: Meeting[] })[]; meetings: Meeting[] }) {
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
      <Meetings meetings={meetings} />
      <h2 class="kern-heading-medium">{clusterTexts.groupsTitle}</h2>
      {clusters.length === 0 ? (
        <p class="kern-body">Für einen Vorschlag braucht es Vorhaben oder Berichte von mindestens drei Kommunen der Kohorte.</p>
      ) : (
        <ol class="kern-stack">
          {clusters.map((c, i) => (
            <li>
              <section aria-labelledby={`gruppe-${i + 1}`} class="kern-card">
                <div class="kern-card__container">
                  <header class="kern-card__header">
                    <h3 class="kern-title" id={`gruppe-${i + 1}`}>
                      {c.title}
                    </h3>
                  </header>
                  <div class="kern-card__body kern-stack">
                    {c.topics.length > 2 && <p class="kern-body">Außerdem: {c.topics.slice(2).join(", ")}</p>}
                    <CoveredBy meetings={c.coveredBy} />
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
