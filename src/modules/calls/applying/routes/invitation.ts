import type { FastifyInstance, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { AppError } from "../../../../platform/errors.ts";
import { isOpenForApplications } from "../../queries.ts";
import { confirmPartner } from "../commands/confirm-partner.ts";
import { invitationOf } from "../queries.ts";
import { invitationParams } from "../schemas.ts";
import { messages } from "../texts.ts";
import { InvitationPage } from "../views/invitation-page.tsx";
import { applyingContext, callClosed } from "./guards.ts";

/** The partner's invitation link: shown to the invited account while the call is open, confirmed with a POST. */
export async function invitationRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  async function invitation(request: FastifyRequest, slug: string, token: string) {
    const context = await applyingContext(request, slug);
    const found = await invitationOf(db, context.call.id, token);
    if (!found || found.application.municipalityId !== context.municipality.id) throw new AppError(410, "link_invalid", messages.linkInvalid);
    if (found.seat.email !== context.user.email) throw new AppError(403, "link_for_other", messages.linkForOther);
    if (!isOpenForApplications(context.call)) throw callClosed();
    return { ...context, seat: found.seat };
  }

  router.get("/ausschreibungen/:slug/bewerbung/bestaetigen/:token", { schema: { params: invitationParams } }, async (request, reply) => {
    const { call, municipality, seat } = await invitation(request, request.params.slug, request.params.token);
    const page = InvitationPage({
      ctx: pageContext(request, reply, { forms: true }),
      call,
      municipality: municipality.name,
      role: seat.role,
      action: request.url,
    });
    return sendPage(reply, page);
  });

  router.post("/ausschreibungen/:slug/bewerbung/bestaetigen/:token", { schema: { params: invitationParams } }, async (request, reply) => {
    const { call, seat, user } = await invitation(request, request.params.slug, request.params.token);
    const result = await confirmPartner(db, seat, user);
    if (!result.ok) throw new AppError(409, "application_submitted", messages.submitted);
    return redirectAfterPost(reply, `/ausschreibungen/${call.slug}/bewerbung?stand=bestaetigt`);
  });
}
