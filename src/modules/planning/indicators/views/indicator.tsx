import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import { CsrfField, ErrorSummary, SubmitButton } from "../../../../platform/views/form.tsx";
import type { FieldErrors, FormValues } from "../../../../platform/forms.ts";
import type { Indicator } from "../../queries.ts";
import { polarities, type Polarity } from "../../reference.ts";
import { PlanningNav } from "../../views/nav.tsx";
import { workbenchCrumbs } from "../../views/crumbs.ts";
import { workbenchPath } from "../../routes/access.ts";
import { fieldLabels, pageTexts } from "../texts.ts";
import { IndicatorFields } from "./indicator-fields.tsx";

export interface IndicatorProps {
  ctx: PageContext;
  municipality: { slug: string; name: string };
  indicator: Indicator;
  /** Periods with values in the current cut; null without a cut. */
  periods: string[] | null;
  /** The user may change this indicator: an editor, and the indicator is the municipality's own. */
  canChange: boolean;
  notice: string | null;
  values: FormValues;
  errors: FieldErrors;
}

function Facts({ indicator, periods }: { indicator: Indicator; periods: string[] | null }) {
  const rows: [string, string][] = [
    [fieldLabels.key!, indicator.key],
    [fieldLabels.unit!, indicator.unit],
    [fieldLabels.polarity!, polarities[indicator.polarity as Polarity] ?? indicator.polarity],
    [fieldLabels.definition!, indicator.definition],
    [fieldLabels.numerator!, indicator.numerator],
    [fieldLabels.denominator!, indicator.denominator],
    [fieldLabels.source!, indicator.source],
    [fieldLabels.referenceDate!, indicator.referenceDate],
    [fieldLabels.period!, indicator.period],
    [fieldLabels.minCases!, String(indicator.minCases)],
    ["Werte im aktuellen Gebietsstand", periods === null ? pageTexts.noCut : periods.join(", ") || pageTexts.noValues],
  ];
  return (
    <dl class="k360-facts">
      {rows.map(([label, value]) => (
        <>
          <dt>{label}</dt>
          <dd>{value || "–"}</dd>
        </>
      ))}
    </dl>
  );
}

/** One indicator: its description, and for the municipality's own ones the form to change it. */
export function IndicatorPage(props: IndicatorProps) {
  const { municipality, indicator } = props;
  const base = `${workbenchPath(municipality)}/indikatoren`;
  const crumbs = workbenchCrumbs(municipality, { label: pageTexts.title, href: base }, { label: indicator.name });
  return (
    <Layout ctx={props.ctx} title={`${indicator.name}: ${municipality.name}`} crumbs={crumbs}>
      <h1 class="kern-heading-large">{indicator.name}</h1>
      <PlanningNav base={workbenchPath(municipality)} current="/indikatoren" />
      {props.notice && <Alert kind="success" title={props.notice} />}
      <p class="kern-body">{indicator.municipalityId === null ? pageTexts.starter : pageTexts.own}</p>
      <Facts indicator={indicator} periods={props.periods} />
      {indicator.municipalityId === null && <p class="kern-body">{pageTexts.starterLocked}</p>}
      {props.canChange && (
        <>
          <h2 class="kern-heading-medium" id="aendern">
            Beschreibung ändern
          </h2>
          <ErrorSummary errors={props.errors} labels={fieldLabels} />
          <form method="post" action={`${base}/${indicator.id}`} class="kern-stack" novalidate>
            <CsrfField token={props.ctx.csrfToken} />
            <IndicatorFields values={props.values} errors={props.errors} withKey={false} />
            <div>
              <SubmitButton label="Änderungen speichern" />
            </div>
          </form>
        </>
      )}
      <p class="kern-body">
        <a class="kern-link" href={base}>
          Zurück zu allen Indikatoren
        </a>
      </p>
    </Layout>
  );
}
