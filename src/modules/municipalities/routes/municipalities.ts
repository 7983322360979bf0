import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../platform/http/pages.ts";
import { formErrors } from "../../../platform/http/validation.ts";
import { requireUser } from "../../../platform/auth/plugin.ts";
import { forbidden } from "../../../platform/errors.ts";
import { unlessInvalid } from "../../../platform/commands.ts";
import { municipalityBody, personBody, profileParams } from "../schemas.ts";
import { policies } from "../policies.ts";
import { createMunicipality } from "../commands/create-municipality.ts";
import { addPerson } from "../commands/add-person.ts";
import { MunicipalityForm } from "../views/municipality-form.tsx";
import { PersonForm } from "../views/person-form.tsx";
import { municipalityFor } from "./guards.ts";

/** The admin adds kreisangehörige Städte with their own Jugendamt and the people of a municipality. */
export async function adminRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { config } = app.deps;
  const mayCreate = (user: Parameters<typeof policies.createMunicipality>[0]) => {
    if (!policies.createMunicipality(user)) throw forbidden();
  };

  router.get("/kommunen/neu", async (request, reply) => {
    mayCreate(requireUser(request));
    return sendPage(reply, MunicipalityForm({ ctx: pageContext(request, reply, { forms: true }), values: {}, errors: {} }));
  });

  router.post("/kommunen/neu", { attachValidation: true, schema: { body: municipalityBody } }, async (request, reply) => {
    const errors = formErrors(request);
    mayCreate(requireUser(request));
    const result = await unlessInvalid(errors, () => createMunicipality(db, request.body));
    if (result.ok) return redirectAfterPost(reply, `/kommunen/${result.value}?gespeichert=1`);
    return sendPage(reply, MunicipalityForm({ ctx: pageContext(request, reply, { forms: true }), values: request.body, errors: result.errors }), 422);
  });

  router.get("/kommunen/:slug/personen/neu", { schema: { params: profileParams } }, async (request, reply) => {
    const municipality = await municipalityFor(request, db, request.params.slug, policies.managePeople);
    return sendPage(reply, PersonForm({ ctx: pageContext(request, reply, { forms: true }), municipality, values: {}, errors: {} }));
  });

  router.post("/kommunen/:slug/personen/neu", { attachValidation: true, schema: { params: profileParams, body: personBody } }, async (request, reply) => {
    const errors = formErrors(request);
    const municipality = await municipalityFor(request, db, request.params.slug, policies.managePeople);
    const result = await unlessInvalid(errors, () => addPerson(db, config.baseUrl, municipality, request.body));
    if (result.ok) return redirectAfterPost(reply, `/kommunen/${municipality.slug}?gespeichert=1`);
    return sendPage(reply, PersonForm({ ctx: pageContext(request, reply, { forms: true }), municipality, values: request.body, errors: result.errors }), 422);
  });
}
