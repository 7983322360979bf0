import type { Crumb } from "../../../../platform/views/layout.tsx";
import { listTexts } from "../texts.ts";

/** A weighted score on 0..1 as written in Germany, two decimals; a dash where there is none. */
export const formatMean = (mean: number | null) => (mean === null ? "–" : mean.toLocaleString("de-DE", { minimumFractionDigits: 2, maximumFractionDigits: 2 }));

/** The way back from a call's applications: the team's calls, the call, its applications. */
export function reviewCrumbs(call: { id: number; title: string }, application?: string): Crumb[] {
  const list = `/team/ausschreibungen/${call.id}/bewerbungen`;
  return [
    { label: listTexts.home, href: "/" },
    { label: listTexts.calls, href: "/team/ausschreibungen" },
    { label: call.title, href: `/team/ausschreibungen/${call.id}` },
    ...(application ? [{ label: listTexts.crumb, href: list }, { label: application }] : [{ label: listTexts.crumb }]),
  ];
}
