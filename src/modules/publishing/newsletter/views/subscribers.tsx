import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Pagination, TableHead } from "../../../../platform/views/components.tsx";
import { formatDate } from "../../../../platform/dates.ts";
import { SelectField, SubmitButton, TextField } from "../../../../platform/views/form.tsx";
import type { SubscriberFilter, SubscriberRow } from "../queries.ts";
import { subscriberStatuses } from "../texts.ts";
import { editorCrumbs } from "./editor.tsx";

export interface SubscribersPageProps {
  ctx: PageContext;
  filter: SubscriberFilter;
  rows: SubscriberRow[];
  total: number;
  page: number;
  pages: number;
}

/** The list's address with its filter: for the pages, the export and the links. */
export function subscribersHref(path: string, filter: SubscriberFilter, page = 1): string {
  const query = new URLSearchParams();
  if (filter.search) query.set("q", filter.search);
  if (filter.status) query.set("status", filter.status);
  if (page > 1) query.set("seite", String(page));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** Search by a part of the address and filter by state; a GET form, so the result has its own address. */
function SearchForm({ filter }: { filter: SubscriberFilter }) {
  return (
    <form method="get" action="/newsletter/redaktion/abonnenten" class="kern-stack" role="search">
      <TextField name="q" type="search" label="Adresse enthält" value={filter.search} optional maxLength={100} />
      <SelectField
        name="status"
        label="Stand"
        value={filter.status ?? ""}
        optional
        options={[{ value: "", label: "Alle" }, ...Object.entries(subscriberStatuses).map(([value, label]) => ({ value, label }))]}
      />
      <div>
        <SubmitButton label="Suchen" kind="secondary" />
      </div>
    </form>
  );
}

function SubscriberTable({ rows, total }: { rows: SubscriberRow[]; total: number }) {
  if (rows.length === 0) return <p class="kern-body">Keine Abonnent:innen gefunden.</p>;
  return (
    <section class="kern-table-responsive" tabIndex={0} aria-label="Abonnent:innen">
      <table class="kern-table kern-table--striped">
        <caption class="kern-title">{`${total.toLocaleString("de-DE")} Abonnent:innen, nach Adresse`}</caption>
        <TableHead columns={["E-Mail", "Stand", "Einwilligung am", "Quelle", "Bestätigt am"]} />
        <tbody class="kern-table__body">
          {rows.map((row) => (
            <tr class="kern-table__row">
              <td class="kern-table__cell">{row.email}</td>
              <td class="kern-table__cell">{subscriberStatuses[row.status] ?? row.status}</td>
              <td class="kern-table__cell">{formatDate(row.consentAt)}</td>
              <td class="kern-table__cell">{row.consentSource || "Anmeldung auf der Website"}</td>
              <td class="kern-table__cell">{row.confirmedAt ? formatDate(row.confirmedAt) : "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The team's list of subscribers: search, export and the way to the import. */
export function SubscribersPage(props: SubscribersPageProps) {
  const title = "Abonnent:innen";
  return (
    <Layout ctx={props.ctx} title={title} crumbs={[...editorCrumbs, { label: title }]}>
      <h1 class="kern-heading-large">{title}</h1>
      <ul class="k360-tags">
        <li>
          <a class="kern-link" href={subscribersHref("/newsletter/redaktion/abonnenten.csv", props.filter)}>
            {`Als CSV exportieren (${props.total.toLocaleString("de-DE")})`}
          </a>
        </li>
        <li>
          <a class="kern-link" href="/newsletter/redaktion/abonnenten/import">
            Liste mit Einwilligungen importieren
          </a>
        </li>
      </ul>
      <SearchForm filter={props.filter} />
      <SubscriberTable rows={props.rows} total={props.total} />
      <Pagination page={props.page} pages={props.pages} href={(page) => subscribersHref("/newsletter/redaktion/abonnenten", props.filter, page)} />
    </Layout>
  );
}
