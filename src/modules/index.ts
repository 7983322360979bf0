import type { FastifyPluginAsync } from "fastify";
import type { Db } from "../db/client.ts";
import { municipalitiesModule } from "./municipalities/index.ts";
import { siteModule } from "./site/index.ts";
import { programModule } from "./program/index.ts";
import { exchangeModule } from "./exchange/index.ts";

/** What a module brings to the platform. src/app.ts registers these in order. */
export interface ModuleManifest {
  name: string;
  routes: FastifyPluginAsync;
  /** Puts all of the module's searchable things into the (empty) search index. */
  indexAll?: (db: Db) => Promise<void>;
}

export const modules: ModuleManifest[] = [siteModule, municipalitiesModule, programModule, exchangeModule];
