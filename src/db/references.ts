import { integer, pgTable, text, type AnyPgColumn } from "drizzle-orm/pg-core";

/**
 * The key column of a table another module owns, for a foreign key (ADR 0009). A module names the
 * table it references instead of importing it, so no module reaches into another's tables and
 * drizzle-kit reads each tables.ts alone. src/db/references.test.ts checks every name against the
 * tables the modules declare.
 */
export function keyOf(table: string, column = "id", type: "integer" | "text" = "integer"): AnyPgColumn {
  const columns = { key: type === "integer" ? integer(column) : text(column) };
  return pgTable(table, columns).key;
}
