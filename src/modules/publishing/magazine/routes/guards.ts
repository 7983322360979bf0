import type { FastifyRequest } from "fastify";
import { forbidden } from "../../../../platform/errors.ts";
import { requireUser } from "../../../../platform/auth/plugin.ts";
import type { CurrentUser } from "../../../../platform/auth/current-user.ts";
import { policies } from "../policies.ts";

/** Every editors' page: logged in (else 401) and on the initiative's team (else 403). */
export function requireEditor(request: FastifyRequest): CurrentUser {
  const user = requireUser(request);
  if (!policies.editMagazine(user)) throw forbidden();
  return user;
}
