import type { FastifyInstance, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../http/pages.ts";
import { formErrors } from "../http/validation.ts";
import { valueText, type FieldErrors } from "../forms.ts";
import { consumeToken, peekToken, setPassword } from "./service.ts";
import { deleteUserSessions } from "./sessions.ts";
import { ForgotPasswordPage, InvalidLinkPage, NewPasswordPage } from "./views/token-pages.tsx";
import { emailBody, newPasswordBody, tokenParams } from "./schemas.ts";
import { authMessages } from "./texts.ts";
import { requestLink } from "./link-requests.ts";
import { rateLimit, startPage, startSession } from "./routes.ts";

/** "Passwort vergessen": a link by e-mail, and with it a new password. */
export async function passwordRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  router.get("/passwort-vergessen", async (request, reply) =>
    sendPage(reply, ForgotPasswordPage({ ctx: pageContext(request, reply, { forms: true }), email: "", errors: {} })),
  );

  router.post("/passwort-vergessen", { config: rateLimit, attachValidation: true, schema: { body: emailBody } }, async (request, reply) => {
    const errors = formErrors(request);
    if (Object.keys(errors).length) {
      const email = valueText(request.body, "email").slice(0, 254);
      return sendPage(reply, ForgotPasswordPage({ ctx: pageContext(request, reply, { forms: true }), email, errors }), 400);
    }
    await requestLink(db, request.body.email, "reset");
    return redirectAfterPost(reply, "/anmelden/link-gesendet");
  });

  router.get("/passwort-neu/:token", { schema: { params: tokenParams } }, async (request, reply) => {
    const ctx = pageContext(request, reply, { forms: true });
    if (!(await peekToken(db, request.params.token, "reset"))) return sendPage(reply, InvalidLinkPage({ ctx }), 410);
    return sendPage(reply, NewPasswordPage({ ctx, token: request.params.token, errors: {} }));
  });

  router.post(
    "/passwort-neu/:token",
    { config: rateLimit, attachValidation: true, schema: { params: tokenParams, body: newPasswordBody } },
    async (request, reply) => {
      const ctx = pageContext(request, reply, { forms: true });
      const token = request.params.token;
      if (!(await peekToken(db, token, "reset"))) return sendPage(reply, InvalidLinkPage({ ctx }), 410);
      const errors = newPasswordErrors(request, request.body);
      if (Object.keys(errors).length) return sendPage(reply, NewPasswordPage({ ctx, token, errors }), 400);
      const userId = await consumeToken(db, token, "reset");
      if (!userId) return sendPage(reply, InvalidLinkPage({ ctx }), 410);
      await setPassword(db, userId, request.body.password);
      await deleteUserSessions(db, userId);
      return startSession(app, reply, userId, startPage);
    },
  );
}

/** The schema's messages for a new password typed twice, and whether the two agree. */
export function newPasswordErrors(request: FastifyRequest, body: { password: string; confirm: string }): FieldErrors {
  const errors = formErrors(request);
  if (Object.keys(errors).length === 0 && body.password !== body.confirm) errors.confirm = authMessages.passwordsDiffer;
  return errors;
}
