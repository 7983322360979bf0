// What every benchmark suite needs around the app: a fresh database, the app in a child process, autocannon, statistics.
import autocannon from "autocannon";
import { execSync, spawn, type ChildProcess } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { machineTicks } from "./measure.ts";

export type DbKind = "pglite" | "postgres";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const adminUrl = process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 5432) });
    const done = (ok: boolean) => (socket.destroy(), resolve(ok));
    socket.setTimeout(1000, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/**
 * A fresh, empty database `name` next to the admin database: its URL and the server version. The suites kommunen and
 * programm share k360_bench; austausch and magazin have their own, as each suite drops its database when it starts.
 */
export async function freshPostgres(name = "k360_bench"): Promise<{ url: string; version: string }> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return { url: url.toString(), version: (await client.query("show server_version")).rows[0].server_version as string };
  } finally {
    await client.end();
  }
}

/** Seconds of unrecorded load before every measured run. */
export const warmupSeconds = 3;

export interface Workspace {
  env: NodeJS.ProcessEnv;
  postgresVersion: string | null;
  profileDir: string | undefined;
  cleanup(): Promise<void>;
}

/**
 * Environment for the app: a temporary data folder (PGlite) or a fresh database (PostgreSQL, `database`, default
 * k360_bench); with a profile name also a folder for CPU profiles, passed on as BENCH_PROFILE_DIR (bench/instrument.ts).
 */
export async function workspace(db: DbKind, profileName: string | null, { database }: { database?: string } = {}): Promise<Workspace> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), "k360-bench-"));
  const { DATABASE_URL: _ignored, ...base } = process.env;
  const env: NodeJS.ProcessEnv = { ...base, DATA_DIR: path.join(tmp, "data"), OUTBOX_DIR: path.join(tmp, "outbox"), LOG_LEVEL: "warn" };
  const postgres = db === "postgres" ? await freshPostgres(database) : null;
  if (postgres) env.DATABASE_URL = postgres.url;
  const profileDir = profileName ? path.join(os.tmpdir(), `k360-bench-profiles-${profileName}`) : undefined;
  if (profileDir) {
    await mkdir(profileDir, { recursive: true });
    env.BENCH_PROFILE_DIR = profileDir;
  }
  return { env, postgresVersion: postgres?.version ?? null, profileDir, cleanup: () => rm(tmp, { recursive: true, force: true }) };
}

/** Starts `node --import tsx <script>` and waits for its first complete JSON line on stdout (at least {"port": N}). */
export async function startServer<T extends { port: number }>(
  script: string,
  env: NodeJS.ProcessEnv,
  profileDir?: string,
): Promise<{ child: ChildProcess; base: string; info: T }> {
  const flags = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(process.execPath, [...flags, "--import", "tsx", script], { cwd: root, env, stdio: ["ignore", "pipe", "inherit"] });
  const info = await new Promise<T>((resolve, reject) => {
    let buffer = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const line = buffer
        .split("\n")
        .slice(0, -1)
        .find((l) => l.startsWith("{"));
      if (line) resolve(JSON.parse(line));
    });
    child.once("exit", (code) => reject(new Error(`Server beendet mit Code ${code}, bevor er bereit war.`)));
  });
  return { child, base: `http://127.0.0.1:${info.port}`, info };
}

export function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    child.once("exit", () => (clearTimeout(timer), resolve()));
    child.kill("SIGTERM");
  });
}

/** How busy the machine is before a run: other work (tests, browsers) on a 2-core machine distorts the figures. */
export async function backgroundLoad(): Promise<number | null> {
  const before = await machineTicks();
  await new Promise((r) => setTimeout(r, 2000));
  const after = await machineTicks();
  return before && after ? Math.round(((after.busy - before.busy) / (after.total - before.total)) * 100) : null;
}

export function load(url: string, seconds: number, connections: number, headers?: Record<string, string>): Promise<autocannon.Result> {
  return autocannon({ url, connections, duration: seconds, pipelining: 1, headers });
}

export interface Stats {
  runs: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentiles of durations in ms, rounded to 0.1 ms. */
export function stats(ms: number[]): Stats {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
  const row = (v: number) => Math.round(v * 10) / 10;
  return {
    runs: sorted.length,
    p50: row(at(50)),
    p95: row(at(95)),
    p99: row(at(99)),
    max: row(at(100)),
    mean: row(sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1)),
  };
}

/** Machine description for every result file. */
export const machine = () => ({
  node: process.version,
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? null,
  platform: `${os.type()} ${os.release()} ${os.arch()}`,
});

/** The commit measured, with a note when src/ differs from it. */
export function codeVersion(): string {
  const git = (args: string) => execSync(`git ${args}`, { cwd: root, encoding: "utf8" }).trim();
  try {
    return `${git("rev-parse --short HEAD")}${git("status --porcelain -- src") ? " +lokale Änderungen in src/" : ""}`;
  } catch {
    return "unbekannt";
  }
}

/** The first fields of a result file: when, which code, which machine, and how busy it was before the run. */
export type RunFacts = ReturnType<typeof runFacts>;

export function runFacts(postgresVersion: string | null, busyPercent: number | null, loadAverage: number) {
  return {
    date: new Date().toISOString(),
    commit: codeVersion(),
    ...machine(),
    postgresVersion,
    machineBusyPercentBeforeRun: busyPercent,
    loadAverage1mBeforeRun: Number(loadAverage.toFixed(2)),
  };
}
