import type { ValueMark } from "../reference.ts";
import { randomFrom } from "./town-map.ts";

/**
 * Synthetic but plausible values of the starter catalogue for Schlotterbrück's quarters. One hidden
 * social situation per quarter (`need`) drives every indicator, so they correlate as real ones do:
 * more children in SGB II where more households are single-parent and more Hilfen zur Erziehung are
 * granted, fewer children under three in day care. Counts are drawn first; the shares follow from them.
 */

export type QuarterKind = "centre" | "urban" | "suburb" | "village" | "hamlet" | "industrial";

export interface Quarter {
  name: string;
  kind: QuarterKind;
  need: number;
  trend: number;
}

/** One value cell: the number, its case count (-1: none given) and its mark ("." secret, "x" not sensible). */
export interface Cell {
  value: number;
  cases: number;
  mark: ValueMark;
}

/** Cells by period ("2024"), then by indicator key, then by area in the order of the quarters. */
export type ValueTable = Record<string, Record<string, Cell[]>>;

const firstYear = 2020;

/** Inhabitants at the start, by kind of quarter: [least, most]. */
const populations: Record<QuarterKind, [number, number]> = {
  centre: [4500, 6500],
  urban: [4000, 8000],
  suburb: [2200, 4600],
  village: [900, 1600],
  hamlet: [190, 260],
  industrial: [40, 140],
};

/** Cells the source kept secret ("."): quarter index, indicator, year. */
const secrets: [number, string, number][] = [
  [23, "ohne_abschluss", 2022],
  [21, "hze_u21", 2021],
  [23, "ohne_abschluss", 2025],
];

const round1 = (value: number) => Math.round(value * 10) / 10;
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** A normally distributed number (Box–Muller) from the quarter's generator. */
const normal = (random: () => number) => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

const count = (value: number): Cell => ({ value: Math.max(0, Math.round(value)), cases: -1, mark: "value" });

/** A share of `base` from `cases` of them, per `per` (100 for %, 1000 for "je 1.000"); "x" where nobody is in the base. */
function share(cases: number, base: number, per: number): Cell {
  if (base < 1) return { value: Number.NaN, cases: -1, mark: "blocked" };
  const whole = Math.min(Math.round(cases), Math.round(base));
  return { value: round1((whole / Math.round(base)) * per), cases: whole, mark: "value" };
}

/** One quarter's indicators for one year, given its situation that year and its generator. */
function yearOfQuarter(population: number, need: number, random: () => number, yearIndex: number): Record<string, Cell> {
  const noise = (spread: number) => spread * normal(random);
  const residential = population >= 300 ? 1 : 0.4;
  const minors = population * clamp((0.155 + 0.025 * need + noise(0.008)) * residential, 0.02, 0.3);
  const under6 = minors * clamp(0.34 + noise(0.02), 0.25, 0.45);
  const under15 = minors * 0.83;
  const under21 = minors * 1.2;
  const under3 = under6 * 0.5;
  const young = population * clamp(0.105 + 0.01 * need + noise(0.006), 0.04, 0.2);
  const leavers = minors * clamp(0.058 + noise(0.005), 0.03, 0.08);
  const families = minors / 1.7;
  return {
    einwohner: count(population),
    u18: count(minors),
    u6: count(under6),
    sgb2_u15: share(under15 * clamp(0.13 + 0.075 * need + noise(0.015), 0.01, 0.6), under15, 100),
    alleinerziehend: share(families * clamp(0.2 + 0.045 * need + noise(0.02), 0.05, 0.5), families, 100),
    hze_u21: share((under21 * clamp(22 + 10 * need + noise(3), 2, 90)) / 1000, under21, 1000),
    kita_u3: share(under3 * clamp(0.38 - 0.06 * need + 0.012 * yearIndex + noise(0.03), 0.08, 0.85), under3, 100),
    ohne_abschluss: share(leavers * clamp(0.065 + 0.03 * need + noise(0.01), 0, 0.35), leavers, 100),
    jugendarbeitslos: share(young * clamp(0.045 + 0.018 * need + noise(0.006), 0.005, 0.2), young, 100),
    migration_u18: share(minors * clamp(0.36 + 0.12 * need + noise(0.04), 0.05, 0.9), minors, 100),
    wohndauer: { value: round1(clamp(13 - 2.2 * need + noise(0.8), 3, 30)), cases: -1, mark: "value" },
  };
}

/** Every year from 2020 to the last asked for is drawn, so a year's values do not depend on which other years are asked. */
export function quarterValues(quarters: Quarter[], years: number[]): ValueTable {
  const lastYear = Math.max(...years);
  const table: ValueTable = {};
  for (const year of years) table[String(year)] = {};
  quarters.forEach((quarter, index) => {
    const random = randomFrom(1000 + index);
    const [least, most] = populations[quarter.kind];
    let population = least + random() * (most - least);
    const growth = (random() - 0.4) * 0.025;
    for (let year = firstYear; year <= lastYear; year++) {
      const yearIndex = year - firstYear;
      const need = quarter.need + quarter.trend * yearIndex + 0.12 * normal(random);
      const cells = yearOfQuarter(population, need, random, yearIndex);
      population *= 1 + growth + 0.004 * normal(random);
      if (!table[String(year)]) continue;
      for (const [key, cell] of Object.entries(cells)) {
        const secret = secrets.some(([at, indicator, when]) => at === index && indicator === key && when === year);
        (table[String(year)]![key] ??= [])[index] = secret ? { value: Number.NaN, cases: -1, mark: "secret" } : cell;
      }
    }
  });
  return table;
}
