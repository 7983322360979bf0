import type { VNode } from "preact";
import { kinds, states } from "../../../municipalities/index.ts";
import { trainingApplicationStates } from "../../../program/index.ts";
import type { Background } from "../queries.ts";
import { backgroundTexts } from "../texts.ts";

/** Beside an application: the municipality's facts, its earlier participation, its peers, and what other modules show on its profile. */
export function BackgroundOf({ background, parts }: { background: Background; parts: VNode[] }) {
  const { place } = background;
  return (
    <aside class="kern-stack" aria-labelledby="zur-kommune">
      <h2 class="kern-heading-medium" id="zur-kommune">
        {backgroundTexts.heading}
      </h2>
      <section class="kern-stack" aria-labelledby="steckbrief">
        <h3 class="kern-title" id="steckbrief">
          {backgroundTexts.facts}
        </h3>
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
      </section>
      <section class="kern-stack" aria-labelledby="teilnahme">
        <h3 class="kern-title" id="teilnahme">
          {backgroundTexts.participation}
        </h3>
        <ul class="kern-list">
          <li>{background.fellowIn ? backgroundTexts.cohortYes(background.fellowIn) : backgroundTexts.cohortNo}</li>
          {background.trainings.map((training) => (
            <li>{backgroundTexts.training(training.title, trainingApplicationStates[training.status] ?? training.status)}</li>
          ))}
        </ul>
      </section>
      <section class="kern-stack" aria-labelledby="aehnliche">
        <h3 class="kern-title" id="aehnliche">
          {backgroundTexts.peers}
        </h3>
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
      </section>
      {parts}
    </aside>
  );
}
