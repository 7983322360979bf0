import type { FastifyInstance } from "fastify";
import { Type, type TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { csrfToken, redirectAfterPost } from "../../../platform/http/pages.ts";
import { formTexts } from "../../../platform/forms.ts";
import { AppError, notFound } from "../../../platform/errors.ts";
import { sendArticlePageWith } from "../magazine/article-page.ts";
import { findVisibleArticle } from "../magazine/queries.ts";
import { honeypotField, postComment } from "./commands.ts";
import { moderationRoutes } from "./moderation-routes.ts";
import { renderComments } from "./section.tsx";
import { limits, messages } from "./texts.ts";
import { translateValidation } from "../../../platform/http/validation.ts";

const slugParams = Type.Object({ slug: Type.String({ maxLength: 200 }) });
// The text has no length limit here: the command answers a too long comment with its own German message.
const commentBody = Type.Object(
  {
    commentName: Type.Optional(Type.String({ maxLength: limits.name })),
    commentEmail: Type.Optional(Type.String({ maxLength: limits.email })),
    commentBody: Type.Optional(Type.String()),
    commentParent: Type.Optional(Type.String({ maxLength: 12 })),
    netiquette: Type.Optional(Type.String({ maxLength: 10 })),
    [honeypotField]: Type.Optional(Type.String()),
  },
  { additionalProperties: Type.String({ maxLength: 1000 }) },
);

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
      const slug = String((request.params as { slug: unknown }).slug);
      const article = await findVisibleArticle(db, slug);
      if (!article) throw notFound("Der Beitrag");
      if (!article.commentsOpen) throw new AppError(403, "comments_closed", messages.closed);
      const input = (request.body ?? {}) as Record<string, unknown>;
      const result = await postComment(db, article, input, translateValidation(request.validationError?.validation));
      if (result.ok) return redirectAfterPost(reply, `/magazin/${article.slug}?kommentar=eingegangen#kommentare`);
      const values = formTexts(input);
      delete values[honeypotField];
      return sendArticlePageWith(
        request,
        reply,
        article.slug,
        await renderComments(request, article, csrfToken(reply), { values, errors: result.errors }),
        result.status,
      );
    },
  );

  await app.register(moderationRoutes);
}
