export * from "../platform/auth/tables.ts";
export * from "../modules/municipalities/tables.ts";
export * from "../modules/program/tables.ts";
export * from "../platform/search/tables.ts";
export * from "../modules/exchange/tables.ts";
