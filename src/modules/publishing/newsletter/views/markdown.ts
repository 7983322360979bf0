import type { Env } from "markdown-it";
import { createMarkdown } from "../../../../platform/markdown.ts";

// No images, so a mail never loads anything from another host. The title is the only h1:
// "#" and "##" both give a section heading (h2), "###" a sub-heading.
const headingLevel = (typed: number) => Math.max(2, typed);
const web = createMarkdown({ headingLevel, kern: true, linkify: true });
// A mail has no KERN styles, so no classes.
const mail = createMarkdown({ headingLevel, kern: false, linkify: true });

interface MailEnv extends Env {
  /** In a mail, links to this site's own paths need the full address. */
  baseUrl: string;
}

mail.renderer.rules.link_open = (tokens, index, options, env, self) => {
  const href = String(tokens[index].attrGet("href") ?? "");
  if (href.startsWith("/")) tokens[index].attrSet("href", (env as MailEnv).baseUrl + href);
  return self.renderToken(tokens, index, options);
};

/** The editorial as safe HTML for the web version, styled like a Magazin article. */
export function editorialForWeb(source: string): string {
  return web.render(source);
}

/** The editorial as safe HTML for the e-mail: links carry the site's full address. */
export function editorialForMail(source: string, baseUrl: string): string {
  return mail.render(source, { baseUrl } satisfies MailEnv);
}
