import type { Table } from "drizzle-orm";
import * as authTables from "../platform/auth/tables.ts";
import * as searchTables from "../platform/search/tables.ts";
import * as cacheTables from "../platform/cache/tables.ts";
import * as mailTables from "../platform/mail/tables.ts";
import * as notificationTables from "../platform/notifications/tables.ts";
import { modules } from "../modules/index.ts";

/** The platform's own tables: accounts and sessions, the search index, the cache generations, the mail queue, notifications. */
export const platformTables: Record<string, Table> = { ...authTables, ...searchTables, ...cacheTables, ...mailTables, ...notificationTables };

/** Every table of the platform and of the modules, as their manifests declare them (drizzle-kit reads the same files). */
export function schemaTables(): Record<string, Table> {
  return Object.assign({ ...platformTables }, ...modules.map((m) => m.tables));
}
