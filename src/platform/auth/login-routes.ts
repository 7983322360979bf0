import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../http/pages.ts";
import { formErrors } from "../http/validation.ts";
import { valueText } from "../forms.ts";
import { authenticate, consumeToken, peekToken } from "./service.ts";
import { deleteSession, sessionCookie } from "./sessions.ts";
import { LoginPage, type LoginView } from "./views/login.tsx";
import { ConfirmLoginPage, InvalidLinkPage, LinkSentPage } from "./views/token-pages.tsx";
import { emailBody, loginBody, loginQuery, tokenParams } from "./schemas.ts";
import { authMessages } from "./texts.ts";
import { requestLink } from "./link-requests.ts";
import { rateLimit, startPage, safeNext, startSession } from "./routes.ts";

const emptyLogin = (next: string): LoginView => ({ email: "", next, errors: {}, linkErrors: {}, linkEmail: "" });

/** The login page with its two ways in (password, link by e-mail), the link itself, and logging out. */
export async function loginRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  router.get("/anmelden", { schema: { querystring: loginQuery } }, async (request, reply) =>
    sendPage(reply, LoginPage({ ctx: pageContext(request, reply, { forms: true }), view: emptyLogin(safeNext(request.query.weiter)) })),
  );

  router.post("/anmelden", { config: rateLimit, attachValidation: true, schema: { body: loginBody } }, async (request, reply) => {
    const errors = formErrors(request);
    const view: LoginView = { ...emptyLogin(safeNext(request.body.weiter)), email: valueText(request.body, "email").slice(0, 254) };
    if (Object.keys(errors).length === 0) {
      const user = await authenticate(db, request.body.email, request.body.password);
      if (user) return startSession(app, reply, user.id, view.next);
    }
    const status = Object.keys(errors).length ? 400 : 401;
    return sendPage(
      reply,
      LoginPage({
        ctx: pageContext(request, reply, { forms: true }),
        view: { ...view, errors: status === 401 ? { password: authMessages.wrongLogin } : errors },
      }),
      status,
    );
  });

  router.post("/anmelden/link", { config: rateLimit, attachValidation: true, schema: { body: emailBody } }, async (request, reply) => {
    const errors = formErrors(request);
    if (Object.keys(errors).length) {
      const view = { ...emptyLogin(startPage), linkEmail: valueText(request.body, "email").slice(0, 254), linkErrors: errors };
      return sendPage(reply, LoginPage({ ctx: pageContext(request, reply, { forms: true }), view }), 400);
    }
    await requestLink(db, request.body.email, "login");
    return redirectAfterPost(reply, "/anmelden/link-gesendet");
  });

  router.get("/anmelden/link-gesendet", async (request, reply) => sendPage(reply, LinkSentPage({ ctx: pageContext(request, reply) })));

  // A link that cannot be one is answered like an expired one: 410, nothing to try.
  router.get("/anmelden/link/:token", { schema: { params: tokenParams } }, async (request, reply) => {
    const ctx = pageContext(request, reply, { forms: true });
    if (!(await peekToken(db, request.params.token, "login"))) return sendPage(reply, InvalidLinkPage({ ctx }), 410);
    return sendPage(reply, ConfirmLoginPage({ ctx, token: request.params.token }));
  });

  router.post("/anmelden/link/:token", { config: rateLimit, schema: { params: tokenParams } }, async (request, reply) => {
    const userId = await consumeToken(db, request.params.token, "login");
    if (!userId) return sendPage(reply, InvalidLinkPage({ ctx: pageContext(request, reply) }), 410);
    return startSession(app, reply, userId, startPage);
  });

  router.post("/abmelden", async (request, reply) => {
    const token = request.cookies[sessionCookie];
    if (token) await deleteSession(db, token);
    reply.clearCookie(sessionCookie, { path: "/" });
    return redirectAfterPost(reply, "/");
  });
}
