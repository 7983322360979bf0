import type { ComponentChildren } from "preact";
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

/** A part of a page with its heading, which names it for screen readers. */
export function Section(props: { id: string; title: string; level: 2 | 3; children: ComponentChildren }) {
  const Heading = props.level === 2 ? "h2" : "h3";
  return (
    <section class="kern-stack" aria-labelledby={props.id}>
      <Heading class={props.level === 2 ? "kern-heading-medium" : "kern-title"} id={props.id}>
        {props.title}
      </Heading>
      {props.children}
    </section>
  );
}
