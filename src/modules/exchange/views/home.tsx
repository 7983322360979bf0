import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page-context.ts";
import type { ResultCard } from "../finder/queries.ts";
import { Badge } from "./parts.tsx";

export interface ExchangeHomeProps {
  ctx: PageContext;
  latest: ResultCard[];
  canWrite: boolean;
  canPropose: boolean;
  isTeam: boolean;
  inReview: number;
}

/** The topic proposals are for the cohort and the team (the same rule as their pages); others learn how to get there. */
function Proposals(props: ExchangeHomeProps) {
  if (props.canPropose)
    return (
      <li>
        <a class="kern-link" href="/austausch/themenvorschlaege">
          Themenvorschläge für AG-Treffen und Festival
        </a>
      </li>
    );
  if (!props.ctx.user) return null;
  return (
    <li>
      Themenvorschläge für AG-Treffen und Festival machen die Kommunen des laufenden Fellow-Programms:{" "}
      <a class="kern-link" href="/fellow-programm">
        So kommt eine Kommune ins Fellow-Programm
      </a>
    </li>
  );
}

function Areas(props: ExchangeHomeProps) {
  return (
    <nav aria-labelledby="bereiche">
      <h2 class="kern-heading-medium" id="bereiche">
        Bereiche
      </h2>
      <ul class="kern-list">
        {props.canWrite && (
          <>
            <li>
              <a class="kern-link" href="/austausch/berichte/neu">
                Praxisbeispiel schreiben
              </a>
            </li>
            <li>
              <a class="kern-link" href="/austausch/meine-berichte">
                Berichte meiner Kommune
              </a>
            </li>
          </>
        )}
        <Proposals {...props} />
        {props.ctx.user && (
          <>
            <li>
              <a class="kern-link" href="/austausch/personas">
                Personas
              </a>
            </li>
          </>
        )}
        {props.isTeam && (
          <>
            <li>
              <a class="kern-link" href="/austausch/pruefung">
                Berichte prüfen ({props.inReview} eingereicht)
              </a>
            </li>
            <li>
              <a class="kern-link" href="/austausch/thesaurus">
                Thesaurus der Suche
              </a>
            </li>
            <li>
              <a class="kern-link" href="/austausch/ag-themen">
                Themen für die AG-Treffen aus der Kohorte
              </a>
            </li>
          </>
        )}
      </ul>
    </nav>
  );
}

function Latest(props: { latest: ResultCard[] }) {
  return (
    <section aria-labelledby="neueste">
      <h2 class="kern-heading-medium" id="neueste">
        Neue Praxisbeispiele
      </h2>
      <ul class="kern-list">
        {props.latest.map((c) => (
          <li>
            <a class="kern-link" href={c.href}>
              {c.title}
            </a>{" "}
            – {c.municipality.name} {c.isExample && <Badge kind="warning">Beispiel</Badge>}
          </li>
        ))}
      </ul>
      <p class="kern-body">
        <a class="kern-link" href="/austausch/suche?misserfolge=ja">
          Berichte, die auch zeigen, was nicht funktioniert hat
        </a>
      </p>
    </section>
  );
}

/** The exchange's front door: ask the problem finder, read what others learned, share your own. */
export function ExchangeHome(props: ExchangeHomeProps) {
  return (
    <Layout ctx={props.ctx} title="Austausch" crumbs={[{ label: "Startseite", href: "/" }, { label: "Austausch" }]}>
      <h1 class="kern-heading-large">Austausch zwischen Kommunen</h1>
      <p class="kern-body">
        Hat eine andere Kommune unser Problem schon gelöst? Was hat dort funktioniert, was nicht, und was lässt sich übertragen? Hier teilen Jugendämter ihre
        Erfahrungen – auch die mit Umwegen.
      </p>
      <form method="get" action="/austausch/suche" class="kern-stack" role="search" aria-label="Problemfinder">
        <div class="kern-form-input">
          <label class="kern-label" for="q">
            Beschreiben Sie Ihr Problem
          </label>
          <textarea class="kern-form-input__input" id="q" name="q" rows={2} maxLength={1000}></textarea>
        </div>
        <div>
          <button type="submit" class="kern-btn kern-btn--primary">
            <span class="kern-label">Im Problemfinder suchen</span>
          </button>
        </div>
      </form>
      <Areas {...props} />
      <Latest latest={props.latest} />
    </Layout>
  );
}
