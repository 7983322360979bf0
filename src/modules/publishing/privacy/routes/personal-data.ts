import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, sendPage } from "../../../../platform/http/pages.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { unlessInvalid } from "../../../../platform/commands.ts";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { requireUser } from "../../../../platform/auth/plugin.ts";
import { forbidden } from "../../../../platform/errors.ts";
import { collectPersonalData } from "../queries.ts";
import { erasePersonalData } from "../commands/erase-personal-data.ts";
import { confirmErrors, eraseBody, exportQuery, lookupQuery } from "../schemas.ts";
import { policies } from "../policies.ts";
import { ErasedPage, LookupPage } from "../views/lookup.tsx";

/** Only admins: 401 without a login, 403 for anyone else. */
function requireAdmin(request: FastifyRequest) {
  if (!policies.managePersonalData(requireUser(request))) throw forbidden();
}

/** Export and erasure of everything the platform holds about one e-mail address (admins only). */
export async function personalDataRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const sources = app.deps.personalData;

  const lookup = async (request: FastifyRequest, reply: FastifyReply, email: string, errors: FieldErrors, status = 200) => {
    const groups = errors.email ? null : await collectPersonalData(db, sources, email);
    return sendPage(reply, LookupPage({ ctx: pageContext(request, reply, { forms: true }), email: email.slice(0, 254), errors, groups }), status);
  };

  router.get("/datenschutz/auskunft", { attachValidation: true, schema: { querystring: lookupQuery } }, async (request, reply) => {
    requireAdmin(request);
    const errors = formErrors(request);
    if (request.query.email === undefined) return sendPage(reply, LookupPage({ ctx: pageContext(request, reply), email: "", errors: {}, groups: null }));
    return lookup(request, reply, String(request.query.email), errors, errors.email ? 422 : 200);
  });

  router.get("/datenschutz/auskunft/export", { attachValidation: true, schema: { querystring: exportQuery } }, async (request, reply) => {
    requireAdmin(request);
    const errors = formErrors(request);
    const email = String(request.query.email ?? "");
    if (errors.email) return lookup(request, reply, email, errors, 422);
    const groups = await collectPersonalData(db, sources, email);
    const data = { email, erstelltAm: new Date().toISOString(), bereiche: groups.map((g) => ({ bereich: g.label, eintraege: g.records })) };
    return reply
      .header("content-type", "application/json; charset=utf-8")
      .header("content-disposition", `attachment; filename="k360-daten-${email.replace(/[^a-z0-9.-]/g, "_")}.json"`)
      .header("cache-control", "private, no-store")
      .send(JSON.stringify(data, null, 2));
  });

  // The result is shown at once instead of after a redirect: it exists only in this response, and sending again erases nothing more.
  router.post("/datenschutz/auskunft/loeschen", { attachValidation: true, schema: { body: eraseBody } }, async (request, reply) => {
    requireAdmin(request);
    const schemaErrors = formErrors(request);
    const errors = { ...confirmErrors(request.body, schemaErrors), ...schemaErrors };
    const email = String(request.body?.email ?? "");
    const result = await unlessInvalid(errors, () => erasePersonalData(db, sources, email));
    if (!result.ok) return lookup(request, reply, email, result.errors, 422);
    const remaining = await collectPersonalData(db, sources, email);
    return sendPage(reply, ErasedPage({ ctx: pageContext(request, reply), email, erased: result.value, remaining }));
  });
}
