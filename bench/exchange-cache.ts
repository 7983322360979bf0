// The generated exchange database is kept between runs, as building it takes minutes: PGlite's data folder is copied
// to <tmp>/k360-bench-exchange/pglite-<key>, PostgreSQL keeps a template database k360_bench_exchange_<key>. The key
// is a hash of the generator and of every non-test file under src/ (schema, demo data, analysis), so any change there
// builds anew. BENCH_EXCHANGE_CACHE=0 switches the cache off. Older entries are removed when a new one is stored.
import { createHash } from "node:crypto";
import { cp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { adminUrl, root, type DbKind } from "./process.ts";
import { generated } from "./exchange-data.ts";

const folder = path.join(os.tmpdir(), "k360-bench-exchange");
const templatePrefix = "k360_bench_exchange_";
export const cacheEnabled = process.env.BENCH_EXCHANGE_CACHE !== "0";

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && !/\.test\.tsx?$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Hash of what decides the generated database's content: the generator, its settings and the code under src/. */
export async function cacheKey(): Promise<string> {
  const hash = createHash("sha256");
  const files = [path.join(root, "bench", "exchange-data.ts"), path.join(root, "bench", "exchange-corpus.ts"), ...(await filesUnder(path.join(root, "src")))];
  for (const file of files)
    hash
      .update(path.relative(root, file))
      .update("\0")
      .update(await readFile(file))
      .update("\0");
  hash.update(JSON.stringify(generated));
  return hash.digest("hex").slice(0, 16);
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The suite's own database (the other suites share k360_bench and drop it when they start). */
export const benchDatabase = "k360_bench_austausch";

const metaFile = (db: DbKind, key: string) => path.join(folder, `${db}-${key}.json`);

/** The stored description of a cached database, or null when there is none for this key. */
export async function cachedMeta<T>(db: DbKind, key: string): Promise<T | null> {
  if (!cacheEnabled) return null;
  const meta = await readFile(metaFile(db, key), "utf8").catch(() => null);
  if (meta === null) return null;
  if (db === "postgres") {
    const exists = await admin(async (c) => (await c.query("select 1 from pg_database where datname = $1", [templatePrefix + key])).rowCount);
    if (!exists) return null;
  }
  return JSON.parse(meta) as T;
}

/** Replaces the (closed) bench database by the cached one. */
export async function restore(db: DbKind, key: string, pgliteDir: string): Promise<void> {
  if (db === "pglite") {
    await rm(pgliteDir, { recursive: true, force: true });
    await cp(path.join(folder, `pglite-${key}`), pgliteDir, { recursive: true });
    return;
  }
  await admin(async (client) => {
    await client.query(`drop database if exists ${benchDatabase} with (force)`);
    await client.query(`create database ${benchDatabase} template ${templatePrefix}${key}`);
  });
}

/** Stores the (closed) bench database and its description; removes entries of other keys. */
export async function store(db: DbKind, key: string, pgliteDir: string, meta: unknown): Promise<void> {
  if (!cacheEnabled) return;
  await mkdir(folder, { recursive: true });
  for (const name of await readdir(folder)) if (name.startsWith(`${db}-`)) await rm(path.join(folder, name), { recursive: true, force: true });
  if (db === "pglite") await cp(pgliteDir, path.join(folder, `pglite-${key}`), { recursive: true });
  else {
    await admin(async (client) => {
      const old = await client.query<{ datname: string }>("select datname from pg_database where datname like $1", [`${templatePrefix}%`]);
      for (const { datname } of old.rows) await client.query(`drop database if exists ${datname} with (force)`);
      await client.query(`create database ${templatePrefix}${key} template ${benchDatabase}`);
    });
  }
  await writeFile(metaFile(db, key), JSON.stringify(meta));
}
