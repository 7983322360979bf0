import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { eq } from "drizzle-orm";
import { pageContext, sendPage } from "../http/pages.ts";
import { consumeToken, peekToken, setPassword } from "./service.ts";
import { users } from "./tables.ts";
import { linkAccount } from "./account-links.ts";
import { InvalidLinkPage } from "./views/token-pages.tsx";
import { SetupAccountPage } from "./views/setup-account.tsx";
import { newPasswordBody, tokenParams } from "./schemas.ts";
import { rateLimit, startSession } from "./routes.ts";
import { newPasswordErrors } from "./password-routes.ts";

/** "Konto einrichten": an invitation or access link (7 days) sets the account's password, attaches what the address had, and signs in. */
export async function setupRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  const invited = async (token: string) => {
    const found = await peekToken(db, token, "invite");
    if (!found) return null;
    const [user] = await db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(eq(users.id, found.userId));
    return user ?? null;
  };

  router.get("/konto-einrichten/:token", { schema: { params: tokenParams } }, async (request, reply) => {
    const ctx = pageContext(request, reply, { forms: true });
    const user = await invited(request.params.token);
    if (!user) return sendPage(reply, InvalidLinkPage({ ctx }), 410);
    return sendPage(reply, SetupAccountPage({ ctx, token: request.params.token, name: user.name, errors: {} }));
  });

  router.post(
    "/konto-einrichten/:token",
    { config: rateLimit, attachValidation: true, schema: { params: tokenParams, body: newPasswordBody } },
    async (request, reply) => {
      const ctx = pageContext(request, reply, { forms: true });
      const token = request.params.token;
      const user = await invited(token);
      if (!user) return sendPage(reply, InvalidLinkPage({ ctx }), 410);
      const errors = newPasswordErrors(request, request.body);
      if (Object.keys(errors).length) return sendPage(reply, SetupAccountPage({ ctx, token, name: user.name, errors }), 400);
      if (!(await consumeToken(db, token, "invite"))) return sendPage(reply, InvalidLinkPage({ ctx }), 410);
      await setPassword(db, user.id, request.body.password);
      await linkAccount(app, user);
      return startSession(app, reply, user.id, "/mein-k360");
    },
  );
}
