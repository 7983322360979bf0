import type { FastifyRequest } from "fastify";
import type { Db } from "../../../db/client.ts";
import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import { requireUser } from "../../../platform/auth/plugin.ts";
import { forbidden, notFound } from "../../../platform/errors.ts";
import { findMunicipality } from "../queries/lookups.ts";
import { agsOf } from "../schemas.ts";
import { notFoundTexts } from "../texts.ts";

type Municipality = NonNullable<Awaited<ReturnType<typeof findMunicipality>>>;

/** Authenticate, find the municipality of the address, authorise with the given policy: the order every editing route follows. */
export async function municipalityFor(
  request: FastifyRequest,
  db: Db,
  slug: string,
  allowed: (user: CurrentUser, municipality: Municipality) => boolean,
): Promise<Municipality> {
  const user = requireUser(request);
  const municipality = await findMunicipality(db, agsOf(slug));
  if (!municipality) throw notFound(notFoundTexts.municipality);
  if (!allowed(user, municipality)) throw forbidden();
  return municipality;
}
