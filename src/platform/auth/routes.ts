import type { FastifyInstance, FastifyReply } from "fastify";
import { redirectAfterPost } from "../http/pages.ts";
import { findUserByEmail, issueToken, type LinkPurpose } from "./service.ts";
import { createSession, sessionCookie } from "./sessions.ts";
import { linkMails } from "./texts.ts";
import { loginRoutes } from "./login-routes.ts";
import { passwordRoutes } from "./password-routes.ts";
import { setupRoutes } from "./setup-routes.ts";

export const rateLimit = { rateLimit: { max: 10, timeWindow: "1 minute" } };

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

const linkPaths: Record<LinkPurpose, string> = { login: "/anmelden/link/", reset: "/passwort-neu/" };

/** Mails a one-time link if the address has an account; the page after it says the same either way. */
export async function mailLink(app: FastifyInstance, email: string, purpose: LinkPurpose) {
  const { config, database, mailer } = app.deps;
  const user = await findUserByEmail(database.db, email);
  if (!user) return;
  const token = await issueToken(database.db, user.id, purpose);
  await mailer.send({ to: user.email, ...linkMails[purpose](user.name, `${config.baseUrl}${linkPaths[purpose]}${token}`) });
}

/** Logging in and out, login links, new passwords and setting up an invited account. */
export async function authRoutes(app: FastifyInstance) {
  await app.register(loginRoutes);
  await app.register(passwordRoutes);
  await app.register(setupRoutes);
}
