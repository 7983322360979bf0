import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert, TableHead } from "../../../../platform/views/components.tsx";
import type { ListedApplication } from "../queries.ts";
import { reviewsNeeded, type ListFilter, type ListOrder } from "../rules/listing.ts";
import { SelectField, SubmitButton } from "../../../../platform/views/form.tsx";
import { listTexts } from "../texts.ts";
import { formatMean, reviewCrumbs } from "./parts.tsx";

export interface ApplicationListProps {
  ctx: PageContext;
  call: { id: number; title: string; status: string };
  /** The applications the filter keeps, in the chosen order. */
  applications: ListedApplication[];
  /** How many were submitted in all. */
  total: number;
  choice: { filter: ListFilter; order: ListOrder };
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
        {application.reviews < reviewsNeeded && <span class="kern-body kern-body--small"> ({listTexts.needsReview(reviewsNeeded - application.reviews)})</span>}
      </td>
      <td class="kern-table__cell">{application.reviewedByMe ? listTexts.yes : listTexts.no}</td>
      <td class="kern-table__cell kern-table__cell--numeric">{application.reviewedByMe ? formatMean(application.mean) : listTexts.hidden}</td>
    </tr>
  );
}

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

function ArrangeForm({ callId, choice }: { callId: number; choice: ApplicationListProps["choice"] }) {
  return (
    <form method="get" action={`/team/ausschreibungen/${callId}/bewerbungen`} class="k360-filters" aria-label={listTexts.arrange}>
      <SelectField name="zeige" label={listTexts.filter} value={choice.filter} options={options(listTexts.filters)} />
      <SelectField name="sortierung" label={listTexts.order} value={choice.order} options={options(listTexts.orders)} />
      <div>
        <SubmitButton label={listTexts.show} kind="secondary" />
      </div>
    </form>
  );
}

function Table({ callId, applications }: { callId: number; applications: ListedApplication[] }) {
  const columns = listTexts.columns;
  return (
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
          {applications.map((application) => (
            <Row callId={callId} application={application} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The team's list of a call's submitted applications with the state of their reviews. */
export function ApplicationListPage(props: ApplicationListProps) {
  const { call } = props;
  return (
    <Layout ctx={props.ctx} title={listTexts.title(call.title)} crumbs={reviewCrumbs(call)}>
      <h1 class="kern-heading-large">{listTexts.title(call.title)}</h1>
      {call.status === "decided" && <Alert kind="info" title={listTexts.decided} />}
      <p class="kern-body">{listTexts.intro}</p>
      <p class="kern-body">{listTexts.drafts(props.drafts)}</p>
      {props.total === 0 ? (
        <p class="kern-body">{listTexts.none}</p>
      ) : (
        <>
          <ArrangeForm callId={call.id} choice={props.choice} />
          {props.applications.length < props.total && <p class="kern-body">{listTexts.shown(props.applications.length, props.total)}</p>}
          {props.applications.length > 0 && <Table callId={call.id} applications={props.applications} />}
        </>
      )}
    </Layout>
  );
}
