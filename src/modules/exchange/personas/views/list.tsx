import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import { exchangeCrumbs } from "../../views/crumbs.ts";
import type { Reader } from "../policies.ts";
import type { Persona } from "../queries.ts";
import { maxSideBySide } from "../texts.ts";
import { PersonaBadges } from "./parts.tsx";
import { SubmitButton } from "../../../../platform/views/form.tsx";

function PersonaCard({ p: persona, showPlace }: { p: Persona; showPlace: boolean }) {
  return (
    <article class="kern-card" aria-labelledby={`persona-${persona.id}`}>
      <div class="kern-card__container">
        <header class="kern-card__header">
          <hgroup>
            <h3 class="kern-title" id={`persona-${persona.id}`}>
              <a class="kern-link" href={`/austausch/personas/${persona.id}`}>
                {persona.name}
              </a>
            </h3>
            <p class="kern-preline">{showPlace ? `${persona.role} · ${persona.municipality.name}` : persona.role}</p>
          </hgroup>
        </header>
        <section class="kern-card__body kern-stack">
          <PersonaBadges p={persona} />
        </section>
        <footer class="kern-card__footer">
          <div class="kern-form-check">
            <input class="kern-form-check__checkbox" id={`auswahl-${persona.id}`} name="id" value={String(persona.id)} type="checkbox" />
            <label class="kern-label" for={`auswahl-${persona.id}`}>
              Persona „{persona.name}“ ({persona.municipality.name}) auswählen
            </label>
          </div>
        </footer>
      </div>
    </article>
  );
}

function Group({ id, title, empty, list, showPlace }: { id: string; title: string; empty: string; list: Persona[]; showPlace: boolean }) {
  return (
    <section aria-labelledby={id} class="kern-stack">
      <h2 class="kern-heading-medium" id={id}>
        {title}
      </h2>
      {list.length === 0 ? <p class="kern-body">{empty}</p> : list.map((p) => <PersonaCard p={p} showPlace={showPlace} />)}
    </section>
  );
}

export interface PersonasPageProps {
  ctx: PageContext;
  reader: Reader;
  own: Persona[];
  cohort: Persona[];
  /** For the team: personas the cohort does not see. */
  unshared: Persona[];
  notice?: string;
}

/** The own municipality's personas and those the cohort shares, to open one or to choose several for the side-by-side view. */
export function PersonasPage(props: PersonasPageProps) {
  const { reader } = props;
  const any = props.own.length + props.cohort.length + props.unshared.length > 0;
  return (
    <Layout ctx={props.ctx} title="Personas" crumbs={exchangeCrumbs({ label: "Personas" })}>
      <h1 class="kern-heading-large">Personas</h1>
      <p class="kern-body">
        Mit einer Persona beschreibt eine Kommune eine erfundene Person, an der sich zeigt, wo ihre Planung steht. Beim Fellow-Tag legen die Kommunen ihre
        Personas nebeneinander und vergleichen: Was treibt an, wo hakt es, was funktioniert, was kommt als Nächstes?
      </p>
      <p class="kern-body">
        <a class="kern-link" href="/austausch/personas/neu">
          Persona anlegen
        </a>
      </p>
      {props.notice && <Alert kind="success" title={props.notice} />}
      <form method="get" action="/austausch/personas/nebeneinander" class="kern-stack">
        {reader.municipalityId !== null && (
          <Group id="eigene" title="Personas Ihrer Kommune" empty="Ihre Kommune hat noch keine Persona angelegt." list={props.own} showPlace={false} />
        )}
        {(reader.inCohort || reader.isTeam) && (
          <Group
            id="kohorte"
            title="Personas der Kohorte"
            empty="Die anderen Kommunen der Kohorte haben noch keine Persona geteilt."
            list={props.cohort}
            showPlace
          />
        )}
        {!reader.inCohort && !reader.isTeam && <p class="kern-body">Personas der Kohorte sehen die Kommunen des laufenden Fellow-Programms.</p>}
        {reader.isTeam && props.unshared.length > 0 && (
          <Group id="nicht-geteilt" title="Nicht mit der Kohorte geteilt" empty="" list={props.unshared} showPlace />
        )}
        {any && (
          <div class="kern-stack">
            <p class="kern-hint">Wählen Sie bis zu {maxSideBySide} Personas aus, um sie zum Beispiel bei einem Treffen nebeneinander zu zeigen.</p>
            <div>
              <SubmitButton kind="secondary" label="Nebeneinander zeigen" />
            </div>
          </div>
        )}
      </form>
    </Layout>
  );
}
