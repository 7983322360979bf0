import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../platform/http/pages.ts";
import { formErrors } from "../../../platform/http/validation.ts";
import { unlessInvalid } from "../../../platform/commands.ts";
import { listTopics } from "../queries/lookups.ts";
import { loadProfile } from "../queries/profile.ts";
import { contactKeys, profileBody, profileParams } from "../schemas.ts";
import { policies } from "../policies.ts";
import { updateProfile } from "../commands/update-profile.ts";
import { ProfileForm } from "../views/profile-form.tsx";
import { municipalityFor } from "./guards.ts";

/** Members of a municipality (and the admin) edit its description, the Jugendamt's contact details and its topics. */
export async function profileFormRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  router.get("/kommunen/:slug/bearbeiten", { schema: { params: profileParams } }, async (request, reply) => {
    const municipality = await municipalityFor(request, db, request.params.slug, policies.editMunicipality);
    const profile = await loadProfile(app.deps.database, municipality.ags);
    const contact = Object.fromEntries(contactKeys.map((key) => [key, municipality[key]]));
    const topics = profile?.topics.map((t) => t.slug) ?? [];
    const values = { description: municipality.description, ...contact, topics, officialDomains: municipality.officialDomains.join(", ") };
    const form = { municipality, values, topics: await listTopics(db), errors: {}, showDomains: policies.editOfficialDomains(request.user) };
    return sendPage(reply, ProfileForm({ ctx: pageContext(request, reply, { forms: true }), ...form }));
  });

  router.post("/kommunen/:slug/bearbeiten", { attachValidation: true, schema: { params: profileParams, body: profileBody } }, async (request, reply) => {
    const errors = formErrors(request);
    const municipality = await municipalityFor(request, db, request.params.slug, policies.editMunicipality);
    const showDomains = policies.editOfficialDomains(request.user);
    const result = await unlessInvalid(errors, () => updateProfile(db, municipality.id, request.body, { domains: showDomains }));
    if (result.ok) return redirectAfterPost(reply, `/kommunen/${municipality.slug}?gespeichert=1`);
    const form = ProfileForm({
      ctx: pageContext(request, reply, { forms: true }),
      municipality,
      values: request.body,
      topics: await listTopics(db),
      errors: result.errors,
      showDomains,
    });
    return sendPage(reply, form, 422);
  });
}
