import { countUnit } from "../../reference.ts";
import { protectValues, type HiddenReason, type ProtectionRule } from "../../rules/protection.ts";
import type { Series } from "../../rules/series.ts";

/** Why a cell of the analysis shows no number, one byte per cell: 0 shown, else the protection rule's reason. */
export const hiddenCodes: Record<HiddenReason, number> = { missing: 1, source: 2, cases: 3, secondary: 4 };
export const hiddenReasons: (HiddenReason | null)[] = [null, "missing", "source", "cases", "secondary"];

/**
 * The protection rule of an indicator over a cut's areas, the same wherever its values are shown:
 * the indicator's minimum case count, counts add up, and each parent area's children form a group
 * whose total could be shown.
 */
export function protectionRule(indicator: { minCases: number; unit: string }, areas: { position: number; parentKey: string | null }[]): ProtectionRule {
  const groups = new Map<string, number[]>();
  for (const area of areas) {
    if (area.parentKey === null || area.parentKey === "") continue;
    const group = groups.get(area.parentKey) ?? [];
    group.push(area.position);
    groups.set(area.parentKey, group);
  }
  return { minCases: indicator.minCases, additive: indicator.unit === countUnit, groups: [...groups.values()] };
}

/**
 * A series after the protection rule, by row (`rowOf[position]`): the shown values (NaN where
 * nothing may be shown) and why a cell is hidden. A hidden value never reaches the analysis.
 */
export function protectedColumn(series: Series, length: number, rule: ProtectionRule, rowOf: Int32Array, count: number) {
  const shown = protectValues(series, length, rule);
  const values = new Float64Array(count).fill(Number.NaN);
  const hidden = new Uint8Array(count).fill(hiddenCodes.missing);
  for (let position = 0; position < length; position++) {
    const row = rowOf[position]!;
    if (row < 0) continue;
    const reason = shown.hidden[position];
    if (reason) hidden[row] = hiddenCodes[reason];
    else {
      values[row] = shown.values[position]!;
      hidden[row] = 0;
    }
  }
  return { values, hidden };
}
