import { createMarkdown } from "../../../../platform/markdown.ts";

/** Images come only from the Magazin's own store: no request may go to another host. */
const ownImage = /^\/magazin\/bilder\/\d+$/;

// The page's title is its only h1: "#" becomes h2 like "##", so levels are never skipped.
const md = createMarkdown({ headingLevel: (typed) => Math.max(2, typed), kern: true, linkify: true, image: (src) => ownImage.test(src) });

/** An article's Markdown as safe HTML for the article page. */
export function renderMarkdown(source: string): string {
  return md.render(source);
}
