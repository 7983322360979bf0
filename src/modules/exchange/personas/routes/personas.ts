import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import type { FieldErrors, FormValues } from "../../../../platform/forms.ts";
import { forbidden, notFound } from "../../../../platform/errors.ts";
import { requireUser } from "../../../../platform/auth/plugin.ts";
import { unlessInvalid } from "../../../../platform/commands.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import type { Db } from "../../../../db/client.ts";
import { mayEdit, mayRead, mayShare, mayUsePersonas, onlyReadable, readerOf, type Reader } from "../policies.ts";
import { savePersona } from "../commands/save-persona.ts";
import { allPersonas, findPersona, personasByIds, personasOf, sharedPersonas, type Persona } from "../queries.ts";
import { noticeQuery, personaBody, personaParams, sideBySideQuery } from "../schemas.ts";
import { maxSideBySide, messages, notices } from "../texts.ts";
import { PersonaForm } from "../views/form.tsx";
import { PersonasPage } from "../views/list.tsx";
import { PersonaCanvas } from "../views/canvas.tsx";
import { SideBySide } from "../views/side-by-side.tsx";
import { listMunicipalitiesByIds } from "../../../municipalities/index.ts";
import { cohortMunicipalityIds, currentProgram } from "../../../program/index.ts";

const base = "/austausch/personas";

async function requireReader(request: FastifyRequest, db: Db): Promise<Reader> {
  const reader = await readerOf(db, requireUser(request));
  if (!mayUsePersonas(reader)) throw forbidden();
  return reader;
}

/** A saved persona as its form shows it. */
const formOf = (persona: Persona): FormValues => ({
  name: persona.name,
  role: persona.role,
  drives: persona.drives,
  stumblingBlocks: persona.stumblingBlocks,
  whatWorks: persona.whatWorks,
  nextSteps: persona.nextSteps,
  shared: persona.shared,
});

/** The cohort's municipalities, for the team to choose whose persona it writes. */
async function cohortChoices(db: Db, reader: Reader) {
  const program = reader.isTeam ? await currentProgram(db) : null;
  if (!program) return [];
  return (await listMunicipalitiesByIds(db, await cohortMunicipalityIds(db, program.id))).sort((a, b) => a.name.localeCompare(b.name, "de"));
}

async function editable(request: FastifyRequest, db: Db, personaId: number) {
  const reader = await requireReader(request, db);
  const persona = await findPersona(db, personaId);
  if (!persona) throw notFound(messages.persona);
  if (!mayEdit(reader, persona)) throw forbidden();
  return { reader, persona };
}

async function form(request: FastifyRequest, reply: FastifyReply, db: Db, reader: Reader, persona: Persona | null, values: FormValues, errors: FieldErrors) {
  const choices = persona ? [] : await cohortChoices(db, reader);
  // The team's form offers cohort municipalities only, so sharing is always possible there.
  const canShare = await mayShare(reader, persona?.municipalityId ?? reader.municipalityId);
  const status = Object.keys(errors).length > 0 ? 422 : 200;
  return sendPage(reply, PersonaForm({ ctx: pageContext(request, reply, { forms: true }), persona, values, errors, choices, canShare }), status);
}

/** Personas: a municipality describes where its planning stands and may share it with the cohort. */
export async function personaRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  router.get(base, { schema: { querystring: noticeQuery } }, async (request, reply) => {
    const reader = await requireReader(request, db);
    const own = reader.municipalityId === null ? [] : await personasOf(db, reader.municipalityId);
    const readable = await onlyReadable(reader, reader.isTeam ? await allPersonas(db) : await sharedPersonas(db));
    const cohort: Persona[] = [];
    const unshared: Persona[] = [];
    for (const other of readable.filter((persona) => persona.municipalityId !== reader.municipalityId)) {
      (other.shared && (await reader.isCohort(other.municipalityId)) ? cohort : unshared).push(other);
    }
    const notice = notices[request.query.stand ?? ""];
    return sendPage(reply, PersonasPage({ ctx: pageContext(request, reply), reader, own, cohort, unshared, notice }));
  });

  router.get(`${base}/neu`, async (request, reply) => form(request, reply, db, await requireReader(request, db), null, {}, {}));

  router.post(`${base}/neu`, { attachValidation: true, schema: { body: personaBody } }, async (request, reply) => {
    const reader = await requireReader(request, db);
    const result = await unlessInvalid(formErrors(request), () => savePersona(db, reader, null, request.body));
    if (result.ok) return redirectAfterPost(reply, `${base}/${result.value}?stand=angelegt`);
    return form(request, reply, db, reader, null, request.body, result.errors);
  });

  router.get(`${base}/nebeneinander`, { schema: { querystring: sideBySideQuery } }, async (request, reply) => {
    const reader = await requireReader(request, db);
    const chosen = [...new Set(request.query.id ?? [])];
    const found = new Map((await onlyReadable(reader, await personasByIds(db, chosen))).map((persona) => [persona.id, persona]));
    const readable = chosen.map((id) => found.get(id)).filter((persona): persona is Persona => persona !== undefined);
    const hints = { hidden: chosen.length - readable.length, cut: Math.max(0, readable.length - maxSideBySide) };
    return sendPage(reply, SideBySide({ ctx: pageContext(request, reply), personas: readable.slice(0, maxSideBySide), chosen: chosen.length, ...hints }));
  });

  router.get(`${base}/:id`, { schema: { params: personaParams, querystring: noticeQuery } }, async (request, reply) => {
    const reader = await requireReader(request, db);
    const persona = await findPersona(db, request.params.id);
    if (!persona) throw notFound(messages.persona);
    if (!(await mayRead(reader, persona))) throw forbidden();
    const notice = notices[request.query.stand ?? ""];
    return sendPage(reply, PersonaCanvas({ ctx: pageContext(request, reply), persona, canEdit: mayEdit(reader, persona), notice }));
  });

  router.get(`${base}/:id/bearbeiten`, { schema: { params: personaParams } }, async (request, reply) => {
    const { reader, persona } = await editable(request, db, request.params.id);
    return form(request, reply, db, reader, persona, formOf(persona), {});
  });

  router.post(`${base}/:id/bearbeiten`, { attachValidation: true, schema: { params: personaParams, body: personaBody } }, async (request, reply) => {
    const { reader, persona } = await editable(request, db, request.params.id);
    const result = await unlessInvalid(formErrors(request), () => savePersona(db, reader, persona, request.body));
    if (result.ok) return redirectAfterPost(reply, `${base}/${persona.id}?stand=gespeichert`);
    return form(request, reply, db, reader, persona, request.body, result.errors);
  });
}
