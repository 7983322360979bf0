import { scaleLinear } from "d3-scale";
import type { Polarity } from "../../reference.ts";
import { escapeXml, round1 } from "./svg.ts";

/** One indicator of an area profile: the municipality's spread of visible values and the area's own value (null when protected or missing). */
export interface SpineRow {
  label: string;
  min: number;
  max: number;
  mean: number;
  value: number | null;
  /** The value as the table shows it ("12,5 %", or "·" when protected). */
  valueText: string;
  polarity: Polarity;
}

const labelWidth = 220;
const chartWidth = 300;
const textWidth = 90;
const rowHeight = 26;

/**
 * Where a value sits on a row: the municipality's mean in the middle, each side scaled to the
 * larger distance of min or max from the mean (as InstantAtlas draws area profiles), turned so that
 * more need is always to the right.
 */
export function spinePosition(row: Pick<SpineRow, "min" | "max" | "mean" | "polarity">, value: number): number {
  const reach = Math.max(row.max - row.mean, row.mean - row.min) || 1;
  const toRight = row.polarity === "more" ? 1 : -1;
  return scaleLinear().domain([-reach, reach]).range([0, 1]).clamp(true)(toRight * (value - row.mean));
}

/**
 * An area profile as a spine chart: per indicator a bar from the municipality's minimum to its
 * maximum, the mean as the spine in the middle, the area's value as a dot (none when protected).
 * It is drawn from visible values only, so min and max cannot give a protected value away.
 */
export function renderSpine(input: { title: string; rows: SpineRow[]; idPrefix?: string }): string {
  const prefix = input.idPrefix ?? "profil";
  const left = labelWidth;
  const width = labelWidth + chartWidth + textWidth;
  const height = 28 + input.rows.length * rowHeight + 8;
  const across = (share: number) => round1(left + share * chartWidth);
  const rows = input.rows.map((row, index) => {
    const top = 28 + index * rowHeight;
    const from = spinePosition(row, row.polarity === "more" ? row.min : row.max);
    const to = spinePosition(row, row.polarity === "more" ? row.max : row.min);
    const dot =
      row.value === null
        ? ""
        : `<circle cx="${across(spinePosition(row, row.value))}" cy="${top + 9}" r="6" fill="#0c2c84" stroke="#ffffff" stroke-width="1.5"/>`;
    return [
      `<text x="0" y="${top + 13}">${escapeXml(row.label.length > 34 ? `${row.label.slice(0, 33)}…` : row.label)}</text>`,
      `<rect x="${across(from)}" y="${top + 4}" width="${round1((to - from) * chartWidth)}" height="10" fill="#c7e9b4" stroke="#4a4a4a" stroke-width="0.5"/>`,
      dot,
      `<text x="${left + chartWidth + 8}" y="${top + 13}">${escapeXml(row.valueText)}</text>`,
    ].join("");
  });
  const spine = `<line x1="${across(0.5)}" y1="20" x2="${across(0.5)}" y2="${height - 6}" stroke="#1a1a1a" stroke-width="2"/>`;
  const heads = `<text x="${left}" y="14">weniger Bedarf</text><text x="${left + chartWidth}" y="14" text-anchor="end">mehr Bedarf</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="k360-spine" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${prefix}-titel ${prefix}-beschreibung" font-family="sans-serif" font-size="12">`,
    `<title id="${prefix}-titel">${escapeXml(input.title)}</title>`,
    `<desc id="${prefix}-beschreibung">Je Indikator ein Balken vom kleinsten zum größten Wert der Kommune, die senkrechte Linie ist der Mittelwert, der Punkt der Wert des Gebiets; rechts bedeutet mehr Bedarf. Die Tabelle enthält alle Werte.</desc>`,
    heads,
    rows.join(""),
    spine,
    `</svg>`,
  ].join("");
}

/**
 * The change since the previous period as a small bar from the middle: to the right when need
 * grew, to the left when it shrank; `reach` is the largest change shown beside it. Decorative:
 * the number stands next to it.
 */
export function renderChangeBar(change: number, reach: number, polarity: Polarity): string {
  const width = 80;
  const more = polarity === "more" ? change : -change;
  const length = reach > 0 ? Math.min(1, Math.abs(more) / reach) * (width / 2) : 0;
  const start = more >= 0 ? width / 2 : width / 2 - length;
  const fill = more > 0 ? "#225ea8" : "#7fcdbb";
  return `<svg xmlns="http://www.w3.org/2000/svg" class="k360-change" viewBox="0 0 ${width} 14" width="${width}" height="14" aria-hidden="true" focusable="false"><rect x="${round1(start)}" y="2" width="${round1(length)}" height="10" fill="${fill}" stroke="#4a4a4a" stroke-width="0.5"/><line x1="${width / 2}" y1="0" x2="${width / 2}" y2="14" stroke="#1a1a1a"/></svg>`;
}
