export * from "../platform/auth/tables.ts";
export * from "../modules/municipalities/tables.ts";
export * from "../modules/program/tables.ts";
