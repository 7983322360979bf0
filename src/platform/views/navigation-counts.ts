import type { FastifyInstance } from "fastify";
import { assetsPath } from "../assets/assets.ts";

/**
 * Before a signed-in user's GET, counts what waits behind the links they see (the comments to
 * approve), so the header can show it. Nobody else's request runs a query for it, nor the
 * stylesheet and fonts a page loads, and the pages behind the link show their own numbers, so
 * they are not counted twice.
 */
export function registerNavigationCounts(app: FastifyInstance): void {
  app.decorateRequest("navigationCounts", null);
  app.addHook("preHandler", async (request) => {
    const user = request.user;
    if (!user || request.method !== "GET") return;
    const path = request.url.split("?")[0];
    if (path.startsWith(assetsPath)) return;
    const counted = app.deps.frame.navigation.filter(
      (e) => e.count && typeof e.href === "string" && path !== e.href && !path.startsWith(`${e.href}/`) && (!e.shownTo || e.shownTo(user)),
    );
    if (counted.length === 0) return;
    const numbers = await Promise.all(counted.map((e) => e.count!(app.deps.database.db)));
    request.navigationCounts = new Map(counted.map((e, i) => [e.href as string, numbers[i]]));
  });
}
