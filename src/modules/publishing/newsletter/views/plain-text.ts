import { createMarkdown, type Token } from "../../../../platform/markdown.ts";

// Images are parsed (and left out), so "![Bild](…)" never shows as "!Bild" in the text.
const parser = createMarkdown({ headingLevel: (typed) => typed, kern: false, linkify: true, image: () => true });

/** A link's address as a reader types it: this site's paths with the full address, mail links without "mailto:". */
const fullAddress = (href: string, baseUrl: string) => (href.startsWith("/") ? baseUrl + href : href.replace(/^mailto:/i, ""));

/** The words of one line of Markdown without its marks; a link's address follows its text in brackets. */
function inlineWords(token: Token, baseUrl: string): string {
  let out = "";
  let href = "";
  let linkStart = 0;
  for (const child of token.children ?? []) {
    if (child.type === "link_open") {
      href = String(child.attrGet("href") ?? "");
      linkStart = out.length;
    } else if (child.type === "link_close") {
      const address = fullAddress(href, baseUrl);
      const text = out.slice(linkStart).trim();
      if (text !== address && text !== href) out += ` (${address})`;
    } else if (child.type === "softbreak" || child.type === "hardbreak") out += "\n";
    else if (child.type === "text" || child.type === "code_inline") out += child.content;
  }
  // A left-out image leaves the spaces around it.
  return out.replace(/ {2,}/g, " ").trim();
}

interface Block {
  text: string;
  inList: boolean;
}

/**
 * An editorial's Markdown as the plain-text part of a mail: no #, * or _, headings and paragraphs
 * as lines of their own, list items with "– " (numbered lists keep their numbers), links as
 * "text (address)", no images.
 */
export function markdownToText(source: string, baseUrl: string): string {
  const blocks: Block[] = [];
  const lists: { ordered: boolean; n: number }[] = [];
  let marker = "";
  let row: string[] | null = null;
  for (const token of parser.parse(source, {})) {
    if (token.type === "bullet_list_open") lists.push({ ordered: false, n: 0 });
    else if (token.type === "ordered_list_open") lists.push({ ordered: true, n: Number(token.attrGet("start") ?? 1) - 1 });
    else if (token.type === "bullet_list_close" || token.type === "ordered_list_close") lists.pop();
    else if (token.type === "list_item_open") {
      const list = lists[lists.length - 1];
      list.n++;
      marker = "  ".repeat(lists.length - 1) + (list.ordered ? `${list.n}. ` : "– ");
    } else if (token.type === "tr_open") row = [];
    else if (token.type === "tr_close" && row) {
      blocks.push({ text: row.join(" | "), inList: true });
      row = null;
    } else if (token.type === "inline" || token.type === "fence" || token.type === "code_block") {
      const words = token.type === "inline" ? inlineWords(token, baseUrl) : token.content.trimEnd();
      if (row) row.push(words);
      else if (words) {
        const indent = marker || "  ".repeat(lists.length);
        blocks.push({ text: indent + words.replaceAll("\n", `\n${" ".repeat(indent.length)}`), inList: lists.length > 0 });
        marker = "";
      }
    }
  }
  return blocks.map((block, i) => (i === 0 ? "" : block.inList && blocks[i - 1].inList ? "\n" : "\n\n") + block.text).join("");
}
