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
import type { SQL } from "drizzle-orm";
import pg from "pg";
import * as schema from "./schema.ts";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  kind: "pglite" | "postgres";
  migrate(): Promise<void>;
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

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle connection can be closed by the server (restart, failover, a dropped test database);
    // the pool replaces it on the next query, so this must not bring the process down.
    pool.on("error", (error) => process.emitWarning(`PostgreSQL-Verbindung getrennt: ${error.message}`));
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      db,
      kind: "postgres",
      rows: async <T>(name: string, query: SQL) => {
        const { sql: text, params } = dialect.sqlToQuery(query);
        return (await pool.query({ name, text, values: params })).rows as T[];
      },
      migrate: () => migratePg(drizzlePg(pool), { migrationsFolder }),
      close: () => pool.end(),
    };
  }
  if (!options.dataDir.startsWith("memory://")) await mkdir(options.dataDir, { recursive: true });
  const pglite = await PGlite.create({
    dataDir: options.dataDir,
    extensions: { pg_trgm },
    loadDataDir: options.loadDataDir,
  });
  const db = drizzlePglite(pglite, { schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    pglite,
    rows: async <T>(_name: string, query: SQL) => {
      const { sql: text, params } = dialect.sqlToQuery(query);
      return (await pglite.query<T>(text, params)).rows;
    },
    migrate: () => migratePglite(drizzlePglite(pglite), { migrationsFolder }),
    close: () => pglite.close(),
  };
}
