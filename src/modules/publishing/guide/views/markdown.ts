import { createMarkdown, inlineText } from "../../../../platform/markdown.ts";

/** The guide's search and overview take their plain text from here. */

// No images (they could load from another host); section headings are h2 on the page, so headings inside a section start at h3.
const md = createMarkdown({ headingLevel: (typed) => Math.min(6, typed + 2), kern: true, linkify: false });

/** HTML of a Markdown text typed by the team; markup in it stays text. */
export function renderMarkdown(text: string): string {
  return md.render(text);
}

/** One question per line, list marks removed: reflection questions are shown as a list whatever way they were typed. */
export function questionLines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, "").trim())
    .filter(Boolean);
}

/** Inline Markdown (emphasis, links) of one line as HTML. */
export function renderInline(text: string): string {
  return md.renderInline(text);
}

/** A block of a section as a PDF draws it: paragraphs, headings (level 1 = first level inside the section) and lists. */
export type Block = { type: "p"; text: string } | { type: "h"; level: number; text: string } | { type: "list"; ordered: boolean; items: string[] };

/** A Markdown text as plain blocks, for the PDF export. */
export function markdownBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const lists: { ordered: boolean; items: string[] }[] = [];
  let heading = 0;
  for (const token of md.parse(text, {})) {
    if (token.type === "bullet_list_open" || token.type === "ordered_list_open") {
      if (lists.length === 0) lists.push({ ordered: token.type === "ordered_list_open", items: [] });
      else lists.push(lists[lists.length - 1]);
    } else if (token.type === "bullet_list_close" || token.type === "ordered_list_close") {
      const list = lists.pop()!;
      if (lists.length === 0) blocks.push({ type: "list", ...list });
    } else if (token.type === "heading_open") heading = Number(token.tag.slice(1)) - 2;
    else if (token.type === "inline") {
      const content = inlineText(token, true);
      if (!content) continue;
      if (lists.length) lists[lists.length - 1].items.push(lists.length > 1 ? `– ${content}` : content);
      else if (heading > 0) blocks.push({ type: "h", level: heading, text: content });
      else blocks.push({ type: "p", text: content });
      heading = 0;
    } else if (token.type === "fence" || token.type === "code_block") blocks.push({ type: "p", text: token.content.trim() });
  }
  return blocks;
}
