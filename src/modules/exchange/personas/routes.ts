import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { Type, type TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../platform/http/pages.ts";
import { formTexts, type FieldErrors } from "../../../platform/forms.ts";
import { forbidden, notFound } from "../../../platform/errors.ts";
import { mayEdit, mayRead, onlyReadable, requireReader, type Reader } from "./access.ts";
import { savePersona } from "./commands.ts";
import { allPersonas, findPersona, personasByIds, personasOf, sharedPersonas, type Persona } from "./queries.ts";
import { maxSideBySide, notices } from "./texts.ts";
import { PersonaForm } from "./views/form.tsx";
import { PersonasPage } from "./views/list.tsx";
import { PersonaCanvas } from "./views/canvas.tsx";
import { SideBySide } from "./views/side-by-side.tsx";
import { listMunicipalitiesByIds } from "../../municipalities/index.ts";
import { cohortMunicipalityIds, currentProgram } from "../../program/index.ts";
import { translateValidation } from "../../../platform/http/validation.ts";

const base = "/austausch/personas";
const id = Type.Integer({ minimum: 1, maximum: 2_147_483_647 });
const idParams = Type.Object({ id });
const field = (maxLength: number) => Type.Optional(Type.String({ maxLength }));
const personaBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 120 }),
    role: Type.String({ minLength: 1, maxLength: 200 }),
    drives: field(2000),
    stumblingBlocks: field(2000),
    whatWorks: field(2000),
    nextSteps: field(2000),
    shared: field(5),
    municipalityId: field(12),
  },
  { additionalProperties: Type.String({ maxLength: 300 }) },
);
const noticeQuery = Type.Object({ stand: Type.Optional(Type.String({ maxLength: 20 })) });
// Far more than can be shown, so a long selection is answered with a hint rather than an error page.
const sideBySideQuery = Type.Object({ id: Type.Optional(Type.Array(id, { maxItems: 100 })) });

/** Personas: a municipality describes where its planning stands and may share it with the cohort. */
export async function personaRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  /** The cohort's municipalities, for the team to choose whose persona it writes. */
  async function cohortChoices(reader: Reader) {
    const program = reader.isTeam ? await currentProgram(db) : null;
    if (!program) return [];
    return (await listMunicipalitiesByIds(db, await cohortMunicipalityIds(db, program.id))).sort((a, b) => a.name.localeCompare(b.name, "de"));
  }

  async function editable(request: FastifyRequest) {
    const reader = await requireReader(request, db);
    const personaId = Number((request.params as { id: unknown }).id);
    const persona = Number.isInteger(personaId) && personaId > 0 && personaId <= 2_147_483_647 ? await findPersona(db, personaId) : null;
    if (!persona) throw notFound("Die Persona");
    if (!mayEdit(reader, persona)) throw forbidden();
    return { reader, persona };
  }

  async function form(
    request: FastifyRequest,
    reply: FastifyReply,
    reader: Reader,
    persona: Persona | null,
    values: Record<string, string>,
    errors: FieldErrors,
    status = 200,
  ) {
    const choices = persona ? [] : await cohortChoices(reader);
    const municipalityId = persona?.municipalityId ?? reader.municipalityId;
    // The team's form offers cohort municipalities only, so sharing is always possible there.
    const canShare = municipalityId === null ? reader.isTeam : await reader.isCohort(municipalityId);
    return sendPage(reply, PersonaForm({ ctx: pageContext(request, reply, { forms: true }), persona, values, errors, choices, canShare }), status);
  }

  router.get(base, { schema: { querystring: noticeQuery } }, async (request, reply) => {
    const reader = await requireReader(request, db);
    const own = reader.municipalityId === null ? [] : await personasOf(db, reader.municipalityId);
    const others = (await onlyReadable(reader, reader.isTeam ? await allPersonas(db) : await sharedPersonas(db))).filter(
      (p) => p.municipalityId !== reader.municipalityId,
    );
    const cohort: Persona[] = [];
    const unshared: Persona[] = [];
    for (const other of others) (other.shared && (await reader.isCohort(other.municipalityId)) ? cohort : unshared).push(other);
    const notice = notices[request.query.stand ?? ""];
    return sendPage(reply, PersonasPage({ ctx: pageContext(request, reply), reader, own, cohort, unshared, notice }));
  });

  router.get(`${base}/neu`, async (request, reply) => {
    const reader = await requireReader(request, db);
    return form(request, reply, reader, null, {}, {});
  });

  router.post(`${base}/neu`, { attachValidation: true, schema: { body: personaBody } }, async (request, reply) => {
    const reader = await requireReader(request, db);
    const input = (request.body ?? {}) as Record<string, unknown>;
    const result = await savePersona(db, reader, null, input, translateValidation(request.validationError?.validation));
    if (result.ok) return redirectAfterPost(reply, `${base}/${result.id}?stand=angelegt`);
    return form(request, reply, reader, null, formTexts(input), result.errors, 422);
  });

  router.get(`${base}/nebeneinander`, { schema: { querystring: sideBySideQuery } }, async (request, reply) => {
    const reader = await requireReader(request, db);
    const chosen = [...new Set(request.query.id ?? [])];
    const found = new Map((await onlyReadable(reader, await personasByIds(db, chosen))).map((p) => [p.id, p]));
    const readable = chosen.map((i) => found.get(i)).filter((p): p is Persona => p !== undefined);
    const hints = {
      hidden: chosen.length - readable.length,
      cut: Math.max(0, readable.length - maxSideBySide),
    };
    return sendPage(reply, SideBySide({ ctx: pageContext(request, reply), personas: readable.slice(0, maxSideBySide), chosen: chosen.length, ...hints }));
  });

  router.get(`${base}/:id`, { schema: { params: idParams, querystring: noticeQuery } }, async (request, reply) => {
    const reader = await requireReader(request, db);
    const persona = await findPersona(db, request.params.id);
    if (!persona) throw notFound("Die Persona");
    if (!(await mayRead(reader, persona))) throw forbidden();
    const notice = notices[request.query.stand ?? ""];
    return sendPage(reply, PersonaCanvas({ ctx: pageContext(request, reply), persona, canEdit: mayEdit(reader, persona), notice }));
  });

  router.get(`${base}/:id/bearbeiten`, { schema: { params: idParams } }, async (request, reply) => {
    const { reader, persona } = await editable(request);
    const values = {
      name: persona.name,
      role: persona.role,
      drives: persona.drives,
      stumblingBlocks: persona.stumblingBlocks,
      whatWorks: persona.whatWorks,
      nextSteps: persona.nextSteps,
      shared: persona.shared ? "ja" : "",
    };
    return form(request, reply, reader, persona, values, {});
  });

  router.post(`${base}/:id/bearbeiten`, { attachValidation: true, schema: { params: idParams, body: personaBody } }, async (request, reply) => {
    const { reader, persona } = await editable(request);
    const input = (request.body ?? {}) as Record<string, unknown>;
    const result = await savePersona(db, reader, persona, input, translateValidation(request.validationError?.validation));
    if (result.ok) return redirectAfterPost(reply, `${base}/${persona.id}?stand=gespeichert`);
    return form(request, reply, reader, persona, formTexts(input), result.errors, 422);
  });
}
