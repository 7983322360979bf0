import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { Type, type TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../platform/http/pages.ts";
import { isEmail, text, type FieldErrors } from "../../../platform/forms.ts";
import { notFound, forbidden, unauthenticated } from "../../../platform/errors.ts";
import { requireUser } from "../../../platform/auth/plugin.ts";
import { icsFileName, toICalendar } from "../../../platform/calendar/ical.ts";
import { currentProgram, findEvent, isCohortMember, registrationsOfUser, tandemOf, type EventSummary } from "../queries/events.ts";
import { confirmPublicRegistration, hasPendingRegistration, registerForEvent, registrationClosedReason, withdrawRegistration } from "../commands/register-for-event.ts";
import { policies } from "../policies.ts";
import { audienceRole } from "../reference.ts";
import { todayInGermany } from "../../../platform/dates.ts";
import { EventPage, EventsPage, type EventView } from "../views/events.tsx";
import { ConfirmRegistrationPage } from "../views/confirm.tsx";
import { toCalendarEntry } from "../views/calendar.ts";
import { listEventsForPage } from "../queries/event-list.ts";
import { findDocument, listDocuments } from "../documents/queries.ts";
import { translateValidation } from "../../../platform/http/validation.ts";

const idParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });
const notices: Record<string, string> = {
  registered: "Sie sind angemeldet. Eine Bestätigung ist per E-Mail unterwegs.",
  waitlisted: "Sie stehen auf der Warteliste und erhalten eine E-Mail, sobald ein Platz frei wird.",
  pending: "Fast geschafft: Bitte bestätigen Sie Ihre Anmeldung mit dem Link, den wir Ihnen per E-Mail geschickt haben.",
  cancelled: "Ihre Anmeldung ist zurückgezogen.",
  excused: "Sie sind für diesen Termin entschuldigt.",
};

export async function eventRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { mailer, config } = app.deps;

  async function program() {
    const item = await currentProgram(db);
    if (!item) throw notFound("Das Programm");
    return item;
  }

  /**
   * Loads an event the user may see: the same 404 for unknown ids, 401/403 for cohort events.
   * `mayRegister`: public events for everyone; cohort events for cohort members, and a training path
   * only for the tandem role it is meant for.
   */
  async function visibleEvent(request: FastifyRequest, id: number): Promise<{ event: EventSummary; mayRegister: boolean }> {
    const item = await program();
    const event = await findEvent(db, item.id, id);
    if (!event) throw notFound("Der Termin");
    const inCohort = await isCohortMember(db, item.id, request.user?.municipalityId ?? null);
    if (!policies.seeEvent(request.user, event, inCohort)) throw request.user ? forbidden() : unauthenticated();
    // A role limit comes from the audience the team chose, or from a training path's rule.
    const obligee = event.formatRule.obligee;
    const role = audienceRole[event.audience] ?? (obligee === "leader" || obligee === "planningSpecialist" ? obligee : undefined);
    const roles = request.user && role ? (await tandemOf(db, item.id, request.user.id, todayInGermany())).map((s) => s.role) : [];
    const mayRegister = event.audience === "public" || (inCohort && (!role || roles.includes(role)));
    return { event, mayRegister };
  }

  async function render(request: FastifyRequest, reply: FastifyReply, event: EventSummary, mayRegister: boolean, extra: Partial<EventView> = {}, status = 200) {
    const own = request.user ? ((await registrationsOfUser(db, request.user.id)).find((x) => x.eventId === event.id) ?? null) : null;
    const documents = await listDocuments(db, event.id);
    const view: EventView = {
      event,
      closedReason: registrationClosedReason(event, todayInGermany()),
      own,
      canRegister: mayRegister,
      documents,
      canManage: policies.manageProgram(request.user),
      publicForm: !request.user,
      values: { name: "", email: "" },
      errors: {},
      ...extra,
    };
    return sendPage(reply, EventPage({ ctx: pageContext(request, reply, { forms: true }), view }), status);
  }

  router.get("/termine", async (request, reply) => {
    const user = request.user;
    const inCohort = user ? await isCohortMember(db, (await program()).id, user.municipalityId) : false;
    const all = await listEventsForPage(app.deps.database, !(policies.manageProgram(user) || inCohort));
    const today = todayInGermany();
    const upcoming = all.filter((e) => (e.days.at(-1)?.date ?? "9999") >= today);
    const past = all.filter((e) => !upcoming.includes(e)).reverse();
    return sendPage(reply, EventsPage({ ctx: pageContext(request, reply), upcoming, past, canManage: policies.manageProgram(request.user) }));
  });

  router.get("/termine.ics", async (_request, reply) => {
    const events = await listEventsForPage(app.deps.database, true);
    return reply.type("text/calendar; charset=utf-8").send(
      toICalendar(
        "K360 – offene Termine",
        events.map((e) => toCalendarEntry(e, config.baseUrl)),
      ),
    );
  });

  router.get("/termine/:id.ics", { schema: { params: idParams } }, async (request, reply) => {
    const { event } = await visibleEvent(request, request.params.id);
    return reply
      .type("text/calendar; charset=utf-8")
      .header("content-disposition", `attachment; filename="${icsFileName(event.title)}"`)
      .send(toICalendar(event.title, [toCalendarEntry(event, config.baseUrl)]));
  });

  router.get(
    "/termine/:id",
    { schema: { params: idParams, querystring: Type.Object({ stand: Type.Optional(Type.String({ maxLength: 20 })) }) } },
    async (request, reply) => {
      const { event, mayRegister } = await visibleEvent(request, request.params.id);
      return render(request, reply, event, mayRegister, { notice: notices[request.query.stand ?? ""] });
    },
  );

  router.post(
    "/termine/:id/anmelden",
    {
      attachValidation: true,
      schema: {
        params: idParams,
        body: Type.Object({ name: Type.Optional(Type.String({ maxLength: 120 })), email: Type.Optional(Type.String({ maxLength: 254 })) }),
      },
    },
    async (request, reply) => {
      const { event, mayRegister } = await visibleEvent(request, Number((request.params as { id: unknown }).id));
      const body = (request.body ?? {}) as Record<string, unknown>;
      const values = { name: text(body.name).slice(0, 120), email: text(body.email).slice(0, 254) };
      const errors: FieldErrors = translateValidation(request.validationError?.validation);
      const user = request.user;
      if (!user) {
        if (!values.name.trim() && !errors.name) errors.name = "Bitte geben Sie Ihren Namen ein.";
        if (!isEmail(values.email.trim()) && !errors.email) errors.email = "Bitte geben Sie eine gültige E-Mail-Adresse ein.";
        if (/<\/?[a-z][^>]*>/i.test(values.name)) errors.name = "Bitte geben Sie keinen HTML-Code ein, nur einfachen Text.";
      }
      if (!mayRegister) throw forbidden();
      if (Object.keys(errors).length) return render(request, reply, event, mayRegister, { values, errors }, 422);
      const who = user
        ? { userId: user.id, municipalityId: user.municipalityId, name: user.name, email: user.email }
        : { userId: null, municipalityId: null, ...values };
      const result = await registerForEvent(db, mailer, config.baseUrl, event, who, todayInGermany());
      if (!result.ok) return render(request, reply, event, mayRegister, { values, errors: { form: result.message } }, 409);
      return redirectAfterPost(reply, `/termine/${event.id}?stand=${result.status}`);
    },
  );

  for (const [path, status] of [
    ["absagen", "cancelled"],
    ["entschuldigen", "excused"],
  ] as const) {
    router.post(`/termine/:id/${path}`, { schema: { params: idParams } }, async (request, reply) => {
      const user = requireUser(request);
      const { event } = await visibleEvent(request, request.params.id);
      const own = (await registrationsOfUser(db, user.id)).find((x) => x.eventId === event.id);
      if (!own || registrationClosedReason(event, todayInGermany())) throw notFound("Eine offene Anmeldung");
      if (!(await withdrawRegistration(db, mailer, config.baseUrl, event, own.id, status))) throw notFound("Eine offene Anmeldung");
      return redirectAfterPost(reply, `/termine/${event.id}?stand=${status}`);
    });
  }

  router.get(
    "/termine/:id/unterlagen/:docId",
    { schema: { params: Type.Object({ id: idParams.properties.id, docId: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) }) } },
    async (request, reply) => {
      const { event } = await visibleEvent(request, request.params.id);
      const doc = await findDocument(db, event.id, request.params.docId);
      if (!doc) throw notFound("Die Unterlage");
      return reply
        .type(doc.contentType)
        .header(
          "content-disposition",
          `attachment; filename="${doc.fileName.replace(/[^\x20-\x7e]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
        )
        .header("x-content-type-options", "nosniff")
        .send(doc.data);
    },
  );

  const tokenParams = Type.Object({ id: idParams.properties.id, token: Type.String({ minLength: 20, maxLength: 100 }) });
  router.get("/termine/:id/bestaetigen/:token", { schema: { params: tokenParams } }, async (request, reply) => {
    const { event } = await visibleEvent(request, request.params.id);
    const valid = await hasPendingRegistration(db, event.id, request.params.token);
    return sendPage(
      reply,
      ConfirmRegistrationPage({ ctx: pageContext(request, reply, { forms: true }), event, token: valid ? request.params.token : null }),
      valid ? 200 : 410,
    );
  });

  router.post("/termine/:id/bestaetigen/:token", { schema: { params: tokenParams } }, async (request, reply) => {
    const { event } = await visibleEvent(request, request.params.id);
    const status = await confirmPublicRegistration(db, mailer, config.baseUrl, event, request.params.token);
    if (!status) return sendPage(reply, ConfirmRegistrationPage({ ctx: pageContext(request, reply), event, token: null }), 410);
    return redirectAfterPost(reply, `/termine/${event.id}?stand=${status}`);
  });
}
