import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, sendPage } from "../../../../platform/http/pages.ts";
import { notFound } from "../../../../platform/errors.ts";
import { findCallBySlug } from "../../queries.ts";
import { listPublishedCalls } from "../queries.ts";
import { slugParams } from "../schemas.ts";
import { policies } from "../policies.ts";
import { notFoundText } from "../texts.ts";
import { PublicCallsPage } from "../views/public-list.tsx";
import { PublicCallPage } from "../views/public-call.tsx";

/** The published calls for everyone; a draft answers as if it did not exist, except to the team. */
export async function publicCallRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  router.get("/ausschreibungen", async (request, reply) => {
    return sendPage(reply, PublicCallsPage({ ctx: pageContext(request, reply), calls: await listPublishedCalls(db), now: new Date() }));
  });

  router.get("/ausschreibungen/:slug", { schema: { params: slugParams } }, async (request, reply) => {
    const call = await findCallBySlug(db, request.params.slug);
    if (!call || !policies.seeCall(request.user, call)) throw notFound(notFoundText);
    return sendPage(reply, PublicCallPage({ ctx: pageContext(request, reply), call, now: new Date() }));
  });
}
