import { TableHead } from "../../../../platform/views/components.tsx";
import { formatNumber } from "../../../../platform/numbers.ts";
import { standardisations } from "../../reference.ts";
import type { AnalysisResult } from "../queries.ts";
import type { Variant } from "../rules/stability.ts";
import { analysisTexts, classLabel } from "../texts.ts";
import { AnalysisLayout, type WorkbenchFrame } from "./analysis-page.tsx";

function variantLabel(result: AnalysisResult, variant: Variant): string {
  if (variant.kind === "standardisation") return `Standardisierung: ${standardisations[variant.standardisation]}`;
  const indicator = result.indicators.find((candidate) => candidate.key === variant.indicator);
  const change = variant.factor > 1 ? "+" : "−";
  return `Gewicht von ${indicator?.name ?? variant.indicator} ${change}${formatNumber(Math.abs(variant.factor - 1) * 100)} %`;
}

const place = (rank: number, count: number) => (rank === 0 ? "nicht im Index" : `Klasse ${classLabel(rank, count)}`);

function Moves({ result, variant }: { result: AnalysisResult; variant: Variant }) {
  if (variant.moved.length === 0) return <>keines</>;
  const count = result.settings.classCount;
  return (
    <ul class="kern-list">
      {variant.moved.map((move) => (
        <li>
          {result.areas[move.row]!.name}: {place(move.from, count)} → {place(move.to, count)}
        </li>
      ))}
    </ul>
  );
}

/** The stability check: which areas change class under another standardisation or when one weight moves by ±25 %. */
export function StabilityPage(props: WorkbenchFrame & { result: AnalysisResult; variants: Variant[]; query: string }) {
  const { result, variants, base, query } = props;
  const stable = variants.every((variant) => variant.moved.length === 0);
  return (
    <AnalysisLayout {...props} title={analysisTexts.stabilityTitle} sub={{ label: analysisTexts.title, href: `${base}/analyse?${query}` }}>
      <p class="kern-body">
        Die Analyse wird mit jeder anderen Standardisierung und mit jedem einzelnen Gewicht um 25 % kleiner und größer noch einmal gerechnet, mit derselben
        Klassenbildung.{" "}
        {stable
          ? "Kein Planungsraum wechselt dabei die Klasse: Das Ergebnis ist stabil."
          : "Die Tabelle nennt die Planungsräume, die dabei die Klasse wechseln."}
      </p>
      <section class="kern-table-responsive" tabIndex={0} aria-label="Planungsräume, die die Klasse wechseln">
        <table class="kern-table kern-table--striped">
          <caption class="kern-title">Planungsräume, die die Klasse wechseln</caption>
          <TableHead columns={["Variante", { label: "Anzahl", numeric: true }, "Planungsräume"]} />
          <tbody class="kern-table__body">
            {variants.map((variant) => (
              <tr class="kern-table__row">
                <th class="kern-table__header" scope="row">
                  {variantLabel(result, variant)}
                </th>
                <td class="kern-table__cell kern-table__cell--numeric">{variant.moved.length}</td>
                <td class="kern-table__cell">
                  <Moves result={result} variant={variant} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </AnalysisLayout>
  );
}
