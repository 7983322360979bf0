import { defineConfig } from "drizzle-kit";

// Every module's tables and the platform's (ADR 0009); a module's manifest lists the same tables.
export default defineConfig({
  dialect: "postgresql",
  schema: ["./src/platform/**/tables.ts", "./src/modules/**/tables.ts"],
  out: "./src/db/migrations",
});
