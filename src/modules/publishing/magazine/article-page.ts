import type { FastifyReply, FastifyRequest } from "fastify";
import type { VNode } from "preact";
import { pageContext, sendPage } from "../../../platform/http/pages.ts";
import { notFound } from "../../../platform/errors.ts";
import { renderComments } from "../comments/section.tsx";
import { renderMarkdown } from "./markdown.ts";
import { linksOf, loadArticle, moreOnTopic } from "./page-data.ts";
import { policies } from "./policies.ts";
import { ArticleView } from "./views/article-view.tsx";

/**
 * Renders the article page for `slug`: 404 unless the article is visible, or the team previews it
 * with ?vorschau=1. `extras.comments` (the comments area) goes below "Mehr zum Thema"; without it
 * the comments part renders its own section. Used by the article route and by the comments' form
 * routes to show the page again with their messages.
 */
export async function sendArticlePage(request: FastifyRequest, reply: FastifyReply, slug: string, extras: { comments?: VNode | null } = {}, status = 200): Promise<FastifyReply> {
  const database = request.server.deps.database;
  const article = await loadArticle(database, slug);
  const preview = (request.query as Record<string, unknown> | undefined)?.vorschau === "1" && policies.previewArticle(request.user);
  if (!article || (!article.visible && !preview)) throw notFound("Der Beitrag");
  const [related, links, comments] = await Promise.all([
    moreOnTopic(database, article),
    linksOf(database, article, policies.editMagazine(request.user)),
    extras.comments !== undefined || !article.visible ? (extras.comments ?? null) : renderComments(request, reply, { id: article.id, slug: article.slug, title: article.title, commentsOpen: article.commentsOpen }),
  ]);
  const view = ArticleView({
    ctx: pageContext(request, reply),
    article,
    html: renderMarkdown(article.body),
    related,
    places: links.places,
    events: links.events,
    comments,
    canEdit: policies.editMagazine(request.user),
  });
  return sendPage(reply, view, status);
}
