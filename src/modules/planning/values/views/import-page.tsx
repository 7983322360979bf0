import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { formatNumber } from "../../../../platform/numbers.ts";
import { PlanningNav } from "../../views/nav.tsx";
import type { Report } from "../rules/collect.ts";
import type { ValueImport } from "../queries.ts";
import { importTexts } from "../texts.ts";
import { ReportView } from "./report.tsx";

export interface ImportPageProps {
  ctx: PageContext;
  base: string;
  municipality: string;
  entry: ValueImport;
  /** The step to go back to when the mapping was wrong (an upload that is still kept). */
  mappingHref?: string;
}

/** One import: its progress while it runs (the response asks the browser to reload), then its report. */
export function ImportPage(props: ImportPageProps) {
  const { entry } = props;
  const running = entry.status === "running";
  return (
    <Layout
      ctx={props.ctx}
      title={`Import ${entry.filename}`}
      crumbs={[{ label: props.municipality, href: props.base }, { label: importTexts.title, href: `${props.base}/werte` }, { label: entry.filename }]}
    >
      <PlanningNav base={props.base} current="/werte" />
      <h1 class="kern-heading-large">Import: {entry.filename}</h1>
      {running ? (
        <div class="kern-stack" role="status">
          <p class="kern-body">{importTexts.running}</p>
          <label class="kern-label" for="fortschritt">
            Geprüfte Werte: {formatNumber(entry.done)} von {formatNumber(entry.total)}
          </label>
          <progress id="fortschritt" max={Math.max(entry.total, 1)} value={entry.done}>
            {formatNumber(entry.done)} von {formatNumber(entry.total)}
          </progress>
        </div>
      ) : (
        <ReportView report={entry.report as Report} saved={entry.status === "done"} />
      )}
      <p class="kern-body">
        {props.mappingHref && entry.status === "failed" && (
          <>
            <a class="kern-link" href={props.mappingHref}>
              Zuordnung der Spalten ändern
            </a>{" "}
            ·{" "}
          </>
        )}
        <a class="kern-link" href={`${props.base}/werte`}>
          Weitere Datei hochladen
        </a>
      </p>
    </Layout>
  );
}
