import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { unlessInvalid } from "../../../../platform/commands.ts";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { confirmState, publicIssues, unsubscribeState, type ConfirmState } from "../queries.ts";
import { signUp } from "../commands/sign-up.ts";
import { confirmSubscription } from "../commands/confirm-subscription.ts";
import { unsubscribe } from "../commands/unsubscribe.ts";
import { consentErrors, signUpBody, standQuery, tokenParams } from "../schemas.ts";
import { policies } from "../policies.ts";
import { ConfirmPage, NewsletterPage, UnsubscribePage } from "../views/public.tsx";

const confirmStatus: Record<ConfirmState, number> = { valid: 200, confirmed: 200, expired: 410, unknown: 404 };
// Sign-ups per visitor address; the confirmation mail per e-mail address is limited separately (once an hour).
// No CSRF token: the box in the footer of every page (kept pages too) posts here without a session;
// the confirmation mail is the protection.
const signUpConfig = { rateLimit: { max: 10, timeWindow: "1 minute" }, csrf: false };

interface SignUpForm {
  notice: "angemeldet" | "bestaetigt" | null;
  values: Record<string, string>;
  errors: FieldErrors;
}

/** The newsletter's page with the sign-up form, double opt-in and one-click unsubscribe. */
export async function subscriptionRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { config } = app.deps;

  async function newsletterPage(request: FastifyRequest, reply: FastifyReply, form: SignUpForm, status = 200) {
    // The sign-up needs no CSRF token (signUpConfig), so visitors get no cookie here.
    const ctx = pageContext(request, reply);
    const page = NewsletterPage({ ctx, issues: await publicIssues(db), ...form, isTeam: policies.editNewsletter(request.user) });
    return sendPage(reply, page, status);
  }

  router.get("/newsletter", { schema: { querystring: standQuery } }, async (request, reply) => {
    const stand = request.query.stand;
    const notice = stand === "angemeldet" || stand === "bestaetigt" ? stand : null;
    return newsletterPage(request, reply, { notice, values: {}, errors: {} });
  });

  router.get("/newsletter/anmelden", async (_request, reply) => reply.redirect("/newsletter", 303));

  router.post("/newsletter/anmelden", { config: signUpConfig, attachValidation: true, schema: { body: signUpBody } }, async (request, reply) => {
    const errors = { ...consentErrors(request.body), ...formErrors(request) };
    const result = await unlessInvalid(errors, () => signUp(db, config.baseUrl, request.body.email.toLowerCase()));
    if (result.ok) return redirectAfterPost(reply, "/newsletter?stand=angemeldet");
    const values = { email: String(request.body?.email ?? "").slice(0, 254), zustimmung: request.body?.zustimmung ?? "" };
    return newsletterPage(request, reply, { notice: null, values, errors: result.errors }, 422);
  });

  // GET only shows a button: mail scanners that open every link must not confirm anything.
  router.get("/newsletter/bestaetigen/:token", { schema: { params: tokenParams } }, async (request, reply) => {
    const state = await confirmState(db, request.params.token);
    return sendPage(reply, ConfirmPage({ ctx: pageContext(request, reply, { forms: true }), state, token: request.params.token }), confirmStatus[state]);
  });

  router.post("/newsletter/bestaetigen/:token", { schema: { params: tokenParams } }, async (request, reply) => {
    const result = await confirmSubscription(db, request.params.token);
    const state = result.ok ? result.value : "unknown";
    if (state === "valid") return redirectAfterPost(reply, "/newsletter?stand=bestaetigt");
    return sendPage(reply, ConfirmPage({ ctx: pageContext(request, reply), state, token: request.params.token }), confirmStatus[state]);
  });

  router.get("/newsletter/abmelden/:token", { schema: { params: tokenParams } }, async (request, reply) => {
    const state = await unsubscribeState(db, request.params.token);
    return sendPage(reply, UnsubscribePage({ ctx: pageContext(request, reply), state, token: request.params.token }), state ? 200 : 404);
  });

  // The page's button and mail programs' one-click unsubscribe (RFC 8058: a POST with
  // "List-Unsubscribe=One-Click", without any cookie) both land here; the link itself is the secret, so no CSRF token.
  // A link cut short is one that does not exist: the same page as for an unknown link.
  router.post("/newsletter/abmelden/:token", { config: { csrf: false }, schema: { params: tokenParams } }, async (request, reply) => {
    const token = request.params.token;
    const result = await unsubscribe(db, token);
    if (!result?.ok) return sendPage(reply, UnsubscribePage({ ctx: pageContext(request, reply), state: null, token }), 404);
    return redirectAfterPost(reply, `/newsletter/abmelden/${encodeURIComponent(token)}`);
  });
}
