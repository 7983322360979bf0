import { formatNumber } from "../../../../platform/numbers.ts";
import { TableHead } from "../../../../platform/views/components.tsx";
import type { Area, Indicator } from "../../queries.ts";
import type { Classification } from "../../reference.ts";
import { hiddenLabels, protectedSign, type ProtectedCell } from "../../rules/protection.ts";
import { renderChoropleth, type MapArea } from "../rules/choropleth.ts";
import { classesOf } from "../rules/classes.ts";
import { valueText } from "../queries.ts";
import { mapTexts } from "../texts.ts";

export interface MapFigureProps {
  title: string;
  areas: Area[];
  cells: ProtectedCell[];
  indicator: Indicator;
  period: string;
  classification: Classification;
  classCount: number;
  idPrefix?: string;
  /** The address of an area's profile (on the workbench); public maps link nowhere. */
  areaHref?: (area: Area) => string;
}

export const mapAreas = (areas: Area[]): MapArea[] => areas.map((a) => ({ key: a.key, name: a.name, display: (a.display ?? null) as MapArea["display"] }));

/** The map of one indicator and, beside it, the table with the same classes and values (the map's text for screen readers). */
export function MapFigure(props: MapFigureProps) {
  const { indicator, areas } = props;
  const digits = indicator.unit === "Anzahl" ? 0 : 1;
  const cellOf = (area: Area) => props.cells[area.position]!;
  const ordered = areas.map(cellOf);
  const classes = classesOf(ordered, props.classification, props.classCount, (value) => formatNumber(value, digits));
  const hasGeometry = areas.some((a) => a.display);
  const svg = hasGeometry
    ? renderChoropleth({
        title: props.title,
        description: mapTexts.mapDescription(indicator.name, props.period),
        areas: mapAreas(areas),
        classOf: classes.classOf,
        classes: classes.classes,
        hiddenLabel: mapTexts.noClass,
        idPrefix: props.idPrefix,
      })
    : null;
  return (
    <div class="k360-map-layout">
      <figure class="k360-map-figure">
        {svg ? <div class="k360-map-figure__svg" dangerouslySetInnerHTML={{ __html: svg }} /> : <p class="kern-body">{mapTexts.noGeometry}</p>}
        <figcaption class="kern-body kern-body--small">{mapTexts.figureCaption(indicator, props.period)}</figcaption>
      </figure>
      <section class="kern-table-responsive k360-map-table" tabIndex={0} aria-label={mapTexts.tableCaption(indicator.name, props.period)}>
        <table class="kern-table kern-table--striped">
          <caption class="kern-title">{mapTexts.tableCaption(indicator.name, props.period)}</caption>
          <TableHead columns={["Schlüssel", "Gebiet", { label: "Wert", numeric: true }, "Klasse", "Hinweis"]} />
          <tbody class="kern-table__body">
            {areas.map((area, index) => {
              const cell = cellOf(area);
              const klass = classes.classOf[index];
              return (
                <tr class="kern-table__row">
                  <td class="kern-table__cell">{area.key}</td>
                  <th class="kern-table__header" scope="row">
                    {props.areaHref ? (
                      <a class="kern-link" href={props.areaHref(area)}>
                        {area.name}
                      </a>
                    ) : (
                      area.name
                    )}
                  </th>
                  <td class="kern-table__cell kern-table__cell--numeric">
                    {cell.hidden === null && cell.value !== null ? valueText(cell.value, indicator.unit) : protectedSign}
                  </td>
                  <td class="kern-table__cell">{klass === null || klass === undefined ? mapTexts.noClass : classes.classes[klass]!.label}</td>
                  <td class="kern-table__cell">{cell.hidden ? hiddenLabels[cell.hidden] : cell.nothing ? mapTexts.nothing : ""}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </div>
  );
}
