// Bench-only routes of the app processes of the suites programm and magazin:
// GET /__bench/server-times returns (and resets) the server-side time per route (reply.elapsedTime, from
// onRequest to the response) of the requests since the last call;
// with BENCH_PROFILE_DIR (npm run bench -- --profile) a V8 CPU profile of exactly one measured run:
// GET /__bench/profile/start, then GET /__bench/profile/stop?name=x writes <dir>/x.cpuprofile.
import { writeFile } from "node:fs/promises";
import { Session } from "node:inspector/promises";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { stats } from "./process.ts";

export function instrument(app: FastifyInstance): void {
  const serverTimes = new Map<string, number[]>();
  app.addHook("onResponse", (request, reply, done) => {
    const route = request.routeOptions.url ?? "(404)";
    if (route.startsWith("/__bench")) return done();
    if (!serverTimes.has(route)) serverTimes.set(route, []);
    serverTimes.get(route)!.push(reply.elapsedTime);
    done();
  });
  app.get("/__bench/server-times", async () => {
    const out = Object.fromEntries([...serverTimes].map(([route, ms]) => [route, stats(ms)]));
    serverTimes.clear();
    return out;
  });

  const inspector = new Session();
  app.get("/__bench/profile/:action", async (request) => {
    const { action } = request.params as { action: string };
    const dir = process.env.BENCH_PROFILE_DIR;
    if (!dir) return { file: null };
    if (action === "start") {
      inspector.connect();
      await inspector.post("Profiler.enable");
      await inspector.post("Profiler.start");
      return { file: null };
    }
    const { profile } = await inspector.post("Profiler.stop");
    inspector.disconnect();
    const file = path.join(dir, `${(request.query as { name?: string }).name ?? "profile"}.cpuprofile`);
    await writeFile(file, JSON.stringify(profile));
    return { file };
  });
}
