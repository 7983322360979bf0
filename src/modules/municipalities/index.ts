import type { FastifyInstance } from "fastify";
import type { ModuleManifest } from "../index.ts";
import { municipalityPages } from "./routes.ts";
import { municipalityEditing } from "./editing.ts";
import { municipalityApi } from "./api.ts";
import { indexAllMunicipalities } from "./search.ts";

export const municipalitiesModule: ModuleManifest = {
  name: "municipalities",
  indexAll: indexAllMunicipalities,
  routes: async (app: FastifyInstance) => {
    await app.register(municipalityPages);
    await app.register(municipalityEditing);
    await app.register(municipalityApi);
  },
};
