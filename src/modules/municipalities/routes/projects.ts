import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../platform/http/pages.ts";
import { formErrors } from "../../../platform/http/validation.ts";
import { notFound } from "../../../platform/errors.ts";
import { unlessInvalid } from "../../../platform/commands.ts";
import type { FieldErrors, FormValues } from "../../../platform/forms.ts";
import { findChangeProject, listTopics } from "../queries/lookups.ts";
import { profileParams, projectBody, projectParams } from "../schemas.ts";
import { policies } from "../policies.ts";
import { notFoundTexts } from "../texts.ts";
import { saveChangeProject } from "../commands/save-change-project.ts";
import { deleteChangeProject } from "../commands/delete-change-project.ts";
import { ProjectForm } from "../views/project-form.tsx";
import { municipalityFor } from "./guards.ts";

type Project = NonNullable<Awaited<ReturnType<typeof findChangeProject>>>;

/** A saved project as its form shows it, milestones as numbered rows. */
const formOf = (project: Project): FormValues => ({
  ...project,
  goals: project.goals.join("\n"),
  startsOn: project.startsOn ?? "",
  endsOn: project.endsOn ?? "",
  ...Object.fromEntries(
    project.milestones.flatMap((ms, i) => [
      [`m${i}_title`, ms.title],
      [`m${i}_due`, ms.dueOn ?? ""],
      [`m${i}_done`, ms.done],
    ]),
  ),
});

/** Members of a municipality (and the admin) create, change and delete its change projects. */
export async function projectRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  async function showForm(
    request: FastifyRequest,
    reply: FastifyReply,
    municipality: { slug: string; name: string },
    form: { id: number | null; values: FormValues; errors: FieldErrors },
    status = 200,
  ) {
    const page = ProjectForm({
      ctx: pageContext(request, reply, { forms: true }),
      municipality,
      projectId: form.id,
      values: form.values,
      topics: await listTopics(db),
      errors: form.errors,
    });
    return sendPage(reply, page, status);
  }
  const projectOf = async (municipalityId: number, id: number) =>
    (await findChangeProject(db, municipalityId, id)) ?? Promise.reject(notFound(notFoundTexts.project));

  router.get("/kommunen/:slug/vorhaben/neu", { schema: { params: profileParams } }, async (request, reply) => {
    const municipality = await municipalityFor(request, db, request.params.slug, policies.editMunicipality);
    return showForm(request, reply, municipality, { id: null, values: {}, errors: {} });
  });

  router.post("/kommunen/:slug/vorhaben/neu", { attachValidation: true, schema: { params: profileParams, body: projectBody } }, async (request, reply) => {
    const errors = formErrors(request);
    const municipality = await municipalityFor(request, db, request.params.slug, policies.editMunicipality);
    const result = await unlessInvalid(errors, () => saveChangeProject(db, municipality.id, null, request.body));
    if (result.ok) return redirectAfterPost(reply, `/kommunen/${municipality.slug}?gespeichert=1#vorhaben-${result.value}`);
    return showForm(request, reply, municipality, { id: null, values: request.body, errors: result.errors }, 422);
  });

  router.get("/kommunen/:slug/vorhaben/:id/bearbeiten", { schema: { params: projectParams } }, async (request, reply) => {
    const municipality = await municipalityFor(request, db, request.params.slug, policies.editMunicipality);
    const project = await projectOf(municipality.id, request.params.id);
    return showForm(request, reply, municipality, { id: project.id, values: formOf(project), errors: {} });
  });

  router.post(
    "/kommunen/:slug/vorhaben/:id/bearbeiten",
    { attachValidation: true, schema: { params: projectParams, body: projectBody } },
    async (request, reply) => {
      const errors = formErrors(request);
      const municipality = await municipalityFor(request, db, request.params.slug, policies.editMunicipality);
      const project = await projectOf(municipality.id, request.params.id);
      const result = await unlessInvalid(errors, () => saveChangeProject(db, municipality.id, project.id, request.body));
      if (result.ok) return redirectAfterPost(reply, `/kommunen/${municipality.slug}?gespeichert=1#vorhaben-${project.id}`);
      return showForm(request, reply, municipality, { id: project.id, values: request.body, errors: result.errors }, 422);
    },
  );

  router.post("/kommunen/:slug/vorhaben/:id/loeschen", { schema: { params: projectParams } }, async (request, reply) => {
    const municipality = await municipalityFor(request, db, request.params.slug, policies.editMunicipality);
    if (!(await deleteChangeProject(db, municipality.id, request.params.id)).ok) throw notFound(notFoundTexts.project);
    return redirectAfterPost(reply, `/kommunen/${municipality.slug}?gespeichert=1`);
  });
}
