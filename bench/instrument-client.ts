// The parent's half of bench/instrument.ts (suites programm and magazin): reads the server times per route, has one
// measured run profiled, and runs a load run with both around it.
import type autocannon from "autocannon";
import type { ChildProcess } from "node:child_process";
import { get, withCpu, type cpuBetween } from "./measure.ts";
import { load, warmupSeconds, type Stats } from "./process.ts";

/**
 * A measured load run. appCpuMsPerRequest = the app process's CPU time per answered request, which hardly depends on
 * how busy the machine is: 1000 / it is the most one core of app could answer per second.
 */
export interface LoadRun {
  path: string;
  connections: number;
  /** reply.elapsedTime in the app per request during the measured run: the server time under load. */
  serverTimes: Stats | null;
  usage: ReturnType<typeof cpuBetween>;
  failures: number;
  appCpuMsPerRequest: number | null;
  autocannon: autocannon.Result;
}

/** Server-side time per route since the last call; the call resets them. */
export const serverTimes = async (base: string): Promise<Record<string, Stats>> => JSON.parse((await get(base, "/__bench/server-times")).body.toString("utf8"));

/** Runs `run` inside a CPU profile of the app named `name` (with --profile; without, name is null and nothing is profiled). */
export async function withProfile<T>(base: string, name: string | null, run: () => Promise<T>): Promise<T> {
  if (name) await get(base, "/__bench/profile/start");
  const result = await run();
  if (name) console.log(`  CPU-Profil des Laufs: ${JSON.parse((await get(base, `/__bench/profile/stop?name=${name}`)).body.toString()).file}`);
  return result;
}

/** Warm-up, then `seconds` of autocannon with `conns` connections on `url`; `route` is the Fastify route it hits. */
export async function loadRun(
  child: ChildProcess,
  base: string,
  route: string,
  url: string,
  conns: number,
  seconds: number,
  profile: string | null,
  headers?: Record<string, string>,
): Promise<LoadRun> {
  console.log(`  ${url}: ${warmupSeconds} s Aufwärmen, dann ${seconds} s × ${conns} Verbindungen …`);
  await load(base + url, warmupSeconds, conns, headers);
  await serverTimes(base);
  const { result, usage } = await withProfile(base, profile, () => withCpu(child, "während der Messung", () => load(base + url, seconds, conns, headers)));
  const answered = result.requests.total;
  const appCpuMsPerRequest =
    usage.appPercentOfOneCore === null || answered === 0
      ? null
      : Math.round(((usage.appPercentOfOneCore / 100) * result.duration * 1000 * 100) / answered) / 100;
  return {
    path: url,
    connections: conns,
    serverTimes: (await serverTimes(base))[route] ?? null,
    usage,
    failures: result.errors + result.timeouts + result.non2xx,
    appCpuMsPerRequest,
    autocannon: result,
  };
}
