import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import { exchangeCrumbs } from "../../views/crumbs.ts";
import type { Proposal } from "../queries.ts";
import { occasions, supportersLabel, type Occasion } from "../texts.ts";
import { StatusBadge, Outcome } from "./parts.tsx";

const base = "/austausch/themenvorschlaege";

function ProposalCard({ p: proposal, titleOf }: { p: Proposal; titleOf: Map<number, string> }) {
  const excerpt = proposal.description.length > 240 ? `${proposal.description.slice(0, 240).trimEnd()} …` : proposal.description;
  return (
    <article class="kern-card" aria-labelledby={`vorschlag-${proposal.id}`}>
      <div class="kern-card__container">
        <header class="kern-card__header">
          <hgroup>
            <h3 class="kern-title" id={`vorschlag-${proposal.id}`}>
              <a class="kern-link" href={`${base}/${proposal.id}`}>
                {proposal.title}
              </a>
            </h3>
            <p class="kern-preline">Vorgeschlagen von {proposal.origin}</p>
          </hgroup>
        </header>
        <section class="kern-card__body kern-stack">
          <p class="kern-body">
            <StatusBadge status={proposal.status} /> {proposal.status !== "merged" && supportersLabel(proposal.supporters)}
          </p>
          {excerpt && <p class="kern-body k360-mail">{excerpt}</p>}
          <Outcome p={proposal} target={proposal.mergedIntoId ? { id: proposal.mergedIntoId, title: titleOf.get(proposal.mergedIntoId) ?? "" } : null} />
        </section>
      </div>
    </article>
  );
}

function MyProposals({ mine }: { mine: Proposal[] }) {
  return (
    <section aria-labelledby="meine-vorschlaege" class="kern-stack">
      <h2 class="kern-heading-medium" id="meine-vorschlaege">
        Meine Vorschläge
      </h2>
      {mine.length === 0 ? (
        <p class="kern-body">Sie haben noch kein Thema vorgeschlagen.</p>
      ) : (
        <div class="kern-table-responsive">
          <table class="kern-table kern-table--striped">
            <caption class="kern-title kern-sr-only">Meine Vorschläge und was aus ihnen wurde</caption>
            <thead>
              <tr class="kern-table__row">
                <th class="kern-table__header" scope="col">
                  Vorschlag
                </th>
                <th class="kern-table__header" scope="col">
                  Anlass
                </th>
                <th class="kern-table__header" scope="col">
                  Stand
                </th>
                <th class="kern-table__header kern-table__header--numeric" scope="col">
                  Unterstützungen
                </th>
                <th class="kern-table__header" scope="col">
                  Begründung des Teams
                </th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {mine.map((p) => (
                <tr class="kern-table__row">
                  <th class="kern-table__header" scope="row">
                    <a class="kern-link" href={`${base}/${p.id}`}>
                      {p.title}
                    </a>
                  </th>
                  <td class="kern-table__cell">{occasions[p.occasion]}</td>
                  <td class="kern-table__cell">
                    <StatusBadge status={p.status} />
                  </td>
                  <td class="kern-table__cell kern-table__cell--numeric">{p.status === "merged" ? "–" : p.supporters}</td>
                  <td class="kern-table__cell k360-mail">{p.decisionReason || "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function OccasionFilter({ filter }: { filter: Occasion | null }) {
  const choices: { href: string; label: string; active: boolean }[] = [
    { href: base, label: "Alle Anlässe", active: filter === null },
    ...(Object.keys(occasions) as Occasion[]).map((o) => ({ href: `${base}?anlass=${o}`, label: occasions[o], active: filter === o })),
  ];
  return (
    <nav aria-label="Vorschläge nach Anlass filtern">
      <ul class="kern-list kern-list--horizontal">
        {choices.map((c) => (
          <li>
            <a class="kern-link" href={c.href} aria-current={c.active ? "page" : undefined}>
              {c.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** All proposals by occasion, open ones by support; and what became of the reader's own proposals. */
export function ProposalsPage(props: { ctx: PageContext; proposals: Proposal[]; mine: Proposal[]; filter: Occasion | null; notice?: string }) {
  const titleOf = new Map(props.proposals.map((p) => [p.id, p.title]));
  const shown = (Object.keys(occasions) as Occasion[]).filter((o) => props.filter === null || props.filter === o);
  return (
    <Layout ctx={props.ctx} title="Themenvorschläge" crumbs={exchangeCrumbs({ label: "Themenvorschläge" })}>
      <h1 class="kern-heading-large">Themenvorschläge</h1>
      <p class="kern-body">
        Gestalten Sie das Programm mit: Schlagen Sie Themen für das nächste AG-Treffen oder das Festival „Kommune gestaltet!“ vor, unterstützen Sie die
        Vorschläge anderer und diskutieren Sie mit. Das Team der Initiative entscheidet, welche Themen ins Programm kommen.
      </p>
      <p class="kern-body">
        <a class="kern-link" href={`${base}/neu`}>
          Thema vorschlagen
        </a>
      </p>
      {props.notice && <Alert kind="success" title={props.notice} />}
      <MyProposals mine={props.mine} />
      <OccasionFilter filter={props.filter} />
      {shown.map((item) => {
        const list = props.proposals.filter((p) => p.occasion === item);
        return (
          <section aria-labelledby={`anlass-${item}`} class="kern-stack">
            <h2 class="kern-heading-medium" id={`anlass-${item}`}>
              Vorschläge für das {occasions[item]}
            </h2>
            {list.length === 0 ? (
              <p class="kern-body">Für diesen Anlass gibt es noch keine Vorschläge.</p>
            ) : (
              list.map((p) => <ProposalCard p={p} titleOf={titleOf} />)
            )}
          </section>
        );
      })}
    </Layout>
  );
}
