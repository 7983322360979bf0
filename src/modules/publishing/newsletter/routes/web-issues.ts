import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, sendPage } from "../../../../platform/http/pages.ts";
import { notFound } from "../../../../platform/errors.ts";
import { findPublicIssue, issueContent } from "../queries.ts";
import { numberPattern } from "../rules/issue-form.ts";
import { issueNumberParams } from "../schemas.ts";
import { IssuePage } from "../views/issue-page.tsx";

/** The web version of an issue, public from the moment its sending starts. */
export async function webIssueRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  router.get("/newsletter/:number", { schema: { params: issueNumberParams } }, async (request, reply) => {
    const issue = numberPattern.test(request.params.number) ? await findPublicIssue(db, request.params.number) : null;
    if (!issue) throw notFound("Die Ausgabe");
    return sendPage(reply, IssuePage({ ctx: pageContext(request, reply), issue, content: await issueContent(db, issue) }));
  });
}
