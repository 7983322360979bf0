import { scaleLinear } from "d3-scale";

/**
 * Colours and patterns of map classes. The colours are ColorBrewer's YlGnBu (sequential, readable
 * for the common kinds of colour blindness); each class also gets its own pattern, denser for
 * higher classes, so a map printed in grey or read without colour still tells the classes apart.
 */
const palette = ["#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84"];

/** Areas without a value: light grey with thin vertical lines. */
export const missingFill = "#e4e4e4";

type Marks = (ink: string) => string;

const lines = (path: string) => (ink: string) => `<path d="${path}" stroke="${ink}" stroke-width="1.2"/>`;
const dots = (radius: number, places: [number, number][]) => (ink: string) =>
  places.map(([x, y]) => `<circle cx="${x}" cy="${y}" r="${radius}" fill="${ink}"/>`).join("");

/** Marks on an 8 × 8 tile, from light to dense. */
const markings: Marks[] = [
  () => "",
  dots(0.9, [[4, 4]]),
  lines("M0 8L8 0M-2 2L2 -2M6 10L10 6"),
  dots(1.1, [
    [2, 2],
    [6, 6],
  ]),
  lines("M0 4H8"),
  lines("M0 8L8 0M0 0L8 8"),
  lines("M0 2H8M0 6H8M2 0V8M6 0V8"),
];

/** The fill colour of class `index` of `count`, spread over the palette. */
export function classColour(index: number, count: number): string {
  const position =
    count <= 1
      ? 0
      : scaleLinear()
          .domain([0, count - 1])
          .range([0, palette.length - 1])(index);
  return palette[Math.round(position)]!;
}

/** One `<pattern>` per class and one for areas without value; ids start with `prefix`. */
export function patternDefinitions(prefix: string, count: number): string {
  const tiles = Array.from({ length: count }, (_, index) => {
    const colour = classColour(index, count);
    const ink = index >= count / 2 ? "#ffffff" : "#303030";
    return tile(`${prefix}-k${index}`, colour, markings[index % markings.length]!(ink));
  });
  tiles.push(tile(`${prefix}-leer`, missingFill, `<path d="M2 0V8M6 0V8" stroke="#8a8a8a" stroke-width="0.8"/>`));
  return tiles.join("");
}

const tile = (id: string, colour: string, marks: string) =>
  `<pattern id="${id}" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="${colour}"/>${marks}</pattern>`;

/** The fill reference of class `index`, or of "no value" for null. */
export const fillOf = (prefix: string, index: number | null) => `url(#${prefix}-${index === null ? "leer" : `k${index}`})`;
