import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { PgDialect, type PgDatabase, type PgQueryResultHKT } from "drizzle-orm/pg-core";
import { sql, type SQL } from "drizzle-orm";
import { selectRows } from "./rows.ts";
import pg from "pg";

export type Db = PgDatabase<PgQueryResultHKT>;

export interface Database {
  db: Db;
  kind: "pglite" | "postgres";
  migrate(): Promise<void>;
  /** Whether migrations ran on this database before (false on its very first start). */
  hasSchema(): Promise<boolean>;
  /**
   * Runs a hand-written statement of a hot path. On PostgreSQL it is sent as a named prepared
   * statement, so the server plans it once per connection instead of on every request.
   */
  rows<T>(name: string, query: SQL): Promise<T[]>;
  close(): Promise<void>;
  /** The PGlite instance, for backup and restore of the data folder. */
  pglite?: PGlite;
}

const dialect = new PgDialect();
const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

export interface DatabaseOptions {
  databaseUrl?: string;
  /** PGlite data folder; `memory://` keeps everything in memory (tests). */
  dataDir: string;
  /** A PGlite data dump to start from (tests clone one migrated database this way). */
  loadDataDir?: Blob;
}

/** Drizzle's migrator records every migration it ran in drizzle.__drizzle_migrations. */
async function migrated(db: Db): Promise<boolean> {
  const [row] = await selectRows<{ present: boolean }>(db, sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`);
  return row.present;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle connection can be closed by the server (restart, failover, a dropped test database);
    // the pool replaces it on the next query, so this must not bring the process down.
    pool.on("error", (error) => process.emitWarning(`PostgreSQL-Verbindung getrennt: ${error.message}`));
    const db: Db = drizzlePg(pool);
    return {
      db,
      kind: "postgres",
      rows: async <T>(name: string, query: SQL) => {
        const { sql: text, params } = dialect.sqlToQuery(query);
        return (await pool.query({ name, text, values: params })).rows as T[];
      },
      migrate: () => migratePg(drizzlePg(pool), { migrationsFolder }),
      hasSchema: () => migrated(db),
      close: () => pool.end(),
    };
  }
  if (!options.dataDir.startsWith("memory://")) await mkdir(options.dataDir, { recursive: true });
  const pglite = await PGlite.create({
    dataDir: options.dataDir,
    extensions: { pg_trgm },
    loadDataDir: options.loadDataDir,
    // bytea (oid 17) as hex in one step: PGlite's own converters go byte by byte, about 40 times slower
    // for the planning workbench's value series (ADR 0011) and for stored documents.
    serializers: {
      17: (value: unknown) =>
        value instanceof Uint8Array ? `\\x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("hex")}` : String(value),
    },
    parsers: { 17: (text: string) => Buffer.from(text.slice(2), "hex") },
  });
  const db: Db = drizzlePglite(pglite);
  return {
    db,
    kind: "pglite",
    pglite,
    rows: async <T>(_name: string, query: SQL) => {
      const { sql: text, params } = dialect.sqlToQuery(query);
      return (await pglite.query<T>(text, params)).rows;
    },
    migrate: () => migratePglite(drizzlePglite(pglite), { migrationsFolder }),
    hasSchema: () => migrated(db),
    close: () => pglite.close(),
  };
}
