import type { FastifyPluginAsync } from "fastify";
import type { Db } from "../db/client.ts";
import type { Task } from "../platform/tasks.ts";
import type { PersonalDataSource } from "../platform/personal-data.ts";
import type { FooterPart } from "../platform/views/page-context.ts";
import { municipalitiesModule } from "./municipalities/index.ts";
import { siteModule } from "./site/index.ts";
import { programModule } from "./program/index.ts";
import { exchangeModule } from "./exchange/index.ts";
import { publishingModule } from "./publishing/index.ts";

/** What a module brings to the platform. src/app.ts registers these in order. */
export interface ModuleManifest {
  name: string;
  routes: FastifyPluginAsync;
  /** Puts all of the module's searchable things into the (empty) search index. */
  indexAll?: (db: Db) => Promise<void>;
  /** Background work while the platform runs (started by `k360 serve`). */
  tasks?: Task[];
  /** What the module holds about a person by e-mail address, for export and deletion (privacy). */
  personalData?: PersonalDataSource[];
  /** Parts of the footer of every page (the newsletter box). */
  footer?: FooterPart[];
}

export const modules: ModuleManifest[] = [siteModule, municipalitiesModule, programModule, exchangeModule, publishingModule];
