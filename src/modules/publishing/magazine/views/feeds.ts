import type { ArticleCard } from "../queries/articles.ts";
import { feedTexts } from "../texts.ts";

const feedTitle = feedTexts.title;
const feedDescription = feedTexts.description;

/** Text for XML: escaped, and without the control characters XML 1.0 forbids. */
export function xmlText(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const names = (a: ArticleCard) => a.authors.map((x) => x.name).join(", ");

/** RSS 2.0 of the newest articles, with absolute links. */
export function rssFeed(base: string, articles: ArticleCard[]): string {
  const items = articles.map((article) => {
    const link = xmlText(`${base}/magazin/${article.slug}`);
    return `<item><title>${xmlText(article.title)}</title><link>${link}</link><guid isPermaLink="true">${link}</guid><pubDate>${article.publishAt.toUTCString()}</pubDate><description>${xmlText(article.teaser)}</description>${
      article.authors.length ? `<dc:creator>${xmlText(names(article))}</dc:creator>` : ""
    }${article.tags.map((t) => `<category>${xmlText(t.label)}</category>`).join("")}</item>`;
  });
  const built = (articles[0]?.publishAt ?? new Date()).toUTCString();
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>${xmlText(feedTitle)}</title><link>${xmlText(`${base}/magazin`)}</link><description>${xmlText(feedDescription)}</description><language>de-de</language><lastBuildDate>${built}</lastBuildDate><atom:link href="${xmlText(`${base}/magazin/feed.rss`)}" rel="self" type="application/rss+xml"/>${items.join("")}</channel></rss>
`;
}

/** Atom (RFC 4287) of the newest articles, with absolute links. */
export function atomFeed(base: string, articles: ArticleCard[]): string {
  const entries = articles.map((article) => {
    const link = xmlText(`${base}/magazin/${article.slug}`);
    const authors = article.authors.map((x) => `<author><name>${xmlText(x.name)}</name></author>`).join("");
    const tags = article.tags.map((t) => `<category term="${xmlText(t.tag)}" label="${xmlText(t.label)}"/>`).join("");
    const when = article.publishAt.toISOString();
    return `<entry><id>${link}</id><title>${xmlText(article.title)}</title><link rel="alternate" type="text/html" href="${link}"/><published>${when}</published><updated>${when}</updated>${authors}<summary>${xmlText(article.teaser)}</summary>${tags}</entry>`;
  });
  const updated = (articles[0]?.publishAt ?? new Date()).toISOString();
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de"><id>${xmlText(`${base}/magazin`)}</id><title>${xmlText(feedTitle)}</title><subtitle>${xmlText(feedDescription)}</subtitle><updated>${updated}</updated><author><name>${xmlText(feedTexts.publisher)}</name></author><link rel="self" type="application/atom+xml" href="${xmlText(`${base}/magazin/feed.atom`)}"/><link rel="alternate" type="text/html" href="${xmlText(`${base}/magazin`)}"/>${entries.join("")}</feed>
`;
}
