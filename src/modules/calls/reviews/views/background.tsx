import type { VNode } from "preact";
import { kinds, states } from "../../../municipalities/index.ts";
import { trainingApplicationStates } from "../../../program/index.ts";
import type { Background } from "../queries.ts";
import { backgroundTexts } from "../texts.ts";
import { Section } from "../../../../platform/views/components.tsx";

/** Beside an application: the municipality's facts, its earlier participation, its peers, and what other modules show on its profile. */
export function BackgroundOf({ background, parts }: { background: Background; parts: VNode[] }) {
  const { place } = background;
  return (
    <aside class="kern-stack" aria-labelledby="zur-kommune">
      <h2 class="kern-heading-medium" id="zur-kommune">
        {backgroundTexts.heading}
      </h2>
      <Section id="steckbrief" title={backgroundTexts.facts} level={3}>
        <dl class="k360-facts">
          <dt>{backgroundTexts.state}</dt>
          <dd>{states[place.stateCode] ?? backgroundTexts.unknown}</dd>
          <dt>{backgroundTexts.kind}</dt>
          <dd>{kinds[place.kind as keyof typeof kinds] ?? place.kind}</dd>
          <dt>{backgroundTexts.population}</dt>
          <dd>{place.population > 0 ? place.population.toLocaleString("de-DE") : backgroundTexts.unknown}</dd>
        </dl>
        <p class="kern-body">
          <a class="kern-link" href={`/kommunen/${place.slug}`}>
            {backgroundTexts.profile(place.name)}
          </a>
        </p>
      </Section>
      <Section id="teilnahme" title={backgroundTexts.participation} level={3}>
        <ul class="kern-list">
          <li>{background.fellowIn ? backgroundTexts.cohortYes(background.fellowIn) : backgroundTexts.cohortNo}</li>
          {background.trainings.map((training) => (
            <li>{backgroundTexts.training(training.title, trainingApplicationStates[training.status] ?? training.status)}</li>
          ))}
        </ul>
      </Section>
      <Section id="aehnliche" title={backgroundTexts.peers} level={3}>
        {background.peers.length === 0 ? (
          <p class="kern-body">{backgroundTexts.noPeers}</p>
        ) : (
          <ul class="kern-list">
            {background.peers.map((peer) => (
              <li>
                <a class="kern-link" href={`/kommunen/${peer.slug}`}>
                  {peer.name}
                </a>
                {peer.reasons.length > 0 && ` – ${peer.reasons.join(", ")}`}
              </li>
            ))}
          </ul>
        )}
      </Section>
      {parts}
    </aside>
  );
}
