import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import { exchangeCrumbs } from "../../views/crumbs.ts";
import type { Persona } from "../queries.ts";
import { maxSideBySide, quadrants } from "../texts.ts";
import { Badge } from "../../views/parts.tsx";
import { PlainText } from "./canvas.tsx";
import { personasCrumb } from "./parts.tsx";

/** Up to four columns on a wide screen, so the text stays large enough for a projector; more personas wrap into a second row. */
const columns = (n: number) => `kern-grid kern-grid-cols-1 kern-grid-cols-2-md kern-grid-cols-${Math.min(Math.max(n, 1), 4)}-xl kern-gap-lg`;

export interface SideBySideProps {
  ctx: PageContext;
  personas: Persona[];
  /** How many were asked for, how many of those the reader may not see, and how many did not fit. */
  chosen: number;
  hidden: number;
  cut: number;
}

/** Chosen personas in columns, quadrant by quadrant, for showing at a meeting. */
export function SideBySide(props: SideBySideProps) {
  const { personas } = props;
  return (
    <Layout ctx={props.ctx} title="Personas nebeneinander" crumbs={exchangeCrumbs(personasCrumb, { label: "Nebeneinander" })}>
      <h1 class="kern-heading-x-large">Personas nebeneinander</h1>
      {props.chosen === 0 && (
        <Alert kind="info" title="Keine Persona ausgewählt">
          <p class="kern-body">
            Bitte wählen Sie auf der{" "}
            <a class="kern-link" href="/austausch/personas">
              Übersicht der Personas
            </a>{" "}
            die Personas aus, die Sie nebeneinander zeigen möchten, und wählen Sie dann „Nebeneinander zeigen“.
          </p>
        </Alert>
      )}
      {props.hidden > 0 && (
        <Alert kind="warning" title={props.hidden === 1 ? "Eine Persona wird nicht gezeigt" : `${props.hidden} Personas werden nicht gezeigt`}>
          <p class="kern-body">Sie gibt es nicht oder Sie dürfen sie nicht sehen.</p>
        </Alert>
      )}
      {props.cut > 0 && (
        <Alert kind="warning" title={`Höchstens ${maxSideBySide} Personas nebeneinander`}>
          <p class="kern-body">
            Es sind die ersten {maxSideBySide} Ihrer Auswahl zu sehen; {props.cut === 1 ? "eine weitere ist" : `${props.cut} weitere sind`} ausgelassen.
          </p>
        </Alert>
      )}
      {personas.length > 0 && (
        <div class={columns(personas.length)}>
          {personas.map((p) => (
            <article class="kern-stack" aria-labelledby={`persona-${p.id}`}>
              <header>
                <h2 class="kern-heading-large" id={`persona-${p.id}`}>
                  {p.name}
                </h2>
                <p class="kern-body kern-body--large">
                  {p.role} · {p.municipality.name}
                </p>
                {p.isExample && <Badge kind="warning">Beispiel</Badge>}
              </header>
              {quadrants.map((q) => (
                <div>
                  <h3 class="kern-heading-medium">{q.title}</h3>
                  <PlainText value={p[q.field]} large />
                </div>
              ))}
            </article>
          ))}
        </div>
      )}
      <p class="kern-body">
        <a class="kern-link" href="/austausch/personas">
          Zurück zur Auswahl
        </a>
      </p>
    </Layout>
  );
}
