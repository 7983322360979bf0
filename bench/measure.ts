// Everything bench/run.ts measures besides throughput: raw HTTP responses, page and asset sizes, CPU time.
import http from "node:http";
import type { ChildProcess } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import os from "node:os";

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The bytes as they came over the wire (still compressed if the server compressed them). */
  body: Buffer;
}

/** One GET without any decoding, so that byte counts are what a browser would transfer. */
export function get(base: string, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.get(new URL(path, base), { headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.setTimeout(10_000, () => req.destroy(new Error(`Zeitüberschreitung bei ${path}`)));
    req.on("error", reject);
  });
}

/** Fails loudly unless the URL answers 200 with HTML: a benchmark of error pages or redirects is worthless. */
export async function checkOk(base: string, path: string, headers: Record<string, string> = {}): Promise<void> {
  const res = await get(base, path, headers);
  const type = String(res.headers["content-type"] ?? "");
  if (res.status !== 200 || !type.startsWith("text/html")) {
    throw new Error(`${path} antwortet ${res.status} (${type}) statt 200 text/html – Benchmark abgebrochen.`);
  }
}

export interface AssetSize {
  url: string;
  kind: "css" | "js";
  status: number;
  contentEncoding: string | null;
  transferredBytes: number;
  cacheControl: string | null;
  immutableOneYear: boolean;
}

export interface PageWeight {
  path: string;
  status: number;
  contentEncodingWithBrGzip: string | null;
  htmlBytes: number;
  htmlTransferredBytesWithBrGzip: number;
  assets: AssetSize[];
  assetsTransferredBytes: number;
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*["']?([^"'\\s>]+)`, "i").exec(tag)?.[1];

/** The stylesheets (<link rel=stylesheet href>) and scripts (<script src>) a page links. */
export function linkedAssets(html: string): { url: string; kind: "css" | "js" }[] {
  const found: { url: string; kind: "css" | "js" }[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, "rel") ?? "").toLowerCase().split(/\s+/);
    const href = attr(tag, "href");
    if (rel.includes("stylesheet") && href) found.push({ url: href, kind: "css" });
  }
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, "src");
    if (src) found.push({ url: src, kind: "js" });
  }
  return found.filter((a, i) => found.findIndex((b) => b.url === a.url) === i);
}

const oneYear = /max-age=(\d+)/;

/** HTML size of a page (uncompressed, and as sent to a browser that accepts br/gzip) and the weight of its CSS+JS. */
export async function pageWeight(base: string, path: string): Promise<PageWeight> {
  const plain = await get(base, path);
  const compressed = await get(base, path, { "accept-encoding": "br, gzip" });
  const assets: AssetSize[] = [];
  for (const { url, kind } of linkedAssets(plain.body.toString("utf8"))) {
    const res = await get(base, url, { "accept-encoding": "br, gzip" });
    const cacheControl = res.headers["cache-control"] ?? null;
    const maxAge = Number(oneYear.exec(cacheControl ?? "")?.[1] ?? 0);
    assets.push({
      url,
      kind,
      status: res.status,
      contentEncoding: (res.headers["content-encoding"] as string | undefined) ?? null,
      transferredBytes: res.body.length,
      cacheControl,
      immutableOneYear: res.status === 200 && maxAge >= 31_536_000 && /\bimmutable\b/.test(cacheControl ?? ""),
    });
  }
  return {
    path,
    status: plain.status,
    contentEncodingWithBrGzip: (compressed.headers["content-encoding"] as string | undefined) ?? null,
    htmlBytes: plain.body.length,
    htmlTransferredBytesWithBrGzip: compressed.body.length,
    assets,
    assetsTransferredBytes: assets.reduce((sum, a) => sum + a.transferredBytes, 0),
  };
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); null elsewhere. */
export async function cpuSeconds(pid: number): Promise<number | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}

/** CPU seconds used so far by all processes with this command name (e.g. the local PostgreSQL server's backends). */
export async function cpuSecondsByName(comm: string): Promise<number> {
  let sum = 0;
  for (const pid of await readdir("/proc").catch(() => [] as string[])) {
    if (!/^\d+$/.test(pid)) continue;
    const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
    if (stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")) === comm) sum += (await cpuSeconds(Number(pid))) ?? 0;
  }
  return sum;
}

/** Busy and total jiffies of the whole machine, to tell how much CPU was left over. */
export async function machineTicks(): Promise<{ busy: number; total: number } | null> {
  try {
    const [cpu] = (await readFile("/proc/stat", "utf8")).split("\n");
    const counts = cpu.split(/\s+/).slice(1).map(Number);
    const idle = counts[3] + (counts[4] ?? 0);
    const total = counts.slice(0, 8).reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

export interface CpuSnapshot {
  at: bigint;
  app: number | null;
  postgres: number;
  self: NodeJS.CpuUsage;
  machine: { busy: number; total: number } | null;
}

export const cpuSnapshot = async (appPid: number): Promise<CpuSnapshot> => ({
  app: await cpuSeconds(appPid),
  postgres: await cpuSecondsByName("postgres"),
  self: process.cpuUsage(),
  machine: await machineTicks(),
  at: process.hrtime.bigint(),
});

/** CPU in % of one core between two snapshots; `other` is what neither the app, PostgreSQL nor autocannon used. */
export function cpuBetween(left: CpuSnapshot, right: CpuSnapshot, cores: number) {
  const wall = Number(right.at - left.at) / 1e9;
  const pct = (seconds: number) => Math.round((seconds / wall) * 100);
  const app = left.app !== null && right.app !== null ? pct(right.app - left.app) : null;
  const postgres = pct(right.postgres - left.postgres);
  const loadGenerator = pct((right.self.user - left.self.user + right.self.system - left.self.system) / 1e6);
  const machine = left.machine && right.machine ? (right.machine.busy - left.machine.busy) / (right.machine.total - left.machine.total) : null;
  const machineBusyPercent = machine === null ? null : Math.round(machine * 100);
  const other = machine === null ? null : Math.max(0, Math.round(machine * cores * 100) - (app ?? 0) - postgres - loadGenerator);
  return {
    appPercentOfOneCore: app,
    postgresPercentOfOneCore: postgres,
    loadGeneratorPercentOfOneCore: loadGenerator,
    otherPercentOfOneCore: other,
    machineBusyPercent,
  };
}

/** Runs `run` and returns its result with the CPU split meanwhile; warns when other work took more than 15 % of a core. */
export async function withCpu<T>(child: ChildProcess, during: string, run: () => Promise<T>): Promise<{ result: T; usage: ReturnType<typeof cpuBetween> }> {
  const before = await cpuSnapshot(child.pid!);
  const result = await run();
  const usage = cpuBetween(before, await cpuSnapshot(child.pid!), os.cpus().length);
  if ((usage.otherPercentOfOneCore ?? 0) > 15) console.log(`  ⚠ fremde Last ${during} / foreign CPU load: ${usage.otherPercentOfOneCore} % eines Kerns`);
  return { result, usage };
}
