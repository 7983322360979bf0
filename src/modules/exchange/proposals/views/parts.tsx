import { Badge } from "../../views/parts.tsx";
import type { Proposal } from "../queries.ts";
import { proposalStatuses, statusKinds, type ProposalStatus } from "../texts.ts";

export function StatusBadge({ status }: { status: ProposalStatus }) {
  return <Badge kind={statusKinds[status]}>{proposalStatuses[status]}</Badge>;
}

/** What the team decided and why; a merged proposal links to the one it went into. */
export function Outcome({ p: item, target }: { p: Pick<Proposal, "status" | "decisionReason">; target: { id: number; title: string } | null }) {
  if (item.status === "open") return null;
  return (
    <>
      {item.status === "merged" && target && (
        <p class="kern-body">
          Zusammengeführt mit{" "}
          <a class="kern-link" href={`/austausch/themenvorschlaege/${target.id}`}>
            „{target.title}“
          </a>
          ; die Unterstützungen zählen dort.
        </p>
      )}
      {item.decisionReason && <p class="kern-body k360-mail">Begründung des Teams: {item.decisionReason}</p>}
    </>
  );
}
