import MarkdownIt from "markdown-it";

/** A configured Markdown renderer. */
export type Markdown = InstanceType<typeof MarkdownIt>;
/** One token of a parsed Markdown text. */
export type Token = ReturnType<Markdown["parse"]>[number];

/**
 * Whether a link may point to an address: only the web (http, https), e-mail and this site's own
 * paths and anchors. Everything else (javascript:, data:, //host, \host, paths whose second
 * character a browser reads as another host) stays text. Tabs and line breaks go first, as browsers
 * drop them too.
 */
export function validateLink(url: string): boolean {
  return /^(https?:|mailto:|#|\/(?![/\\]))/i.test(url.replace(/[\t\n\r]/g, "").trim());
}

/** What differs between the places that render Markdown typed by the team. */
export interface MarkdownOptions {
  /** The heading level on the page for a typed level ("#" is 1), so levels fit below the page's own headings. */
  headingLevel: (typed: number) => number;
  /** The design system's classes on paragraphs, headings, lists and links (mails have no KERN styles). */
  kern: boolean;
  /** Bare web addresses in the text become links. */
  linkify: boolean;
  /** Without it there are no images; with it, only images whose address it accepts, others show their alt text. */
  image?: (src: string) => boolean;
}

const kernClasses: Record<string, string> = {
  paragraph_open: "kern-body",
  bullet_list_open: "kern-list kern-list--bullet",
  ordered_list_open: "kern-list kern-list--number",
  link_open: "kern-link",
};

/** A Markdown renderer for text typed by the team: raw HTML is escaped (html: false), links pass `validateLink`. */
export function createMarkdown(options: MarkdownOptions): Markdown {
  const md = new MarkdownIt({ html: false, linkify: options.linkify, typographer: false });
  md.validateLink = validateLink;
  md.core.ruler.push("k360_blocks", (state) => {
    for (const token of state.tokens) {
      if (token.type === "heading_open" || token.type === "heading_close") {
        token.tag = `h${options.headingLevel(Number(token.tag.slice(1)))}`;
        if (options.kern && token.type === "heading_open") token.attrJoin("class", token.tag === "h2" ? "kern-heading-medium" : "kern-heading-small");
      }
      if (!options.kern) continue;
      for (const part of [token, ...(token.children ?? [])]) if (kernClasses[part.type]) part.attrJoin("class", kernClasses[part.type]);
    }
  });
  const allowImage = options.image;
  if (!allowImage) return md.disable("image");
  const defaultImage = md.renderer.rules.image!;
  md.renderer.rules.image = (tokens, idx, renderOptions, env, self) => {
    const token = tokens[idx];
    if (!allowImage(String(token.attrGet("src") ?? ""))) return md.utils.escapeHtml(self.renderInlineAsText(token.children ?? [], renderOptions, env));
    token.attrSet("loading", "lazy");
    return defaultImage(tokens, idx, renderOptions, env, self);
  };
  return md;
}

/** The words of an inline token; with `addresses`, a link's web or e-mail address follows its text, as print has no links to follow. */
export function inlineText(token: Token, addresses = false): string {
  let out = "";
  let href = "";
  for (const child of token.children ?? []) {
    if (child.type === "link_open") href = String(child.attrGet("href") ?? "");
    else if (child.type === "link_close") {
      if (addresses && /^(https?:|mailto:)/i.test(href) && !out.endsWith(href)) out += ` (${href.replace(/^mailto:/i, "")})`;
      href = "";
    } else if (child.type === "softbreak" || child.type === "hardbreak") out += " ";
    else if (child.type === "image") out += inlineText(child);
    else out += child.content;
  }
  return out.trim();
}

const parser = createMarkdown({ headingLevel: (typed) => typed, kern: false, linkify: false, image: () => true });

/**
 * The words of a Markdown text, for search indexes and excerpts: marks, link and image addresses go,
 * link texts, alt texts and code stay. Each block on a line of its own, a blank line where the text has one.
 */
export function plainText(text: string): string {
  let out = "";
  let lastLine = -1;
  for (const token of parser.parse(text, {})) {
    const words = token.type === "inline" ? inlineText(token) : token.type === "fence" || token.type === "code_block" ? token.content.trim() : "";
    if (!words) continue;
    const [start, end] = token.map ?? [lastLine, lastLine];
    if (out) out += start > lastLine ? "\n\n" : "\n";
    out += words;
    lastLine = end;
  }
  return out;
}
