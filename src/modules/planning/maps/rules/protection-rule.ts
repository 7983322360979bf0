import { countUnit } from "../../reference.ts";
import type { ProtectionRule } from "../../rules/protection.ts";

/**
 * The protection rule of an indicator over a cut's areas: its minimum case count, counts add up,
 * and each parent area's children form a group whose total may be shown. Every page of this
 * feature protects with it, so a cell hidden in one place is hidden in all.
 */
export function protectionRuleFor(indicator: { unit: string; minCases: number }, areas: { position: number; parentKey: string | null }[]): ProtectionRule {
  const byParent = new Map<string, number[]>();
  for (const area of areas) {
    if (area.parentKey === null) continue;
    byParent.set(area.parentKey, [...(byParent.get(area.parentKey) ?? []), area.position]);
  }
  return { minCases: indicator.minCases, additive: indicator.unit === countUnit, groups: [...byParent.values()] };
}

/** A value as the tables show it: counts whole, everything else with one decimal, and the unit. */
export function formatWithUnit(value: number, unit: string, format: (value: number, digits: number) => string): string {
  const digits = unit === countUnit ? 0 : 1;
  return unit === countUnit ? format(value, digits) : `${format(value, digits)} ${unit}`;
}
