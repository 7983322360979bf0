import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import { exchangeCrumbs } from "../../views/crumbs.ts";
import type { Persona } from "../queries.ts";
import { quadrants } from "../texts.ts";
import { PersonaBadges, personasCrumb } from "./parts.tsx";

/** Paragraphs of a plain-text field, or a note that it is still empty. */
export function PlainText({ value, large }: { value: string; large?: boolean }) {
  const cls = `kern-body${large ? " kern-body--large" : ""} k360-mail`;
  if (!value.trim()) return <p class={`${cls} kern-body--muted`}>Noch nicht ausgefüllt.</p>;
  return (
    <>
      {value.split(/\n{2,}/).map((para) => (
        <p class={cls}>{para}</p>
      ))}
    </>
  );
}

/** One persona as a canvas: who it is, and the four quadrants. */
export function PersonaCanvas(props: { ctx: PageContext; persona: Persona; canEdit: boolean; notice?: string }) {
  const persona = props.persona;
  return (
    <Layout ctx={props.ctx} title={`Persona: ${persona.name}`} crumbs={exchangeCrumbs(personasCrumb, { label: persona.name })}>
      <article class="kern-stack">
        <header class="kern-stack">
          <p class="kern-body">
            Persona aus{" "}
            <a class="kern-link" href={`/kommunen/${persona.municipality.slug}`}>
              {persona.municipality.name}
            </a>
          </p>
          <h1 class="kern-heading-large">{persona.name}</h1>
          <p class="kern-body kern-body--large">{persona.role}</p>
          <PersonaBadges p={persona} />
        </header>
        {props.notice && <Alert kind="success" title={props.notice} />}
        <div class="kern-grid kern-grid-cols-1 kern-grid-cols-2-md kern-gap-md">
          {quadrants.map((q) => (
            <section class="kern-card" aria-labelledby={`feld-${q.field}`}>
              <div class="kern-card__container">
                <header class="kern-card__header">
                  <h2 class="kern-title" id={`feld-${q.field}`}>
                    {q.title}
                  </h2>
                </header>
                <div class="kern-card__body">
                  <PlainText value={persona[q.field]} />
                </div>
              </div>
            </section>
          ))}
        </div>
        <ul class="kern-list kern-list--horizontal">
          {props.canEdit && (
            <li>
              <a class="kern-link" href={`/austausch/personas/${persona.id}/bearbeiten`}>
                Persona „{persona.name}“ bearbeiten
              </a>
            </li>
          )}
          <li>
            <a class="kern-link" href={`/austausch/personas/nebeneinander?id=${persona.id}`}>
              Als Präsentation zeigen
            </a>
          </li>
        </ul>
      </article>
    </Layout>
  );
}
