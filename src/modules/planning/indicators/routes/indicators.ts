import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { unlessInvalid } from "../../../../platform/commands.ts";
import { forbidden, notFound } from "../../../../platform/errors.ts";
import type { Db } from "../../../../db/client.ts";
import { formTexts, type FieldErrors, type FormValues } from "../../../../platform/forms.ts";
import { currentCut, indicatorsFor } from "../../queries.ts";
import { planningAccess, workbenchPath } from "../../routes/access.ts";
import { slugParams } from "../../schemas.ts";
import { addIndicator } from "../commands/add-indicator.ts";
import { changeIndicator } from "../commands/change-indicator.ts";
import { findIndicator, periodsByIndicator } from "../queries.ts";
import { policies } from "../policies.ts";
import { addBody, changeBody, indicatorParams, noticeQuery } from "../schemas.ts";
import { messages, notices } from "../texts.ts";
import { CataloguePage } from "../views/catalogue.tsx";
import { IndicatorPage } from "../views/indicator.tsx";
import { newIndicatorValues } from "../views/indicator-fields.tsx";

type Access = Awaited<ReturnType<typeof planningAccess>>;
const noticeOf = (stand: string | undefined) => (stand && Object.hasOwn(notices, stand) ? notices[stand]! : null);

async function periodsOfCut(db: Db, municipalityId: number) {
  const cut = await currentCut(db, municipalityId);
  return cut ? periodsByIndicator(db, cut.id) : null;
}

async function cataloguePage(
  request: FastifyRequest,
  reply: FastifyReply,
  access: Access,
  form: { notice: string | null; values: FormValues; errors: FieldErrors },
) {
  const page = CataloguePage({
    ctx: pageContext(request, reply, { forms: access.canEdit }),
    municipality: access.municipality,
    indicators: await indicatorsFor(request.server.deps.database.db, access.municipality.id),
    periods: await periodsOfCut(request.server.deps.database.db, access.municipality.id),
    canEdit: access.canEdit,
    ...form,
  });
  return sendPage(reply, page, Object.keys(form.errors).length ? 422 : 200);
}

/** The indicator of the address, from the starter catalogue or the municipality's own; 404 for anything else. */
async function indicatorOf(db: Db, access: Access, id: number) {
  const indicator = await findIndicator(db, access.municipality.id, id);
  if (!indicator) throw notFound(messages.notFound);
  return indicator;
}

async function indicatorPage(
  request: FastifyRequest,
  reply: FastifyReply,
  access: Access,
  indicator: NonNullable<Awaited<ReturnType<typeof findIndicator>>>,
  form: { notice: string | null; values: FormValues; errors: FieldErrors },
) {
  const canChange = policies.changeIndicator(access.user, access.owner, indicator);
  const periods = await periodsOfCut(request.server.deps.database.db, access.municipality.id);
  const page = IndicatorPage({
    ctx: pageContext(request, reply, { forms: canChange }),
    municipality: access.municipality,
    indicator,
    periods: periods === null ? null : (periods.get(indicator.id) ?? []),
    canChange,
    ...form,
  });
  return sendPage(reply, page, Object.keys(form.errors).length ? 422 : 200);
}

/** The indicator catalogue of a municipality's workbench: list, add its own, show and change one. */
export async function indicatorRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  router.get("/kommunen/:slug/planung/indikatoren", { schema: { params: slugParams, querystring: noticeQuery } }, async (request, reply) => {
    const access = await planningAccess(request, request.params.slug, "view");
    return cataloguePage(request, reply, access, { notice: noticeOf(request.query.stand), values: newIndicatorValues, errors: {} });
  });

  router.post("/kommunen/:slug/planung/indikatoren", { attachValidation: true, schema: { params: slugParams, body: addBody } }, async (request, reply) => {
    const errors = formErrors(request);
    const access = await planningAccess(request, request.params.slug, "edit");
    const result = await unlessInvalid(errors, () => addIndicator(db, access.municipality.id, request.body));
    if (result.ok) return redirectAfterPost(reply, `${workbenchPath(access.municipality)}/indikatoren/${result.value}?stand=angelegt`);
    return cataloguePage(request, reply, access, { notice: null, values: formTexts(request.body), errors: result.errors });
  });

  router.get("/kommunen/:slug/planung/indikatoren/:id", { schema: { params: indicatorParams, querystring: noticeQuery } }, async (request, reply) => {
    const access = await planningAccess(request, request.params.slug, "view");
    const indicator = await indicatorOf(db, access, request.params.id);
    return indicatorPage(request, reply, access, indicator, { notice: noticeOf(request.query.stand), values: indicator, errors: {} });
  });

  router.post(
    "/kommunen/:slug/planung/indikatoren/:id",
    { attachValidation: true, schema: { params: indicatorParams, body: changeBody } },
    async (request, reply) => {
      const errors = formErrors(request);
      const access = await planningAccess(request, request.params.slug, "edit");
      const indicator = await indicatorOf(db, access, request.params.id);
      if (!policies.changeIndicator(access.user, access.owner, indicator)) throw forbidden();
      const result = await unlessInvalid(errors, () => changeIndicator(db, access.municipality.id, indicator.id, request.body));
      if (result.ok) return redirectAfterPost(reply, `${workbenchPath(access.municipality)}/indikatoren/${indicator.id}?stand=geaendert`);
      return indicatorPage(request, reply, access, indicator, { notice: null, values: formTexts(request.body), errors: result.errors });
    },
  );
}
