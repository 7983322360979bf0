import type { FastifyInstance } from "fastify";
import { listRoutes } from "./list.ts";
import { applicationRoutes } from "./application.ts";
import { letterRoutes } from "./letter.ts";

/** The team reads a call's submitted applications and scores them, blind to the others' scores until giving their own. */
export async function reviewRoutes(app: FastifyInstance) {
  await app.register(listRoutes);
  await app.register(applicationRoutes);
  await app.register(letterRoutes);
}
