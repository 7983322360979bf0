import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import { exchangeCrumbs } from "../../views/crumbs.ts";
import { reportStatuses, visibilities } from "../../reference.ts";
import type { Report } from "../queries.ts";
import { formatDay } from "../../../../platform/dates.ts";

function ReportTable({ reports, caption, withMunicipality }: { reports: Report[]; caption: string; withMunicipality?: boolean }) {
  return (
    <div class="kern-table-responsive">
      <table class="kern-table">
        <caption class="kern-title">{caption}</caption>
        <thead class="kern-table__head">
          <tr class="kern-table__row">
            <th class="kern-table__header" scope="col">
              Titel
            </th>
            {withMunicipality && (
              <th class="kern-table__header" scope="col">
                Kommune
              </th>
            )}
            <th class="kern-table__header" scope="col">
              Stand
            </th>
            <th class="kern-table__header" scope="col">
              Lesbar für
            </th>
            <th class="kern-table__header" scope="col">
              Veröffentlicht
            </th>
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {reports.map((r) => (
            <tr class="kern-table__row">
              <td class="kern-table__cell">
                <a class="kern-link" href={`/austausch/berichte/${r.id}`}>
                  {r.title}
                </a>
                {r.reviewNote && r.status === "draft" && <> – Hinweis des Teams: {r.reviewNote}</>}
              </td>
              {withMunicipality && <td class="kern-table__cell">{r.municipality.name}</td>}
              <td class="kern-table__cell">{reportStatuses[r.status]}</td>
              <td class="kern-table__cell">{visibilities[r.visibility].label}</td>
              <td class="kern-table__cell">{r.publishedOn ? formatDay(r.publishedOn) : "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function MyReportsPage({ ctx, reports, municipalityName, notice }: { ctx: PageContext; reports: Report[]; municipalityName: string; notice?: string }) {
  return (
    <Layout ctx={ctx} title="Meine Berichte" crumbs={exchangeCrumbs({ label: "Meine Berichte" })}>
      <h1 class="kern-heading-large">Praxisbeispiele aus {municipalityName}</h1>
      {notice && <Alert kind="success" title={notice} />}
      <p class="kern-body">
        <a class="kern-link" href="/austausch/berichte/neu">
          Neues Praxisbeispiel schreiben
        </a>
      </p>
      {reports.length === 0 ? (
        <p class="kern-body">Ihre Kommune hat noch keine Praxisbeispiele geschrieben.</p>
      ) : (
        <ReportTable reports={reports} caption="Alle Berichte Ihrer Kommune" />
      )}
    </Layout>
  );
}

export function ReviewPage({ ctx, reports, notice }: { ctx: PageContext; reports: Report[]; notice?: string }) {
  return (
    <Layout ctx={ctx} title="Berichte prüfen" crumbs={exchangeCrumbs({ label: "Berichte prüfen" })}>
      <h1 class="kern-heading-large">Berichte prüfen</h1>
      {notice && <Alert kind="success" title={notice} />}
      {reports.length === 0 ? (
        <p class="kern-body">Zurzeit wartet kein Bericht auf eine Prüfung.</p>
      ) : (
        <ReportTable reports={reports} caption="Eingereichte Berichte, älteste zuerst" withMunicipality />
      )}
    </Layout>
  );
}
