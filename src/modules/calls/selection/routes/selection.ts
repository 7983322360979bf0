import type { FastifyInstance } from "fastify";

export async function selectionRoutes(_app: FastifyInstance) {}
