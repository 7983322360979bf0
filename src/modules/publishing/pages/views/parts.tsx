import type { ComponentChildren } from "preact";
import type { Crumb } from "../../../../platform/views/layout.tsx";

export const home: Crumb = { label: "Startseite", href: "/" };

/** Breadcrumbs from the start page to this page. */
export const crumbs = (...rest: Crumb[]): Crumb[] => [home, ...rest];

/** One paragraph per text. */
export function Paragraphs({ texts }: { texts: string[] }) {
  return (
    <>
      {texts.map((t) => (
        <p class="kern-body">{t}</p>
      ))}
    </>
  );
}

/** A term and its value, one row of a definition list. */
export function Fact({ term, children }: { term: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** A mailto link that shows the address. */
export function MailLink({ address }: { address: string }) {
  return (
    <a class="kern-link" href={`mailto:${address}`}>
      {address}
    </a>
  );
}
