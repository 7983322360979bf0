import type { FastifyInstance } from "fastify";

export async function applyingRoutes(_app: FastifyInstance) {}
