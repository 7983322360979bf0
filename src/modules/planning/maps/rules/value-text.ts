import { countUnit } from "../../reference.ts";

/** A value as the tables show it: counts whole, everything else with one decimal, and the unit. */
export function formatWithUnit(value: number, unit: string, format: (value: number, digits: number) => string): string {
  const digits = unit === countUnit ? 0 : 1;
  return unit === countUnit ? format(value, digits) : `${format(value, digits)} ${unit}`;
}
