import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert, TableHead } from "../../../../platform/views/components.tsx";
import { CsrfField, ErrorSummary, SubmitButton } from "../../../../platform/views/form.tsx";
import type { FieldErrors, FormValues } from "../../../../platform/forms.ts";
import type { Indicator } from "../../queries.ts";
import type { Polarity } from "../../reference.ts";
import { PlanningNav } from "../../views/nav.tsx";
import { workbenchCrumbs } from "../../views/crumbs.ts";
import { workbenchPath } from "../../routes/access.ts";
import { fieldLabels, pageTexts, polarityShort } from "../texts.ts";
import { IndicatorFields } from "./indicator-fields.tsx";

export interface CatalogueProps {
  ctx: PageContext;
  municipality: { slug: string; name: string };
  indicators: Indicator[];
  /** Periods with values in the current cut, by indicator id; null without a cut. */
  periods: Map<number, string[]> | null;
  canEdit: boolean;
  notice: string | null;
  values: FormValues;
  errors: FieldErrors;
}

/** The parts of an indicator's description that a table row has no room for. */
function Description({ indicator }: { indicator: Indicator }) {
  const rows: [string, string][] = [
    [fieldLabels.definition!, indicator.definition],
    [fieldLabels.numerator!, indicator.numerator],
    [fieldLabels.denominator!, indicator.denominator],
    [fieldLabels.source!, indicator.source],
    [fieldLabels.referenceDate!, indicator.referenceDate],
    [fieldLabels.period!, indicator.period],
    [fieldLabels.minCases!, String(indicator.minCases)],
  ];
  return (
    <details class="kern-accordion">
      <summary class="kern-accordion__header">
        <span class="kern-title">
          Definition und Quelle<span class="kern-sr-only">: {indicator.name}</span>
        </span>
      </summary>
      <div class="kern-accordion__body">
        <dl class="k360-facts">
          {rows
            .filter(([, value]) => value !== "")
            .map(([label, value]) => (
              <>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </>
            ))}
        </dl>
      </div>
    </details>
  );
}

function IndicatorTable(props: { caption: string; indicators: Indicator[]; periods: Map<number, string[]> | null; base: string }) {
  return (
    <section class="kern-table-responsive" tabIndex={0} aria-label={props.caption}>
      <table class="kern-table kern-table--striped">
        <caption class="kern-title">{props.caption}</caption>
        <TableHead columns={["Indikator", "Schlüssel", "Einheit", "Richtung", "Werte im aktuellen Gebietsstand", "Beschreibung"]} />
        <tbody class="kern-table__body">
          {props.indicators.map((indicator) => (
            <tr class="kern-table__row" key={indicator.id}>
              <th class="kern-table__header" scope="row">
                <a class="kern-link" href={`${props.base}/${indicator.id}`}>
                  {indicator.name}
                </a>
              </th>
              <td class="kern-table__cell">
                <code>{indicator.key}</code>
              </td>
              <td class="kern-table__cell">{indicator.unit}</td>
              <td class="kern-table__cell">{polarityShort[indicator.polarity as Polarity] ?? indicator.polarity}</td>
              <td class="kern-table__cell">
                {props.periods === null ? pageTexts.noCut : (props.periods.get(indicator.id) ?? []).join(", ") || pageTexts.noValues}
              </td>
              <td class="kern-table__cell">
                <Description indicator={indicator} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The starter catalogue and the municipality's own indicators; editors add their own below. */
export function CataloguePage(props: CatalogueProps) {
  const { municipality } = props;
  const base = `${workbenchPath(municipality)}/indikatoren`;
  const starter = props.indicators.filter((indicator) => indicator.municipalityId === null);
  const own = props.indicators.filter((indicator) => indicator.municipalityId !== null);
  return (
    <Layout ctx={props.ctx} title={`${pageTexts.title}: ${municipality.name}`} crumbs={workbenchCrumbs(municipality, { label: pageTexts.title })}>
      <h1 class="kern-heading-large">
        {pageTexts.title}: {municipality.name}
      </h1>
      <PlanningNav base={workbenchPath(municipality)} current="/indikatoren" />
      {props.notice && <Alert kind="success" title={props.notice} />}
      <p class="kern-body">{pageTexts.starterIntro}</p>
      <IndicatorTable caption={pageTexts.starter} indicators={starter} periods={props.periods} base={base} />
      {own.length > 0 ? (
        <IndicatorTable caption={pageTexts.own} indicators={own} periods={props.periods} base={base} />
      ) : (
        <p class="kern-body">{pageTexts.noOwn}</p>
      )}
      {props.canEdit && (
        <>
          <h2 class="kern-heading-medium" id="anlegen">
            {pageTexts.add}
          </h2>
          <ErrorSummary errors={props.errors} labels={fieldLabels} />
          <form method="post" action={base} class="kern-stack" novalidate>
            <CsrfField token={props.ctx.csrfToken} />
            <IndicatorFields values={props.values} errors={props.errors} withKey />
            <div>
              <SubmitButton label="Indikator anlegen" />
            </div>
          </form>
        </>
      )}
    </Layout>
  );
}
