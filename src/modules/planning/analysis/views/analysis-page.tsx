import type { ComponentChildren } from "preact";
import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import { CsrfField, ErrorSummary, SubmitButton, TextArea, TextField } from "../../../../platform/views/form.tsx";
import { PlanningNav } from "../../views/nav.tsx";
import { workbenchCrumbs } from "../../views/crumbs.ts";
import type { AnalysisResult } from "../queries.ts";
import { analysisTexts } from "../texts.ts";
import { AnalysisForm, type FormProps } from "./form.tsx";
import { DynamicsMatrix, HiddenLegend, RankingTable } from "./result.tsx";
import { IndexMap } from "./index-map.tsx";

export interface WorkbenchFrame {
  ctx: PageContext;
  municipality: { slug: string; name: string };
  /** The workbench's address: /kommunen/<slug>/planung. */
  base: string;
}

/** The frame of every analysis page: breadcrumbs, heading and the workbench navigation. */
export function AnalysisLayout(props: WorkbenchFrame & { title: string; children: ComponentChildren; sub?: { label: string; href: string } }) {
  const { municipality, base } = props;
  const crumbs = workbenchCrumbs(municipality, ...(props.sub ? [props.sub] : []), { label: props.title });
  return (
    <Layout ctx={props.ctx} title={`${props.title}: ${municipality.name}`} crumbs={crumbs}>
      <h1 class="kern-heading-large">
        {props.title}: {municipality.name}
      </h1>
      <PlanningNav base={base} current="/analyse" />
      {props.children}
    </Layout>
  );
}

function Links({ base, query }: { base: string; query: string }) {
  const links = [
    { href: `${base}/analyse/beleg?${query}`, label: "Beleg: alle Eingangswerte, Mittelwerte, Standardabweichungen, Gewichte und Schwellen" },
    { href: `${base}/analyse/stabilitaet?${query}`, label: "Stabilitätsprüfung: Welche Gebiete wechseln die Klasse?" },
    { href: `${base}/analyse/export.csv?${query}`, label: "Export als CSV" },
    { href: `${base}/analyse/export.xlsx?${query}`, label: "Export als Excel-Datei (XLSX)" },
    { href: `${base}/analyse/export.geojson?${query}`, label: "Export als GeoJSON (mit Geometrie)" },
  ];
  return (
    <>
      <ul class="kern-list">
        {links.map((link) => (
          <li>
            <a class="kern-link" href={link.href}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
      <p class="kern-hint">
        Die Exporte haben feste Spalten: gebiet, name, je Indikator &lt;schlüssel&gt; (Wert) und &lt;schlüssel&gt;_z (z-Wert, höher heißt mehr Bedarf), index,
        rang (1: höchster Bedarf), klasse (1: geringster Bedarf) und hinweis (warum ein Gebiet fehlt oder ein Wert geschützt ist). Zahlen mit Punkt als
        Dezimaltrennzeichen, UTF-8, Komma als Trennzeichen. Geschützte Werte bleiben leer.
      </p>
    </>
  );
}

export interface AnalysisPageProps extends WorkbenchFrame {
  form: Omit<FormProps, "action">;
  result: AnalysisResult | null;
  notice: string | null;
  /** The settings as a query string, for the links. */
  query: string;
  geometries: unknown[];
  canEdit: boolean;
}

/** Publishing the index as a public map: a title, a description and the analysis's settings. */
function PublishIndex({ base, query, token }: { base: string; query: string; token: string | null }) {
  return (
    <form method="post" action={`${base}/veroeffentlichungen/analyse`} class="kern-stack k360-publish-index">
      <h3 class="kern-heading-small">Diesen Index als Karte veröffentlichen</h3>
      <p class="kern-body">Öffentlich sind dann die Karte und die Tabelle mit Index, Rang und Klasse je Gebiet, nicht die Werte der einzelnen Indikatoren.</p>
      <CsrfField token={token} />
      <input type="hidden" name="analysis" value={query} />
      <TextField name="title" id="index-titel" label="Titel der Karte" value="" />
      <TextArea name="description" id="index-beschreibung" label="Beschreibung (optional)" value="" />
      <SubmitButton label="Karte veröffentlichen" kind="secondary" />
    </form>
  );
}

/** The analysis: the form, and below it the ranking, the status/dynamics matrix and the links to receipt, stability check and exports. */
export function AnalysisPage(props: AnalysisPageProps) {
  const { result, form } = props;
  const excluded = result ? [...result.computation.excluded].filter(Boolean).length : 0;
  return (
    <AnalysisLayout {...props} title={analysisTexts.title}>
      <p class="kern-body">
        Jeder Indikator wird über die einbezogenen Planungsräume standardisiert (so, dass ein höherer Wert immer mehr Bedarf bedeutet). Der Index ist das
        gewichtete Mittel. Geschützte Werte (·) gehen in keine Rechnung ein.
      </p>
      {(form.errors.form ?? props.notice) && <Alert kind="warning" title={(form.errors.form ?? props.notice)!} />}
      <ErrorSummary errors={Object.fromEntries(Object.entries(form.errors).filter(([field]) => field !== "form"))} labels={analysisTexts.labels} />
      <AnalysisForm {...form} action={`${props.base}/analyse`} />
      {result && (
        <section aria-labelledby="ergebnis" class="kern-stack">
          <h2 class="kern-heading-medium" id="ergebnis">
            Ergebnis
          </h2>
          <p class="kern-body">
            Gebietsstand {result.cut.label}; {result.areas.length} Planungsräume, davon {excluded} nicht im Index.
          </p>
          <Links base={props.base} query={props.query} />
          <IndexMap result={result} geometries={props.geometries} title={`Index ${result.settings.period}: ${props.municipality.name}`} />
          <RankingTable result={result} />
          <HiddenLegend />
          <DynamicsMatrix result={result} />
          {props.canEdit && <PublishIndex base={props.base} query={props.query} token={props.ctx.csrfToken} />}
        </section>
      )}
    </AnalysisLayout>
  );
}
