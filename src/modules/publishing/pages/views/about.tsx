import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import { about, team } from "../texts/about.ts";
import { crumbs, MailLink, Paragraphs } from "./parts.tsx";

/** "Wer wir sind": the initiative, how it works and its three partner organisations. */
export function AboutPage({ ctx }: { ctx: PageContext }) {
  return (
    <Layout ctx={ctx} title="Wer wir sind" crumbs={crumbs({ label: "Wer wir sind" })}>
      <h1 class="kern-heading-large">Wer wir sind</h1>
      <Paragraphs texts={about.intro} />
      <h2 class="kern-heading-medium">Wie wir arbeiten</h2>
      <Paragraphs texts={about.approach} />
      <h2 class="kern-heading-medium">Die Partnerorganisationen</h2>
      <p class="kern-body">{about.partnersIntro}</p>
      <div class="kern-stack">
        {about.partners.map((p) => (
          <section>
            <h3 class="kern-heading-small">{p.name}</h3>
            <p class="kern-body">{p.text}</p>
          </section>
        ))}
      </div>
      <h2 class="kern-heading-medium">Mehr über uns</h2>
      <ul class="kern-list">
        <li>
          <a class="kern-link" href="/wer-wir-sind/team">
            Unser Team und wie Sie uns erreichen
          </a>
        </li>
        <li>
          <a class="kern-link" href="/netzwerk">
            Unser Netzwerk: Fellow-Kommunen, Partner und wie Sie mitmachen
          </a>
        </li>
        <li>
          <a class="kern-link" href="/angebote">
            Unsere Angebote
          </a>
        </li>
      </ul>
    </Layout>
  );
}

/** The team with role, topics and e-mail contact (invented example people). */
export function TeamPage({ ctx }: { ctx: PageContext }) {
  return (
    <Layout ctx={ctx} title="Unser Team" crumbs={crumbs({ label: "Wer wir sind", href: "/wer-wir-sind" }, { label: "Team" })}>
      <h1 class="kern-heading-large">Unser Team</h1>
      <p class="kern-body">
        Hier finden Sie die Menschen, die die Initiative im Alltag tragen, und wofür sie Ansprechpersonen sind. Schreiben Sie uns gern direkt.
      </p>
      <Alert kind="info" title="Beispielangaben">
        <p class="kern-body">Die Personen auf dieser Seite sind erfunden. Sie zeigen, wie die Seite mit den echten Ansprechpersonen aussieht.</p>
      </Alert>
      <ul class="kern-list kern-gap-lg">
        {team.map((person) => (
          <li>
            <h2 class="kern-heading-small">{person.name} (Beispiel)</h2>
            <p class="kern-body">
              <strong>{person.role}</strong>
            </p>
            <p class="kern-body">Ansprechperson für: {person.focus}</p>
            <p class="kern-body">
              E-Mail: <MailLink address={person.email} />
            </p>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
