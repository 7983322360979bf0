import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { csrfToken, redirectAfterPost } from "../../../../platform/http/pages.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { succeeded, unlessInvalid } from "../../../../platform/commands.ts";
import { formTexts } from "../../../../platform/forms.ts";
import { AppError, notFound } from "../../../../platform/errors.ts";
import { sendArticlePageWith } from "../../magazine/routes/article-page.ts";
import { findVisibleArticle } from "../../magazine/queries/articles.ts";
import { postComment } from "../commands/post-comment.ts";
import { commentFormErrors, isBot } from "../rules/comment-form.ts";
import { commentBody, honeypotField, slugParams } from "../schemas.ts";
import { messages, notFoundTexts } from "../texts.ts";
import { policies } from "../policies.ts";
import { renderComments } from "../views/section.tsx";
import { moderationRoutes } from "./moderation.ts";

/** Comments under Magazin articles: readers write, the team moderates. */
export async function commentRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  router.post(
    "/magazin/:slug/kommentare",
    {
      // Limited per client address in memory only (10 in 10 minutes); no IP address is ever stored in
      // the database. The limit per e-mail address (5 an hour) is counted from the stored comments.
      config: { rateLimit: { max: 10, timeWindow: "10 minutes" } },
      // A comment of 100,000 characters must reach the length check (and its German message), not end in a 413.
      bodyLimit: 2 * 1024 * 1024,
      attachValidation: true,
      schema: { params: slugParams, body: commentBody },
    },
    async (request, reply) => {
      const errors = commentFormErrors(request.body, formErrors(request));
      const article = await findVisibleArticle(db, request.params.slug);
      if (!article) throw notFound(notFoundTexts.article);
      if (!policies.writeComment(request.user, article)) throw new AppError(403, "comments_closed", messages.closed);
      const result = isBot(request.body) ? succeeded(null) : await unlessInvalid(errors, () => postComment(db, article, request.body));
      if (result.ok) return redirectAfterPost(reply, `/magazin/${article.slug}?kommentar=eingegangen#kommentare`);
      const values = formTexts(request.body);
      delete values[honeypotField];
      const comments = await renderComments(request, article, csrfToken(reply), { values, errors: result.errors });
      return sendArticlePageWith(request, reply, article.slug, comments, result.errors.commentEmail === messages.tooMany ? 429 : 422);
    },
  );

  await app.register(moderationRoutes);
}
