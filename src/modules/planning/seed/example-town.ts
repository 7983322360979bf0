import type { Pair } from "polygon-clipping";
import { asGeometry, seedPoints, toWgs84, townOutline, voronoiCells, type Geometry } from "./town-map.ts";
import { quarterValues, type Quarter, type ValueTable } from "./town-values.ts";

/**
 * Schlotterbrück, the fictional town of the demo and the Planspiel: its planning areas (geometry
 * in EPSG:25832 and WGS84) and synthetic values of the starter catalogue. Shared by the demo seed
 * and scripts/planning-examples.ts, so the sample files fit the demo.
 */

export const exampleLabel = "Beispieldaten: fiktive Stadt Schlotterbrück";

/** From the centre outwards; `need` is the quarter's social situation (higher: more need), `trend` its change per year. */
const quarters: Quarter[] = [
  { name: "Altstadt", kind: "centre", need: 0.3, trend: -0.02 },
  { name: "Marktviertel", kind: "centre", need: 0, trend: 0 },
  { name: "Bahnhofsviertel", kind: "urban", need: 1.6, trend: 0.04 },
  { name: "Mühlenviertel", kind: "urban", need: 0.8, trend: -0.1 },
  { name: "Schlossberg", kind: "urban", need: -1.2, trend: 0 },
  { name: "Gerberviertel", kind: "urban", need: 1.1, trend: -0.12 },
  { name: "Lindenhof", kind: "urban", need: -0.4, trend: 0.02 },
  { name: "Nordstadt", kind: "urban", need: 0.5, trend: 0.03 },
  { name: "Am Brückenkopf", kind: "urban", need: 1.4, trend: 0.05 },
  { name: "Kirchfeld", kind: "suburb", need: -0.6, trend: 0 },
  { name: "Auenviertel", kind: "suburb", need: 0.2, trend: -0.03 },
  { name: "Südstadt", kind: "urban", need: 1.8, trend: 0.12 },
  { name: "Sonnenhang", kind: "suburb", need: -1.3, trend: 0.01 },
  { name: "Weidenau", kind: "suburb", need: -0.2, trend: 0 },
  { name: "Eichholz", kind: "suburb", need: -0.8, trend: -0.02 },
  { name: "Heidekamp", kind: "urban", need: 1.2, trend: 0.08 },
  { name: "Birkenhöhe", kind: "suburb", need: -1, trend: 0 },
  { name: "Ziegelei", kind: "suburb", need: 0.4, trend: 0.02 },
  { name: "Rosental", kind: "suburb", need: -0.5, trend: 0 },
  { name: "Wiesengrund", kind: "suburb", need: 0.1, trend: 0.04 },
  { name: "Hofstetten", kind: "village", need: -0.7, trend: 0 },
  { name: "Gewerbegebiet Hafen", kind: "industrial", need: 0.9, trend: 0 },
  { name: "Obermühle", kind: "village", need: -0.3, trend: 0.02 },
  { name: "Kleinbrück", kind: "hamlet", need: -0.4, trend: 0 },
  { name: "Gewerbepark Am Schlot", kind: "industrial", need: 0.6, trend: 0 },
];

/** The Bezirksregion of an area: the inner five are Mitte, the others by their direction from the centre. */
function districtOf(index: number, point: Pair, centre: Pair): string {
  if (index < 5) return "Mitte";
  const angle = (Math.atan2(point[1] - centre[1], point[0] - centre[0]) * 180) / Math.PI;
  if (angle >= 45 && angle < 135) return "Nord";
  if (angle >= -45 && angle < 45) return "Ost";
  if (angle >= -135 && angle < -45) return "Süd";
  return "West";
}

export interface TownArea {
  /** "01" … "25". */
  key: string;
  name: string;
  /** The Bezirksregion (Mitte, Nord, Ost, Süd, West). */
  parentKey: string;
  /** EPSG:25832, metres to two decimals. */
  utm: Geometry;
  /** WGS84 to seven decimals (about a centimetre). */
  geometry: Geometry;
  /** WGS84 to five decimals (about a metre), for maps. */
  display: Geometry;
}

export interface ExampleTown {
  outline: Pair[];
  areas: TownArea[];
}

/** The town's planning areas, in the order of their keys. */
export function exampleTown(): ExampleTown {
  const outline = townOutline();
  const points = seedPoints(outline, quarters.length);
  const cells = voronoiCells(points, outline);
  const centre = points[0]!;
  const areas = cells.map((cell, index) => ({
    key: String(index + 1).padStart(2, "0"),
    name: quarters[index]!.name,
    parentKey: districtOf(index, points[index]!, centre),
    utm: asGeometry(cell, (pair) => pair),
    geometry: asGeometry(cell, toWgs84(7)),
    display: asGeometry(cell, toWgs84(5)),
  }));
  return { outline, areas };
}

/** Values of the starter catalogue for these years, area by area in the order of exampleTown's areas. */
export const exampleValues = (years: number[]): ValueTable => quarterValues(quarters.slice(0, exampleTown().areas.length), years);

/** The years the demo holds; the sample files bring the next one for the import. */
export const demoYears = [2020, 2021, 2022, 2023, 2024];
export const sampleYear = 2025;
