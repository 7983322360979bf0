import type { FastifyInstance, FastifyRequest } from "fastify";
import { findSessionUser, sessionCookie } from "./sessions.ts";
import { forbidden, unauthenticated } from "../errors.ts";
import type { CurrentUser } from "./current-user.ts";
import type { Role } from "./roles.ts";

/** Reads the session cookie on every request; requests without one never touch the database. */
export function registerCurrentUser(app: FastifyInstance): void {
  app.decorateRequest("user", null);
  app.addHook("onRequest", async (request) => {
    const token = request.cookies[sessionCookie];
    request.user = token ? await findSessionUser(app.deps.database.db, token) : null;
  });
}

export function requireUser(request: FastifyRequest): CurrentUser {
  if (!request.user) throw unauthenticated();
  return request.user;
}

export function requireRole(request: FastifyRequest, ...allowed: Role[]): CurrentUser {
  const user = requireUser(request);
  if (!allowed.includes(user.role)) throw forbidden();
  return user;
}
