import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert, TableHead } from "../../../../platform/views/components.tsx";
import { formatShortDateTime } from "../../../../platform/dates.ts";
import type { BarrierReport } from "../queries.ts";
import { safePagePath } from "../rules/page-path.ts";
import { crumbs, MailLink } from "./parts.tsx";
import { CsrfField } from "../../../../platform/views/form.tsx";

function PageCell({ value }: { value: string }) {
  if (!value) return <>nicht angegeben</>;
  const path = safePagePath(value);
  return path ? (
    <a class="kern-link" href={path}>
      {path}
    </a>
  ) : (
    <>{value}</>
  );
}

function StatusForm({ report, token }: { report: BarrierReport; token: string | null }) {
  const done = report.status === "done";
  const label = done ? "Wieder öffnen" : "Erledigt";
  return (
    <form method="post" action={`/barrierefreiheit/meldungen/${report.id}/status`}>
      <CsrfField token={token} />
      <input type="hidden" name="status" value={done ? "open" : "done"} />
      <button type="submit" class="kern-btn kern-btn--secondary" aria-label={`${label}: Meldung Nr. ${report.id}`}>
        <span class="kern-label">{label}</span>
      </button>
    </form>
  );
}

function ReportTable({ reports, caption, token }: { reports: BarrierReport[]; caption: string; token: string | null }) {
  return (
    <div class="kern-table-responsive">
      <table class="kern-table kern-table--striped">
        <caption class="kern-title">{caption}</caption>
        <TableHead columns={["Nr.", "Eingang", "Seite", "Beschreibung", "Kontakt", "Aktion"]} />
        <tbody class="kern-table__body">
          {reports.map((r) => (
            <tr class="kern-table__row" id={`meldung-${r.id}`}>
              <td class="kern-table__cell kern-table__cell--numeric">{r.id}</td>
              <td class="kern-table__cell">{formatShortDateTime(r.createdAt)}</td>
              <td class="kern-table__cell">
                <PageCell value={r.pageUrl} />
              </td>
              <td class="kern-table__cell k360-mail">{r.description}</td>
              <td class="kern-table__cell">
                {r.name || (r.email ? "" : "anonym")}
                {r.name && r.email && <br />}
                {r.email && <MailLink address={r.email} />}
              </td>
              <td class="kern-table__cell">
                <StatusForm report={r} token={token} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The team's list of barrier reports, open ones first, each with its status button. */
export function BarrierListPage({ ctx, reports, notice }: { ctx: PageContext; reports: BarrierReport[]; notice?: string }) {
  const open = reports.filter((r) => r.status !== "done");
  const done = reports.filter((r) => r.status === "done");
  return (
    <Layout ctx={ctx} title="Gemeldete Barrieren" crumbs={crumbs({ label: "Barrierefreiheit", href: "/barrierefreiheit" }, { label: "Gemeldete Barrieren" })}>
      <h1 class="kern-heading-large">Gemeldete Barrieren</h1>
      {notice && <Alert kind="success" title={notice} />}
      <p class="kern-body">
        Meldungen aus dem Formular „Barriere melden“. Jede Meldung geht auch per E-Mail an die Administration. Offene Meldungen: {open.length}, erledigte:{" "}
        {done.length}.
      </p>
      {open.length === 0 ? (
        <p class="kern-body">Zurzeit ist keine Meldung offen.</p>
      ) : (
        <ReportTable reports={open} caption="Offene Meldungen, neueste zuerst" token={ctx.csrfToken} />
      )}
      {done.length > 0 && <ReportTable reports={done} caption="Erledigte Meldungen, neueste zuerst" token={ctx.csrfToken} />}
    </Layout>
  );
}
