import MarkdownIt from "markdown-it";

type Token = ReturnType<InstanceType<typeof MarkdownIt>["parse"]>[number];

// Raw HTML is escaped (html: false); no images (they could load from another host); links only to the web, to e-mail addresses or within the site.
const md = new MarkdownIt({ html: false, linkify: false, typographer: false }).disable("image");
md.validateLink = (url) => /^(https?:|mailto:|\/(?!\/)|#)/i.test(url.trim());
// Section headings are h2 on the page, so headings inside a section start at h3; blocks get the design system's classes.
const classes: Record<string, string> = { paragraph_open: "kern-body", bullet_list_open: "kern-list kern-list--bullet", ordered_list_open: "kern-list kern-list--number", heading_open: "kern-heading-small" };
md.core.ruler.push("guide_blocks", (state) => {
  for (const token of state.tokens) {
    if (token.type === "heading_open" || token.type === "heading_close") token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + 2)}`;
    if (classes[token.type]) token.attrJoin("class", classes[token.type]);
  }
});
md.renderer.rules.link_open = (tokens, i, options, _env, self) => {
  tokens[i].attrJoin("class", "kern-link");
  return self.renderToken(tokens, i, options);
};

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

/** The words of an inline token; a link keeps its address after the link text, as print has no links to follow. */
function inlineText(token: Token): string {
  let out = "";
  let href = "";
  for (const child of token.children ?? []) {
    if (child.type === "link_open") href = String(child.attrGet("href") ?? "");
    else if (child.type === "link_close") {
      if (href && /^(https?:|mailto:)/i.test(href) && !out.endsWith(href)) out += ` (${href.replace(/^mailto:/i, "")})`;
      href = "";
    } else if (child.type === "softbreak" || child.type === "hardbreak") out += " ";
    else out += child.content;
  }
  return out.trim();
}

/** A Markdown text as plain blocks, for the PDF export and for search excerpts. */
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
      const content = inlineText(token);
      if (!content) continue;
      if (lists.length) lists[lists.length - 1].items.push(lists.length > 1 ? `– ${content}` : content);
      else if (heading > 0) blocks.push({ type: "h", level: heading, text: content });
      else blocks.push({ type: "p", text: content });
      heading = 0;
    } else if (token.type === "fence" || token.type === "code_block") blocks.push({ type: "p", text: token.content.trim() });
  }
  return blocks;
}

/** The plain text of a Markdown text, for the search index and excerpts. */
export function plainText(text: string): string {
  return markdownBlocks(text)
    .map((b) => (b.type === "list" ? b.items.join("\n") : b.text))
    .join("\n");
}
