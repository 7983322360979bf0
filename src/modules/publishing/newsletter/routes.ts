import type { FastifyInstance } from "fastify";
import { Type, type TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../platform/http/pages.ts";
import { text } from "../../../platform/forms.ts";
import { notFound } from "../../../platform/errors.ts";
import { findPublicIssue, issueContent, numberPattern, publicIssues } from "./issues.ts";
import { confirmState, confirmSubscription, signUp, unsubscribe, unsubscribeState, type ConfirmState } from "./subscriptions.ts";
import { ConfirmPage, NewsletterPage, UnsubscribePage } from "./views/public.tsx";
import { IssuePage } from "./views/issue-page.tsx";
import { editorRoutes } from "./editor-routes.ts";
import { policies } from "./policies.ts";
import { translateValidation } from "../../../platform/http/validation.ts";

const tokenParams = Type.Object({ token: Type.String({ minLength: 1, maxLength: 100 }) });
const formBody = Type.Object(
  {},
  { additionalProperties: Type.Union([Type.String({ maxLength: 1000 }), Type.Array(Type.String({ maxLength: 1000 }), { maxItems: 10 })]) },
);
const confirmStatus: Record<ConfirmState, number> = { valid: 200, confirmed: 200, expired: 410, unknown: 404 };
// Sign-ups per visitor address; the confirmation mail per e-mail address is limited separately (once an hour).
// No CSRF token: the box in the footer of every page (kept pages too) posts here without a session;
// the confirmation mail is the protection.
const signUpConfig = { rateLimit: { max: 10, timeWindow: "1 minute" }, csrf: false };

/** The newsletter: public sign-up with double opt-in, one-click unsubscribe, web versions; the editors' pages. */
export async function newsletterRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { mailer, config } = app.deps;

  router.get("/newsletter", { schema: { querystring: Type.Object({ stand: Type.Optional(Type.String({ maxLength: 20 })) }) } }, async (request, reply) => {
    const stand = request.query.stand;
    const notice = stand === "angemeldet" || stand === "bestaetigt" ? stand : null;
    // The sign-up needs no CSRF token (signUpConfig), so visitors get no cookie here.
    const ctx = pageContext(request, reply);
    return sendPage(
      reply,
      NewsletterPage({ ctx, issues: await publicIssues(db), notice, values: {}, errors: {}, isTeam: policies.editNewsletter(request.user) }),
    );
  });

  router.get("/newsletter/anmelden", async (_request, reply) => reply.redirect("/newsletter", 303));

  router.post("/newsletter/anmelden", { config: signUpConfig, attachValidation: true, schema: { body: formBody } }, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const result = await signUp(db, mailer, config.baseUrl, body, translateValidation(request.validationError?.validation));
    if (result.ok) return redirectAfterPost(reply, "/newsletter?stand=angemeldet");
    if (result.mailFailed) request.log.warn({ code: result.mailFailed.code }, "Bestätigungsmail nicht verschickt");
    const values = { email: text(body.email).slice(0, 254), zustimmung: text(body.zustimmung) };
    const ctx = pageContext(request, reply);
    const page = NewsletterPage({
      ctx,
      issues: await publicIssues(db),
      notice: null,
      values,
      errors: result.errors,
      isTeam: policies.editNewsletter(request.user),
    });
    return sendPage(reply, page, result.mailFailed ? 503 : 422);
  });

  // GET only shows a button: mail scanners that open every link must not confirm anything.
  router.get("/newsletter/bestaetigen/:token", { schema: { params: tokenParams } }, async (request, reply) => {
    const state = await confirmState(db, request.params.token);
    return sendPage(reply, ConfirmPage({ ctx: pageContext(request, reply, { forms: true }), state, token: request.params.token }), confirmStatus[state]);
  });

  router.post("/newsletter/bestaetigen/:token", { schema: { params: tokenParams } }, async (request, reply) => {
    const state = await confirmSubscription(db, request.params.token);
    if (state === "valid") return redirectAfterPost(reply, "/newsletter?stand=bestaetigt");
    return sendPage(reply, ConfirmPage({ ctx: pageContext(request, reply), state, token: request.params.token }), confirmStatus[state]);
  });

  router.get("/newsletter/abmelden/:token", { schema: { params: tokenParams } }, async (request, reply) => {
    const state = await unsubscribeState(db, request.params.token);
    return sendPage(reply, UnsubscribePage({ ctx: pageContext(request, reply), state, token: request.params.token }), state ? 200 : 404);
  });

  // The page's button and mail programs' one-click unsubscribe (RFC 8058: a POST with
  // "List-Unsubscribe=One-Click", without any cookie) both land here; the link itself is the secret, so no CSRF token.
  router.post("/newsletter/abmelden/:token", { config: { csrf: false }, attachValidation: true, schema: { params: tokenParams } }, async (request, reply) => {
    const token = text((request.params as Record<string, unknown>).token);
    if (request.validationError || !(await unsubscribe(db, token))) {
      return sendPage(reply, UnsubscribePage({ ctx: pageContext(request, reply), state: null, token }), 404);
    }
    return redirectAfterPost(reply, `/newsletter/abmelden/${encodeURIComponent(token)}`);
  });

  router.get("/newsletter/:number", { schema: { params: Type.Object({ number: Type.String({ maxLength: 40 }) }) } }, async (request, reply) => {
    const issue = numberPattern.test(request.params.number) ? await findPublicIssue(db, request.params.number) : null;
    if (!issue) throw notFound("Die Ausgabe");
    return sendPage(reply, IssuePage({ ctx: pageContext(request, reply), issue, content: await issueContent(db, issue) }));
  });

  await app.register(editorRoutes);
}
