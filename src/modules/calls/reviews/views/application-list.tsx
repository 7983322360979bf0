import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert, TableHead } from "../../../../platform/views/components.tsx";
import type { ListedApplication } from "../queries.ts";
import { listTexts } from "../texts.ts";
import { formatMean, reviewCrumbs } from "./parts.tsx";

export interface ApplicationListProps {
  ctx: PageContext;
  call: { id: number; title: string; status: string };
  applications: ListedApplication[];
  drafts: number;
}

function Row({ callId, application }: { callId: number; application: ListedApplication }) {
  return (
    <tr class="kern-table__row">
      <th class="kern-table__header" scope="row">
        <a class="kern-link" href={`/team/ausschreibungen/${callId}/bewerbungen/${application.id}`}>
          {application.municipality}
        </a>
      </th>
      <td class="kern-table__cell">{application.state}</td>
      <td class="kern-table__cell">{application.projectTitle}</td>
      <td class="kern-table__cell kern-table__cell--numeric">
        {application.reviews}
        {application.reviews < 2 && <span class="kern-body kern-body--small"> ({listTexts.needsReview})</span>}
      </td>
      <td class="kern-table__cell">{application.reviewedByMe ? listTexts.yes : listTexts.no}</td>
      <td class="kern-table__cell kern-table__cell--numeric">{application.reviewedByMe ? formatMean(application.mean) : listTexts.hidden}</td>
    </tr>
  );
}

/** The team's list of a call's submitted applications with the state of their reviews. */
export function ApplicationListPage(props: ApplicationListProps) {
  const { call } = props;
  const columns = listTexts.columns;
  return (
    <Layout ctx={props.ctx} title={listTexts.title(call.title)} crumbs={reviewCrumbs(call)}>
      <h1 class="kern-heading-large">{listTexts.title(call.title)}</h1>
      {call.status === "decided" && <Alert kind="info" title={listTexts.decided} />}
      <p class="kern-body">{listTexts.intro}</p>
      <p class="kern-body">{listTexts.drafts(props.drafts)}</p>
      {props.applications.length === 0 ? (
        <p class="kern-body">{listTexts.none}</p>
      ) : (
        <div class="kern-table-responsive">
          <table class="kern-table kern-table--striped">
            <caption class="kern-title">{listTexts.caption}</caption>
            <TableHead
              columns={[
                columns.municipality,
                columns.state,
                columns.project,
                { label: columns.reviews, numeric: true },
                columns.mine,
                { label: columns.mean, numeric: true },
              ]}
            />
            <tbody class="kern-table__body">
              {props.applications.map((application) => (
                <Row callId={call.id} application={application} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
