import type { FastifyInstance, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../platform/http/pages.ts";
import { forbidden, notFound } from "../../platform/errors.ts";
import { requireUser } from "../../platform/auth/plugin.ts";
import { findMunicipality, listTopics } from "./queries.ts";
import { loadProfile } from "./profile.ts";
import { agsOf, municipalityBody, personBody, profileBody, profileParams, projectBody, projectParams } from "./schemas.ts";
import { policies } from "./policies.ts";
import { updateProfile } from "./commands/update-profile.ts";
import { deleteChangeProject, findChangeProject, saveChangeProject } from "./commands/save-change-project.ts";
import { createMunicipality } from "./commands/create-municipality.ts";
import { addPerson } from "./commands/add-person.ts";
import { MunicipalityForm, PersonForm, ProfileForm, ProjectForm } from "./views/edit-forms.tsx";
import { translateValidation } from "../../platform/http/validation.ts";

type Values = Record<string, string | string[] | undefined>;
const bodyOf = (request: FastifyRequest) => (request.body ?? {}) as Values;

export async function municipalityEditing(app: FastifyInstance) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { mailer, config } = app.deps;

  /** Authenticate, find the municipality, authorise: the order every editing route follows. */
  async function editable(request: FastifyRequest, slug: string, allowed: (m: { id: number }) => boolean) {
    const user = requireUser(request);
    const municipality = /^[0-9]{5}([0-9]{3})?(-[a-z0-9-]*)?$/.test(slug) ? await findMunicipality(db, agsOf(slug)) : null;
    if (!municipality) throw notFound("Die Kommune");
    if (!allowed(municipality)) throw forbidden();
    return { user, municipality };
  }
  const canEdit = (request: FastifyRequest) => (m: { id: number }) => policies.editMunicipality(request.user, m.id);
  const canManagePeople = (request: FastifyRequest) => () => policies.managePeople(request.user);

  r.get("/kommunen/:slug/bearbeiten", { schema: { params: profileParams } }, async (request, reply) => {
    const { municipality: m } = await editable(request, request.params.slug, canEdit(request));
    const topicRows = await listTopics(db);
    const profileTopics = await loadProfile(app.deps.database, m.ags);
    const values = { ...m, topics: profileTopics?.topics.map((t) => t.slug) ?? [] } as unknown as Values;
    return sendPage(reply, ProfileForm({ ctx: pageContext(request, reply, { forms: true }), municipality: m, values, topics: topicRows, errors: {} }));
  });

  r.post("/kommunen/:slug/bearbeiten", { attachValidation: true, schema: { params: profileParams, body: profileBody } }, async (request, reply) => {
    const { municipality: m } = await editable(request, (request.params as { slug: string }).slug, canEdit(request));
    const errors = translateValidation(request.validationError?.validation);
    const result = await updateProfile(db, m.id, request.body, errors);
    if (result.ok) return redirectAfterPost(reply, `/kommunen/${m.slug}?gespeichert=1`);
    const form = ProfileForm({
      ctx: pageContext(request, reply, { forms: true }),
      municipality: m,
      values: bodyOf(request),
      topics: await listTopics(db),
      errors: result.errors,
    });
    return sendPage(reply, form, 422);
  });

  r.get("/kommunen/:slug/vorhaben/neu", { schema: { params: profileParams } }, async (request, reply) => {
    const { municipality: m } = await editable(request, request.params.slug, canEdit(request));
    return sendPage(
      reply,
      ProjectForm({
        ctx: pageContext(request, reply, { forms: true }),
        municipality: m,
        projectId: null,
        values: {},
        topics: await listTopics(db),
        errors: {},
      }),
    );
  });

  r.post("/kommunen/:slug/vorhaben/neu", { attachValidation: true, schema: { params: profileParams, body: projectBody } }, async (request, reply) => {
    const { municipality: m } = await editable(request, (request.params as { slug: string }).slug, canEdit(request));
    const errors = translateValidation(request.validationError?.validation);
    const result = await saveChangeProject(db, m.id, null, request.body, errors);
    if (result.ok) return redirectAfterPost(reply, `/kommunen/${m.slug}?gespeichert=1#vorhaben-${result.value}`);
    const form = ProjectForm({
      ctx: pageContext(request, reply, { forms: true }),
      municipality: m,
      projectId: null,
      values: bodyOf(request),
      topics: await listTopics(db),
      errors: result.errors,
    });
    return sendPage(reply, form, 422);
  });

  r.get("/kommunen/:slug/vorhaben/:id/bearbeiten", { schema: { params: projectParams } }, async (request, reply) => {
    const { municipality: m } = await editable(request, request.params.slug, canEdit(request));
    const project = await findChangeProject(db, m.id, request.params.id);
    if (!project) throw notFound("Das Vorhaben");
    const values: Values = {
      title: project.title,
      summary: project.summary,
      goals: project.goals.join("\n"),
      phase: project.phase,
      startsOn: project.startsOn ?? "",
      endsOn: project.endsOn ?? "",
      learnings: project.learnings,
      topics: project.topics,
      ...Object.fromEntries(
        project.milestones.flatMap((ms, i) => [
          [`m${i}_title`, ms.title],
          [`m${i}_due`, ms.dueOn ?? ""],
          [`m${i}_done`, ms.done ? "ja" : ""],
        ]),
      ),
    };
    return sendPage(
      reply,
      ProjectForm({
        ctx: pageContext(request, reply, { forms: true }),
        municipality: m,
        projectId: project.id,
        values,
        topics: await listTopics(db),
        errors: {},
      }),
    );
  });

  r.post(
    "/kommunen/:slug/vorhaben/:id/bearbeiten",
    { attachValidation: true, schema: { params: projectParams, body: projectBody } },
    async (request, reply) => {
      const params = request.params as { slug: string; id: number };
      const { municipality: m } = await editable(request, params.slug, canEdit(request));
      const project = Number.isInteger(Number(params.id)) ? await findChangeProject(db, m.id, Number(params.id)) : null;
      if (!project) throw notFound("Das Vorhaben");
      const errors = translateValidation(request.validationError?.validation);
      const result = await saveChangeProject(db, m.id, project.id, request.body, errors);
      if (result.ok) return redirectAfterPost(reply, `/kommunen/${m.slug}?gespeichert=1#vorhaben-${project.id}`);
      const form = ProjectForm({
        ctx: pageContext(request, reply, { forms: true }),
        municipality: m,
        projectId: project.id,
        values: bodyOf(request),
        topics: await listTopics(db),
        errors: result.errors,
      });
      return sendPage(reply, form, 422);
    },
  );

  r.post("/kommunen/:slug/vorhaben/:id/loeschen", { schema: { params: projectParams } }, async (request, reply) => {
    const { municipality: m } = await editable(request, request.params.slug, canEdit(request));
    if (!(await deleteChangeProject(db, m.id, request.params.id))) throw notFound("Das Vorhaben");
    return redirectAfterPost(reply, `/kommunen/${m.slug}?gespeichert=1`);
  });

  r.get("/kommunen/neu", async (request, reply) => {
    requireUser(request);
    if (!policies.createMunicipality(request.user)) throw forbidden();
    return sendPage(reply, MunicipalityForm({ ctx: pageContext(request, reply, { forms: true }), values: {}, errors: {} }));
  });

  r.post("/kommunen/neu", { attachValidation: true, schema: { body: municipalityBody } }, async (request, reply) => {
    requireUser(request);
    if (!policies.createMunicipality(request.user)) throw forbidden();
    const errors = translateValidation(request.validationError?.validation);
    const result = await createMunicipality(db, request.body, errors);
    if (result.ok) return redirectAfterPost(reply, `/kommunen/${result.value}?gespeichert=1`);
    return sendPage(reply, MunicipalityForm({ ctx: pageContext(request, reply, { forms: true }), values: bodyOf(request), errors: result.errors }), 422);
  });

  r.get("/kommunen/:slug/personen/neu", { schema: { params: profileParams } }, async (request, reply) => {
    const { municipality: m } = await editable(request, request.params.slug, canManagePeople(request));
    return sendPage(reply, PersonForm({ ctx: pageContext(request, reply, { forms: true }), municipality: m, values: {}, errors: {} }));
  });

  r.post("/kommunen/:slug/personen/neu", { attachValidation: true, schema: { params: profileParams, body: personBody } }, async (request, reply) => {
    const { municipality: m } = await editable(request, (request.params as { slug: string }).slug, canManagePeople(request));
    const errors = translateValidation(request.validationError?.validation);
    const result = await addPerson(db, mailer, config.baseUrl, m, request.body, errors);
    if (result.ok) return redirectAfterPost(reply, `/kommunen/${m.slug}?gespeichert=1`);
    return sendPage(
      reply,
      PersonForm({ ctx: pageContext(request, reply, { forms: true }), municipality: m, values: bodyOf(request), errors: result.errors }),
      422,
    );
  });
}
