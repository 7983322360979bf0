import type { FastifyInstance } from "fastify";
import { Type, type TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../platform/http/pages.ts";
import { text } from "../../../platform/forms.ts";
import { requireRole } from "../../../platform/auth/plugin.ts";
import { notFound } from "../../../platform/errors.ts";
import { barrierFields, listBarrierReports, mailBarrierReport, reportBarrier, safePagePath, setBarrierStatus, type BarrierValues } from "./barriers.ts";
import { necessaryCookies } from "./cookies.ts";
import { AboutPage, TeamPage } from "./views/about.tsx";
import { NetworkPage } from "./views/network.tsx";
import { ImprintPage } from "./views/imprint.tsx";
import { PrivacyPage } from "./views/privacy.tsx";
import { AccessibilityPage } from "./views/accessibility.tsx";
import { EasyLanguagePage } from "./views/easy-language.tsx";
import { BarrierFormPage, BarrierThanksPage } from "./views/barrier-form.tsx";
import { BarrierListPage } from "./views/barrier-list.tsx";
import { listFellows } from "../../municipalities/index.ts";
import { translateValidation } from "../../../platform/http/validation.ts";

const field = (max: number) => Type.Optional(Type.String({ maxLength: max }));
const barrierBody = Type.Object({ pageUrl: field(500), description: field(5000), name: field(120), email: field(254) });
const statusBody = Type.Object({ status: Type.Union([Type.Literal("open"), Type.Literal("done")]) });
const idParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });
const notices: Record<string, string> = { done: "Die Meldung ist als erledigt markiert.", open: "Die Meldung ist wieder offen." };

/** The site's pages (about, team, network, imprint, privacy, accessibility, Leichte Sprache) and the "Barriere melden" form. */
export async function pageRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { config, mailer } = app.deps;

  router.get("/wer-wir-sind", async (request, reply) => sendPage(reply, AboutPage({ ctx: pageContext(request, reply) })));
  router.get("/wer-wir-sind/team", async (request, reply) => sendPage(reply, TeamPage({ ctx: pageContext(request, reply) })));
  router.get("/netzwerk", async (request, reply) => sendPage(reply, NetworkPage({ ctx: pageContext(request, reply), fellows: await listFellows(db) })));
  router.get("/impressum", async (request, reply) => sendPage(reply, ImprintPage({ ctx: pageContext(request, reply) })));
  router.get("/datenschutz", async (request, reply) =>
    sendPage(reply, PrivacyPage({ ctx: pageContext(request, reply), cookies: necessaryCookies(config.sessionDays), sessionDays: config.sessionDays })),
  );
  router.get("/barrierefreiheit", async (request, reply) => sendPage(reply, AccessibilityPage({ ctx: pageContext(request, reply), baseUrl: config.baseUrl })));
  router.get("/leichte-sprache", async (request, reply) => sendPage(reply, EasyLanguagePage({ ctx: pageContext(request, reply) })));

  // A too long or odd ?seite= is not an error: the form simply starts empty.
  router.get(
    "/barrierefreiheit/barriere-melden",
    { attachValidation: true, schema: { querystring: Type.Object({ seite: field(500) }) } },
    async (request, reply) => {
      const page = safePagePath(text((request.query as Record<string, unknown> | undefined)?.seite));
      return sendPage(reply, BarrierFormPage({ ctx: pageContext(request, reply, { forms: true }), values: { pageUrl: page ?? "" }, errors: {} }));
    },
  );

  router.post(
    "/barrierefreiheit/barriere-melden",
    { config: { rateLimit: { max: 10, timeWindow: "10 minutes" } }, attachValidation: true, schema: { body: barrierBody } },
    async (request, reply) => {
      const input = (request.body ?? {}) as Record<string, unknown>;
      const result = await reportBarrier(db, input, translateValidation(request.validationError?.validation));
      if (!result.ok) {
        const values = Object.fromEntries(barrierFields.map((f) => [f, text(input[f]).slice(0, 5000)])) as BarrierValues;
        return sendPage(reply, BarrierFormPage({ ctx: pageContext(request, reply, { forms: true }), values, errors: result.errors }), 422);
      }
      // The report is stored and listed for the team even if the mail server is down.
      await mailBarrierReport(db, mailer, config.baseUrl, result.id, result.values).catch((error) =>
        request.log.warn({ err: error }, "Meldung einer Barriere nicht versandt"),
      );
      return redirectAfterPost(reply, "/barrierefreiheit/barriere-melden/danke");
    },
  );

  router.get("/barrierefreiheit/barriere-melden/danke", async (request, reply) => sendPage(reply, BarrierThanksPage({ ctx: pageContext(request, reply) })));

  router.get("/barrierefreiheit/meldungen", { schema: { querystring: Type.Object({ stand: field(20) }) } }, async (request, reply) => {
    requireRole(request, "admin", "editor");
    const notice = notices[request.query.stand ?? ""];
    return sendPage(reply, BarrierListPage({ ctx: pageContext(request, reply, { forms: true }), reports: await listBarrierReports(db), notice }));
  });

  router.post("/barrierefreiheit/meldungen/:id/status", { schema: { params: idParams, body: statusBody } }, async (request, reply) => {
    requireRole(request, "admin", "editor");
    if (!(await setBarrierStatus(db, request.params.id, request.body.status))) throw notFound("Die Meldung");
    return redirectAfterPost(reply, `/barrierefreiheit/meldungen?stand=${request.body.status}#meldung-${request.params.id}`);
  });
}
