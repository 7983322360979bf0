import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { getTableName, is } from "drizzle-orm";
import { schemaTables } from "./schema.ts";

const tables = Object.values(schemaTables()).filter((t): t is PgTable => is(t, PgTable));
const declared = new Map(tables.map((t) => [getTableName(t), new Set(getTableConfig(t).columns.map((c) => c.name))]));

test("every foreign key names a table and a column that a module or the platform declares", () => {
  const wrong: string[] = [];
  for (const table of tables) {
    for (const key of getTableConfig(table).foreignKeys) {
      const { foreignTable, foreignColumns } = key.reference();
      const target = getTableName(foreignTable);
      for (const column of foreignColumns) {
        if (!declared.get(target)?.has(column.name)) wrong.push(`${getTableName(table)} → ${target}.${column.name}`);
      }
    }
  }
  assert.deepEqual(wrong, []);
});

test("the manifests declare every table that drizzle-kit finds in a tables.ts", async () => {
  const files = (await readdir("src", { recursive: true })).map(String).filter((f) => path.basename(f) === "tables.ts");
  const found: string[] = [];
  for (const file of files) {
    const exports = (await import(path.resolve("src", file))) as Record<string, unknown>;
    for (const value of Object.values(exports)) if (is(value, PgTable)) found.push(getTableName(value));
  }
  assert.deepEqual([...declared.keys()].sort(), [...new Set(found)].sort());
});
