import { spawn } from "node:child_process";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { Config } from "../config.ts";
import type { Database } from "./client.ts";
import type { Progress } from "../platform/progress.ts";

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "inherit", "inherit"] });
    child.on("error", (e) => reject(new Error(`${command} konnte nicht gestartet werden: ${e.message}`)));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} endete mit Code ${code}.`))));
  });
}

const stamp = () => new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19);

/** PGlite: the data folder as gzip'd tar (stop the server first, PGlite is single-process). PostgreSQL: pg_dump in custom format. */
export async function backup(config: Config, database: Database, target: string | undefined, progress: Progress): Promise<string> {
  progress.start("Sicherung", 1);
  let file: string;
  if (database.pglite) {
    file = path.resolve(target ?? `k360-sicherung-${stamp()}.tar.gz`);
    const dump = await database.pglite.dumpDataDir("gzip");
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  } else {
    file = path.resolve(target ?? `k360-sicherung-${stamp()}.dump`);
    await run("pg_dump", ["--format=custom", "--no-owner", `--file=${file}`, config.databaseUrl!]);
  }
  progress.done();
  return file;
}

export async function restore(config: Config, file: string, progress: Progress): Promise<void> {
  if (config.databaseUrl) {
    progress.start("Wiederherstellung", 1);
    await run("pg_restore", ["--no-owner", "--exit-on-error", `--dbname=${config.databaseUrl}`, path.resolve(file)]);
  } else {
    const existing = await readdir(config.dataDir).catch(() => [] as string[]);
    if (existing.length > 0)
      throw new Error(`Der Datenordner ${config.dataDir} ist nicht leer. Bitte verschieben Sie ihn, bevor Sie eine Sicherung einspielen.`);
    progress.start("Wiederherstellung", 1);
    const data = new Blob([await readFile(path.resolve(file))]);
    const pglite = await PGlite.create({ dataDir: config.dataDir, extensions: { pg_trgm }, loadDataDir: data });
    await pglite.close();
  }
  progress.done();
}
