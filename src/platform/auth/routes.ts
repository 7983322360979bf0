import type { FastifyInstance, FastifyReply } from "fastify";
import { Type, type TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../http/pages.ts";
import { hasErrors, type FieldErrors } from "../forms.ts";
import { authenticate, consumeToken, findUserByEmail, issueToken, peekToken, setPassword, type TokenPurpose } from "./service.ts";
import { createSession, deleteSession, deleteUserSessions, sessionCookie } from "./sessions.ts";
import { minPasswordLength } from "./passwords.ts";
import { LoginPage, type LoginView } from "./views/login.tsx";
import { ConfirmLoginPage, ForgotPasswordPage, InvalidLinkPage, LinkSentPage, NewPasswordPage } from "./views/token-pages.tsx";
import { translateValidation } from "../http/validation.ts";

const rateLimit = { rateLimit: { max: 10, timeWindow: "1 minute" } };
const email = Type.String({ maxLength: 254, format: "email" });
const tokenParams = Type.Object({ token: Type.String({ minLength: 20, maxLength: 100 }) });

/**
 * Only paths on this site are followed after login, never another host. What is not printable
 * ASCII is percent-encoded, as a Location header needs it; a path that cannot be encoded leads home.
 */
export function safeNext(value: unknown): string {
  // No "//" or backslash: browsers read both as the start of another host.
  if (typeof value !== "string" || !/^\/(?!\/)[^\\]*$/.test(value)) return "/";
  try {
    return value.replace(/[^\x21-\x7e]+/g, (part) => encodeURI(part));
  } catch {
    return "/";
  }
}

function emptyLogin(next: string): LoginView {
  return { email: "", next, errors: {}, linkErrors: {}, linkEmail: "" };
}

export async function authRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { config, mailer } = app.deps;

  async function startSession(reply: FastifyReply, userId: number, next: string) {
    const session = await createSession(db, userId, config.sessionDays);
    reply.setCookie(sessionCookie, session.token, {
      path: "/",
      httpOnly: true,
      sameSite: "lax",
      secure: config.baseUrl.startsWith("https:"),
      expires: session.expiresAt,
    });
    return redirectAfterPost(reply, next);
  }

  const linkMails: Record<TokenPurpose, (name: string, url: string) => { subject: string; text: string }> = {
    login: (name, url) => ({
      subject: "Ihr Anmeldelink für K360",
      text: `Guten Tag ${name},\n\nmit diesem Link melden Sie sich bei K360 an. Er ist 20 Minuten gültig und funktioniert einmal:\n\n${url}\n\nHaben Sie keinen Link angefordert, können Sie diese E-Mail ignorieren.\n`,
    }),
    reset: (name, url) => ({
      subject: "Neues Passwort für K360",
      text: `Guten Tag ${name},\n\nmit diesem Link legen Sie ein neues Passwort fest. Er ist 60 Minuten gültig:\n\n${url}\n\nHaben Sie das nicht angefordert, bleibt Ihr bisheriges Passwort gültig.\n`,
    }),
  };
  const linkPaths: Record<TokenPurpose, string> = { login: "/anmelden/link/", reset: "/passwort-neu/" };

  /** Mails a one-time link if the address has an account; the page after it says the same either way. */
  async function mailLink(email: string, purpose: TokenPurpose) {
    const user = await findUserByEmail(db, email);
    if (!user) return;
    const token = await issueToken(db, user.id, purpose);
    const { subject, text } = linkMails[purpose](user.name, `${config.baseUrl}${linkPaths[purpose]}${token}`);
    await mailer.send({ to: user.email, subject, text });
  }

  router.get("/anmelden", { schema: { querystring: Type.Object({ weiter: Type.Optional(Type.String({ maxLength: 500 })) }) } }, async (request, reply) => {
    return sendPage(reply, LoginPage({ ctx: pageContext(request, reply, { forms: true }), view: emptyLogin(safeNext(request.query.weiter)) }));
  });

  router.post(
    "/anmelden",
    {
      config: rateLimit,
      attachValidation: true,
      schema: {
        body: Type.Object({ email, password: Type.String({ minLength: 1, maxLength: 1000 }), weiter: Type.Optional(Type.String({ maxLength: 500 })) }),
      },
    },
    async (request, reply) => {
      const body = (request.body ?? {}) as Record<string, string | undefined>;
      const view: LoginView = { ...emptyLogin(safeNext(body.weiter)), email: String(body.email ?? "").slice(0, 254) };
      const errors: FieldErrors = translateValidation(request.validationError?.validation);
      if (!hasErrors(errors)) {
        const user = await authenticate(db, request.body.email, request.body.password);
        if (user) return startSession(reply, user.id, view.next);
        errors.password = "E-Mail-Adresse oder Passwort stimmen nicht.";
      }
      return sendPage(
        reply,
        LoginPage({ ctx: pageContext(request, reply, { forms: true }), view: { ...view, errors } }),
        hasErrors(errors) && request.validationError ? 400 : 401,
      );
    },
  );

  router.post("/anmelden/link", { config: rateLimit, attachValidation: true, schema: { body: Type.Object({ email }) } }, async (request, reply) => {
    const errors = translateValidation(request.validationError?.validation);
    if (hasErrors(errors)) {
      const view = { ...emptyLogin("/"), linkEmail: String((request.body as Record<string, unknown>)?.email ?? "").slice(0, 254), linkErrors: errors };
      return sendPage(reply, LoginPage({ ctx: pageContext(request, reply, { forms: true }), view }), 400);
    }
    await mailLink(request.body.email, "login");
    return redirectAfterPost(reply, "/anmelden/link-gesendet");
  });

  router.get("/anmelden/link-gesendet", async (request, reply) => sendPage(reply, LinkSentPage({ ctx: pageContext(request, reply) })));

  router.get("/anmelden/link/:token", { attachValidation: true, schema: { params: tokenParams } }, async (request, reply) => {
    const ctx = pageContext(request, reply, { forms: true });
    if (request.validationError || !(await peekToken(db, request.params.token, "login"))) return sendPage(reply, InvalidLinkPage({ ctx }), 410);
    return sendPage(reply, ConfirmLoginPage({ ctx, token: request.params.token }));
  });

  router.post("/anmelden/link/:token", { config: rateLimit, attachValidation: true, schema: { params: tokenParams } }, async (request, reply) => {
    const userId = request.validationError ? null : await consumeToken(db, request.params.token, "login");
    if (!userId) return sendPage(reply, InvalidLinkPage({ ctx: pageContext(request, reply) }), 410);
    return startSession(reply, userId, "/");
  });

  router.post("/abmelden", async (request, reply) => {
    const token = request.cookies[sessionCookie];
    if (token) await deleteSession(db, token);
    reply.clearCookie(sessionCookie, { path: "/" });
    return redirectAfterPost(reply, "/");
  });

  router.get("/passwort-vergessen", async (request, reply) =>
    sendPage(reply, ForgotPasswordPage({ ctx: pageContext(request, reply, { forms: true }), email: "", errors: {} })),
  );

  router.post("/passwort-vergessen", { config: rateLimit, attachValidation: true, schema: { body: Type.Object({ email }) } }, async (request, reply) => {
    const errors = translateValidation(request.validationError?.validation);
    if (hasErrors(errors)) {
      const value = String((request.body as Record<string, unknown>)?.email ?? "").slice(0, 254);
      return sendPage(reply, ForgotPasswordPage({ ctx: pageContext(request, reply, { forms: true }), email: value, errors }), 400);
    }
    await mailLink(request.body.email, "reset");
    return redirectAfterPost(reply, "/anmelden/link-gesendet");
  });

  router.get("/passwort-neu/:token", { attachValidation: true, schema: { params: tokenParams } }, async (request, reply) => {
    const ctx = pageContext(request, reply, { forms: true });
    if (request.validationError || !(await peekToken(db, request.params.token, "reset"))) return sendPage(reply, InvalidLinkPage({ ctx }), 410);
    return sendPage(reply, NewPasswordPage({ ctx, token: request.params.token, errors: {} }));
  });

  router.post(
    "/passwort-neu/:token",
    {
      config: rateLimit,
      attachValidation: true,
      schema: {
        params: tokenParams,
        body: Type.Object({ password: Type.String({ minLength: minPasswordLength, maxLength: 200 }), confirm: Type.String({ maxLength: 200 }) }),
      },
    },
    async (request, reply) => {
      const ctx = pageContext(request, reply, { forms: true });
      const token = String((request.params as Record<string, unknown>).token ?? "");
      if (!(await peekToken(db, token, "reset"))) return sendPage(reply, InvalidLinkPage({ ctx }), 410);
      const errors = translateValidation(request.validationError?.validation);
      if (!hasErrors(errors) && request.body.password !== request.body.confirm) errors.confirm = "Die beiden Passwörter stimmen nicht überein.";
      if (hasErrors(errors)) return sendPage(reply, NewPasswordPage({ ctx, token, errors }), 400);
      const userId = await consumeToken(db, token, "reset");
      if (!userId) return sendPage(reply, InvalidLinkPage({ ctx }), 410);
      await setPassword(db, userId, request.body.password);
      await deleteUserSessions(db, userId);
      return startSession(reply, userId, "/");
    },
  );
}
