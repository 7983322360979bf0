import { createMarkdown } from "../../../../platform/markdown.ts";

/** The team's Markdown on the public page of a call: headings below the page's own h2 sections. */
const md = createMarkdown({ headingLevel: (typed) => Math.min(6, typed + 2), kern: true, linkify: true });

export const renderMarkdown = (text: string) => md.render(text);
