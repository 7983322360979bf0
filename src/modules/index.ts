import type { ModuleManifest } from "./manifest.ts";
import { municipalitiesModule } from "./municipalities/index.ts";
import { accessModule } from "./access/index.ts";
import { programModule } from "./program/index.ts";
import { exchangeModule } from "./exchange/index.ts";
import { publishingModule } from "./publishing/index.ts";
import { planningModule } from "./planning/index.ts";
import { callsModule } from "./calls/index.ts";

/** Every module, each after the modules it uses (ADR 0009): routes, seeds and search sources run in this order. */
export const modules: ModuleManifest[] = [municipalitiesModule, accessModule, programModule, exchangeModule, publishingModule, planningModule, callsModule];
