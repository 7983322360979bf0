import type { FastifyReply, FastifyRequest } from "fastify";
import type { VNode } from "preact";
import { pageContext, sendPage } from "../../../../platform/http/pages.ts";
import { sendCachedPage } from "../../../../platform/http/cached-page.ts";
import { notFound } from "../../../../platform/errors.ts";
import { renderComments } from "../../comments/views/section.tsx";
import { keptPages, nextPublication } from "../queries/kept-pages.ts";
import { linksOf, loadArticle, moreOnTopic } from "../queries/article-page.ts";
import { policies } from "../policies.ts";
import { notFoundTexts } from "../texts.ts";
import { renderMarkdown } from "../views/markdown.ts";
import { ArticleView } from "../views/article-view.tsx";
import type { ArticleQuery } from "../schemas.ts";

/**
 * The article page for `slug`: 404 unless the article is visible, or the team previews it with
 * ?vorschau=1. Anonymous readers without any query get the kept page (see queries/kept-pages.ts).
 */
export function sendArticlePage(request: FastifyRequest, reply: FastifyReply, slug: string, query: ArticleQuery): Promise<FastifyReply> {
  const cacheable = Object.keys(query).length === 0;
  const cache = { memo: keptPages, key: `beitrag:${slug}`, cacheable, until: () => nextPublication(request.server.deps.database) };
  const preview = query.vorschau === "1";
  return sendCachedPage(request, reply, cache, async () => ({ page: await articlePage(request, reply, slug, { preview }) }));
}

/** The article page again with the comment form's values and messages (after a refused comment). */
export async function sendArticlePageWith(request: FastifyRequest, reply: FastifyReply, slug: string, comments: VNode, status: number): Promise<FastifyReply> {
  return sendPage(reply, await articlePage(request, reply, slug, { preview: false, comments }), status);
}

/**
 * `preview`: the team asked for an article not yet visible. `comments` replaces the comments area;
 * without it the area is rendered with the page's CSRF token for its form.
 */
async function articlePage(request: FastifyRequest, reply: FastifyReply, slug: string, extras: { preview: boolean; comments?: VNode }): Promise<VNode> {
  const database = request.server.deps.database;
  const article = await loadArticle(database, slug);
  const preview = extras.preview && policies.previewArticle(request.user);
  if (!article || (!article.visible && !preview)) throw notFound(notFoundTexts.article);
  const ctx = pageContext(request, reply, { forms: article.visible && article.commentsOpen });
  const [related, links, comments] = await Promise.all([
    moreOnTopic(database, article),
    linksOf(database, article, policies.editMagazine(request.user)),
    extras.comments ?? (article.visible ? renderComments(request, article, ctx.csrfToken) : null),
  ]);
  return ArticleView({
    ctx,
    article,
    html: renderMarkdown(article.body),
    related,
    places: links.places,
    events: links.events,
    comments,
    canEdit: policies.editMagazine(request.user),
  });
}
