import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page-context.ts";
import { formatDate } from "../../../platform/dates.ts";
import { formatNumber } from "../../../platform/numbers.ts";
import { workbenchPath } from "../routes/access.ts";
import { overviewTexts, sections, sharedTexts } from "../texts.ts";
import { workbenchCrumbs } from "./crumbs.ts";
import { PlanningNav } from "./nav.tsx";

export interface CutSummary {
  label: string;
  createdAt: Date;
  areas: number;
  withProblems: number;
  withoutGeometry: number;
  cuts: number;
  periods: string[];
  indicators: { id: number; name: string; periods: string[] }[];
}

export interface OverviewProps {
  ctx: PageContext;
  municipality: { slug: string; name: string };
  /** The current cut; null before any areas exist. */
  summary: CutSummary | null;
  canEdit: boolean;
  canManage: boolean;
}

function CutFacts({ summary }: { summary: CutSummary }) {
  const rows: [string, string][] = [
    [overviewTexts.areas, formatNumber(summary.areas)],
    [overviewTexts.problems, formatNumber(summary.withProblems)],
    [overviewTexts.withoutGeometry, formatNumber(summary.withoutGeometry)],
    [overviewTexts.periods, summary.periods.join(", ") || "–"],
    [overviewTexts.cuts, formatNumber(summary.cuts)],
  ];
  return (
    <>
      <h2 class="kern-heading-medium">{overviewTexts.cut}</h2>
      <p class="kern-body">
        <strong>{summary.label}</strong>, angelegt am {formatDate(summary.createdAt)}
      </p>
      <dl class="k360-facts">
        {rows.map(([label, value]) => (
          <>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </>
        ))}
      </dl>
    </>
  );
}

/** The next step of an editor, from what the workbench holds so far. */
function nextSteps(summary: CutSummary | null, base: string): { text: string; href: string }[] {
  if (!summary || summary.areas === 0) return [{ text: overviewTexts.stepAreas, href: `${base}/gebiete` }];
  const steps = summary.withProblems > 0 ? [{ text: overviewTexts.stepProblems(summary.withProblems), href: `${base}/gebiete` }] : [];
  if (summary.indicators.length === 0) return [...steps, { text: overviewTexts.stepValues, href: `${base}/werte` }];
  return [...steps, { text: overviewTexts.stepAnalysis, href: `${base}/analyse` }, { text: overviewTexts.stepValues, href: `${base}/werte` }];
}

function Indicators({ summary, base }: { summary: CutSummary; base: string }) {
  if (summary.indicators.length === 0) return <p class="kern-body">{overviewTexts.noIndicators}</p>;
  return (
    <>
      <h2 class="kern-heading-medium">{overviewTexts.indicators}</h2>
      <ul class="kern-list">
        {summary.indicators.map((indicator) => (
          <li key={indicator.id}>
            <a class="kern-link" href={`${base}/indikatoren/${indicator.id}`}>
              {indicator.name}
            </a>
            : {indicator.periods.join(", ")}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The start of a municipality's planning workbench: the current cut, its values, the sections and what to do next. */
export function OverviewPage(props: OverviewProps) {
  const { municipality, summary } = props;
  const base = workbenchPath(municipality);
  return (
    <Layout ctx={props.ctx} title={`${sharedTexts.workbench}: ${municipality.name}`} crumbs={workbenchCrumbs(municipality)}>
      <h1 class="kern-heading-large">
        {sharedTexts.workbench}: {municipality.name}
      </h1>
      <PlanningNav base={base} current="" />
      {summary ? <CutFacts summary={summary} /> : <p class="kern-body">{sharedTexts.noAreas}</p>}
      {summary && <Indicators summary={summary} base={base} />}
      <h2 class="kern-heading-medium">{overviewTexts.next}</h2>
      {props.canEdit ? (
        <ul class="kern-list">
          {nextSteps(summary, base).map((step) => (
            <li key={step.text}>
              <a class="kern-link" href={step.href}>
                {step.text}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p class="kern-body">{overviewTexts.readOnly}</p>
      )}
      {props.canManage && (
        <p class="kern-body">
          <a class="kern-link" href={`${base}/berechtigungen`}>
            {overviewTexts.editors}
          </a>
        </p>
      )}
      <h2 class="kern-heading-medium">{overviewTexts.sections}</h2>
      <ul class="kern-list">
        {sections
          .filter((section) => section.path !== "")
          .map((section) => (
            <li key={section.path}>
              <a class="kern-link" href={`${base}${section.path}`}>
                {section.label}
              </a>
            </li>
          ))}
      </ul>
    </Layout>
  );
}
