import type { FastifyInstance } from "fastify";

export async function setupRoutes(_app: FastifyInstance) {}
