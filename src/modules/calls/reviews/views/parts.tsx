import { formatNumber } from "../../../../platform/numbers.ts";
import type { Crumb } from "../../../../platform/views/layout.tsx";
import { listTexts } from "../texts.ts";
import { callCrumbs } from "../../setup/views/team-list.tsx";

/** A weighted score on 0..1 as written in Germany, two decimals; a dash where there is none. */
export const formatMean = (mean: number | null) => (mean === null ? "–" : formatNumber(mean, 2));

/** The way back from a call's applications: the team's calls, the call, its applications. */
export function reviewCrumbs(call: { id: number; title: string }, application?: string): Crumb[] {
  const list = `/team/ausschreibungen/${call.id}/bewerbungen`;
  return [...callCrumbs(call), ...(application ? [{ label: listTexts.crumb, href: list }, { label: application }] : [{ label: listTexts.crumb }])];
}
