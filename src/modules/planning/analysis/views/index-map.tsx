import { TableHead } from "../../../../platform/views/components.tsx";
import { renderChoropleth, type MapArea } from "../../maps/rules/choropleth.ts";
import type { AnalysisResult } from "../queries.ts";
import { classLabel, exclusionText } from "../texts.ts";
import { figure, rankedRows } from "./result.tsx";

/** The classes of the index in words: class 1 up to the first threshold, the last above the highest. */
export function indexClassLabels(breaks: number[], count: number): { label: string }[] {
  return Array.from({ length: count }, (_, index) => {
    const name = `Klasse ${classLabel(index + 1, count)}`;
    if (index === 0) return { label: `${name}: bis ${figure(breaks[0] ?? Number.NaN)}` };
    if (index === count - 1) return { label: `${name}: über ${figure(breaks[index - 1] ?? Number.NaN)}` };
    return { label: `${name}: über ${figure(breaks[index - 1]!)} bis ${figure(breaks[index]!)}` };
  });
}

/** The index of an analysis as a map (its classes; areas outside the index in grey); null without any geometry. */
export function IndexMap(props: { result: AnalysisResult; geometries: unknown[]; title: string; idPrefix?: string }) {
  const { result } = props;
  if (!props.geometries.some(Boolean)) return null;
  const { classes, breaks } = result.computation;
  const svg = renderChoropleth({
    title: props.title,
    description: `Karte des Index für ${result.settings.period}: Jede Klasse hat eine eigene Farbe und ein eigenes Muster; grau sind Gebiete, die nicht im Index sind. Die Tabelle enthält alle Werte.`,
    areas: result.areas.map((area, row) => ({ key: area.key, name: area.name, display: (props.geometries[row] ?? null) as MapArea["display"] })),
    classOf: [...classes].map((klass) => (klass === 0 ? null : klass - 1)),
    classes: indexClassLabels(breaks, result.settings.classCount),
    hiddenLabel: "nicht im Index",
    idPrefix: props.idPrefix ?? "index",
  });
  return (
    <figure class="k360-map-figure">
      <div class="k360-map-figure__svg" dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption class="kern-body kern-body--small">
        Index der Sozialraumanalyse, {result.settings.period}. Höhere Klasse bedeutet mehr Bedarf. Gebiete unter der Mindesteinwohnerzahl oder mit zu wenigen
        Werten sind nicht im Index.
      </figcaption>
    </figure>
  );
}

/** The index's data table for a published map: no indicator values, only index, rank, class and why an area is missing. */
export function IndexTable({ result }: { result: AnalysisResult }) {
  const { index, rank, classes, excluded } = result.computation;
  return (
    <section class="kern-table-responsive k360-map-table" tabIndex={0} aria-label={`Index ${result.settings.period} je Planungsraum`}>
      <table class="kern-table kern-table--striped">
        <caption class="kern-title">Index {result.settings.period} je Planungsraum</caption>
        <TableHead columns={["Rang", "Schlüssel", "Gebiet", { label: "Index", numeric: true }, "Klasse", "Hinweis"]} />
        <tbody class="kern-table__body">
          {rankedRows(result).map((row) => (
            <tr class="kern-table__row">
              <td class="kern-table__cell">{rank[row] || "–"}</td>
              <td class="kern-table__cell">{result.areas[row]!.key}</td>
              <th class="kern-table__header" scope="row">
                {result.areas[row]!.name}
              </th>
              <td class="kern-table__cell kern-table__cell--numeric">{figure(index[row]!)}</td>
              <td class="kern-table__cell">{classLabel(classes[row]!, result.settings.classCount)}</td>
              <td class="kern-table__cell">{exclusionText(excluded[row]!, result.settings.minPopulation)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
