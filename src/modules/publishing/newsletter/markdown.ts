import MarkdownIt from "markdown-it";

// Raw HTML is escaped (html: false): whatever an editor types shows as text. No images, so a mail
// never loads anything from another host.
const md = new MarkdownIt({ html: false, linkify: true, typographer: false }).disable("image");
md.validateLink = (url) => /^(https?:|mailto:|\/(?!\/)|#)/i.test(url.trim());

// The title is the only h1: "#" and "##" both give a section heading (h2), "###" a sub-heading.
md.core.ruler.push("headings_below_title", (state) => {
  for (const token of state.tokens) {
    if (token.type === "heading_open" || token.type === "heading_close") token.tag = `h${Math.max(2, Number(token.tag.slice(1)))}`;
    if (token.type === "heading_open" && !(state.env as Env | undefined)?.baseUrl) token.attrSet("class", token.tag === "h2" ? "kern-heading-medium" : "kern-heading-small");
  }
});

interface Env {
  /** In a mail, links to this site's own paths need the full address. */
  baseUrl?: string;
}

md.renderer.rules.link_open = (tokens, i, options, env, self) => {
  const baseUrl = (env as Env | undefined)?.baseUrl;
  const href = String(tokens[i].attrGet("href") ?? "");
  if (baseUrl && href.startsWith("/")) tokens[i].attrSet("href", baseUrl + href);
  if (!baseUrl) tokens[i].attrJoin("class", "kern-link");
  return self.renderToken(tokens, i, options);
};
md.renderer.rules.paragraph_open = (tokens, i, options, env, self) => {
  if (!(env as Env | undefined)?.baseUrl) tokens[i].attrJoin("class", "kern-body");
  return self.renderToken(tokens, i, options);
};

/** The editorial as safe HTML for the web version. */
export function editorialForWeb(source: string): string {
  return md.render(source, {});
}

/** The editorial as safe HTML for the e-mail: links carry the site's full address. */
export function editorialForMail(source: string, baseUrl: string): string {
  return md.render(source, { baseUrl });
}
