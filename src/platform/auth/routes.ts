import type { FastifyInstance, FastifyReply } from "fastify";
import { redirectAfterPost } from "../http/pages.ts";
import { createSession, sessionCookie } from "./sessions.ts";
import { loginRoutes } from "./login-routes.ts";
import { passwordRoutes } from "./password-routes.ts";
import { setupRoutes } from "./setup-routes.ts";

export const rateLimit = { rateLimit: { max: 10, timeWindow: "1 minute" } };

/** Where a person lands after logging in when no page asked for the login: what concerns them now. */
export const startPage = "/mein-k360";

/**
 * Only paths on this site are followed after login, never another host. What is not printable
 * ASCII is percent-encoded, as a Location header needs it; a path that cannot be encoded leads to the start page.
 */
export function safeNext(value: unknown): string {
  // No "//" or backslash: browsers read both as the start of another host.
  if (typeof value !== "string" || !/^\/(?!\/)[^\\]*$/.test(value)) return startPage;
  try {
    return value.replace(/[^\x21-\x7e]+/g, (part) => encodeURI(part));
  } catch {
    return startPage;
  }
}

/** Starts a session for the user (cookie for the configured days) and goes on to `next`. */
export async function startSession(app: FastifyInstance, reply: FastifyReply, userId: number, next: string) {
  const { config, database } = app.deps;
  const session = await createSession(database.db, userId, config.sessionDays);
  reply.setCookie(sessionCookie, session.token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: config.baseUrl.startsWith("https:"),
    expires: session.expiresAt,
  });
  return redirectAfterPost(reply, next);
}

/** Logging in and out, login links and new passwords. */
export async function authRoutes(app: FastifyInstance) {
  await app.register(loginRoutes);
  await app.register(passwordRoutes);
  await app.register(setupRoutes);
}
