import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert, TableHead } from "../../../../platform/views/components.tsx";
import { formatShortDateTime } from "../../../../platform/dates.ts";
import { callKinds, callStatuses, type CallKind, type CallStatus } from "../../reference.ts";
import type { TeamCallRow } from "../queries.ts";
import { pageTexts } from "../texts.ts";

export const teamCrumbs = [
  { label: "Startseite", href: "/" },
  { label: pageTexts.crumbTeam, href: "/team/ausschreibungen" },
];

/** The way back to a call's team page, for the pages below it (applications, selection). */
export const callCrumbs = (call: { id: number; title: string }) => [...teamCrumbs, { label: call.title, href: `/team/ausschreibungen/${call.id}` }];

/** The team's list of calls: every draft, open and decided call with its count of submitted applications. */
export function TeamCallsPage({ ctx, rows, notice }: { ctx: PageContext; rows: TeamCallRow[]; notice?: string }) {
  return (
    <Layout ctx={ctx} title={pageTexts.teamTitle} crumbs={[teamCrumbs[0], { label: pageTexts.crumbTeam }]}>
      {notice && <Alert kind="success" title={notice} />}
      <h1 class="kern-heading-large">{pageTexts.teamTitle}</h1>
      <p class="kern-body">
        <a class="kern-link" href="/team/ausschreibungen/neu">
          {pageTexts.newLink}
        </a>
      </p>
      {rows.length === 0 ? (
        <p class="kern-body">{pageTexts.noCalls}</p>
      ) : (
        <div class="kern-table-responsive">
          <table class="kern-table kern-table--striped">
            <caption class="kern-title">{pageTexts.teamTitle}</caption>
            <TableHead columns={pageTexts.columns} />
            <tbody class="kern-table__body">
              {rows.map((call) => (
                <tr class="kern-table__row">
                  <td class="kern-table__cell">
                    <a class="kern-link" href={`/team/ausschreibungen/${call.id}`}>
                      {call.title}
                    </a>
                  </td>
                  <td class="kern-table__cell">{callKinds[call.kind as CallKind] ?? call.kind}</td>
                  <td class="kern-table__cell">{callStatuses[call.status as CallStatus] ?? call.status}</td>
                  <td class="kern-table__cell">{formatShortDateTime(call.deadline)}</td>
                  <td class="kern-table__cell kern-table__cell--numeric">{call.submitted}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
