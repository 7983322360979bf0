import MarkdownIt from "markdown-it";

/** Images come only from the Magazin's own store: no request may go to another host. */
const ownImage = /^\/magazin\/bilder\/\d+$/;
const classes: Record<string, string> = {
  paragraph_open: "kern-body",
  bullet_list_open: "kern-list kern-list--bullet",
  ordered_list_open: "kern-list kern-list--number",
  link_open: "kern-link",
};

// Raw HTML is escaped (html: false), so whatever an editor types shows as text, never as markup.
const md = new MarkdownIt({ html: false, linkify: true });

/** Links only to http(s), mailto and this site's own paths; anything else (javascript:, data:, //host) stays text. */
md.validateLink = (url: string) => {
  const u = url.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(u)) return /^(https?|mailto):/i.test(u);
  return !u.startsWith("//") && !u.startsWith("\\");
};

// The page's title is its only h1: "#" becomes h2 like "##", so levels are never skipped; KERN classes for typography.
md.core.ruler.push("k360_article", (state) => {
  for (const token of state.tokens) {
    const all = [token, ...(token.children ?? [])];
    for (const t of all) {
      if (t.type === "heading_open" || t.type === "heading_close") {
        const level = Math.max(2, Number(t.tag.slice(1)));
        t.tag = `h${level}`;
        if (t.type === "heading_open") t.attrSet("class", level === 2 ? "kern-heading-medium" : "kern-heading-small");
      } else if (classes[t.type]) t.attrSet("class", classes[t.type]);
    }
  }
});

const defaultImage = md.renderer.rules.image!;
md.renderer.rules.image = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  const alt = self.renderInlineAsText(token.children ?? [], options, env);
  if (!ownImage.test(String(token.attrGet("src") ?? ""))) return md.utils.escapeHtml(alt);
  token.attrSet("loading", "lazy");
  return defaultImage(tokens, idx, options, env, self);
};

/** An article's Markdown as safe HTML for the article page. */
export function renderMarkdown(source: string): string {
  return md.render(source);
}
