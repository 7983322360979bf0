import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { about, network } from "../texts/about.ts";
import { crumbs, MailLink, Paragraphs } from "./parts.tsx";
import { kinds, states, type Kind } from "../../../municipalities/index.ts";

export interface Fellow {
  slug: string;
  name: string;
  kind: string;
  stateCode: string;
}

const kindLabel = (kind: string) => (kind in kinds ? kinds[kind as Kind] : kind);

/** How to join the network, and whom to contact. */
function JoinIn() {
  return (
    <>
      <h2 class="kern-heading-medium">So machen Sie mit</h2>
      <p class="kern-body">Sie müssen keine Fellow-Kommune sein, um dazuzugehören. Diese Wege stehen allen Kommunen offen:</p>
      <div class="kern-stack">
        {network.ways.map((way) => (
          <section>
            <h3 class="kern-heading-small">{way.title}</h3>
            <p class="kern-body">{way.text}</p>
            {way.href && (
              <p class="kern-body">
                <a class="kern-link" href={way.href}>
                  {way.link}
                </a>
              </p>
            )}
          </section>
        ))}
      </div>
      <h2 class="kern-heading-medium">Kontakt zum Netzwerk</h2>
      <p class="kern-body">
        Sie möchten Ihre Kommune vorstellen, eine Arbeitsgruppe vorschlagen oder mit uns zusammenarbeiten? Schreiben Sie an{" "}
        <MailLink address={network.contact} /> (Beispieladresse).
      </p>
    </>
  );
}

/** The network: Fellow municipalities, partners and the ways to take part. */
export function NetworkPage({ ctx, fellows }: { ctx: PageContext; fellows: Fellow[] }) {
  return (
    <Layout ctx={ctx} title="Unser Netzwerk" crumbs={crumbs({ label: "Wer wir sind", href: "/wer-wir-sind" }, { label: "Netzwerk" })}>
      <h1 class="kern-heading-large">Unser Netzwerk</h1>
      <Paragraphs texts={network.intro} />
      <h2 class="kern-heading-medium">Die Fellow-Kommunen 2025–2027</h2>
      {fellows.length === 0 ? (
        <p class="kern-body">Die Fellow-Kommunen werden hier genannt, sobald sie im Verzeichnis eingetragen sind.</p>
      ) : (
        <ul class="kern-list kern-list--bullet">
          {fellows.map((f) => (
            <li>
              <a class="kern-link" href={`/kommunen/${f.slug}`}>
                {f.name}
              </a>{" "}
              – {kindLabel(f.kind)} in {states[f.stateCode] ?? "Deutschland"}
            </li>
          ))}
        </ul>
      )}
      <p class="kern-body">
        Mehr über das Programm steht auf der Seite{" "}
        <a class="kern-link" href="/fellow-programm">
          Fellow-Programm
        </a>
        .
      </p>
      <h2 class="kern-heading-medium">Die Partnerorganisationen</h2>
      <ul class="kern-list kern-list--bullet">
        {about.partners.map((p) => (
          <li>{p.name}</li>
        ))}
      </ul>
      <p class="kern-body">
        Was die drei Organisationen verbindet, lesen Sie unter{" "}
        <a class="kern-link" href="/wer-wir-sind">
          Wer wir sind
        </a>
        .
      </p>
      <JoinIn />
    </Layout>
  );
}
