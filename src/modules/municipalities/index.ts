import type { FastifyInstance } from "fastify";
import type { ModuleManifest } from "../manifest.ts";
import { municipalityPages } from "./routes.ts";
import { municipalityEditing } from "./editing.ts";
import { municipalityApi } from "./api.ts";
import { indexAllMunicipalities } from "./search.ts";
import { policies } from "./policies.ts";
import { seedMunicipalitiesDemo, seedReference } from "./seed.ts";
import * as tables from "./tables.ts";

/** Every youth-welfare authority with its profile, change projects and people; the directory and the read-only API. */
export const municipalitiesModule: ModuleManifest = {
  name: "municipalities",
  routes: async (app: FastifyInstance) => {
    await app.register(municipalityPages);
    await app.register(municipalityEditing);
    await app.register(municipalityApi);
  },
  navigation: [{ place: "main", label: "Kommunen", href: "/kommunen", order: 30 }],
  seeds: { reference: seedReference, demo: seedMunicipalitiesDemo },
  tables,
  policies,
  personalData: [],
  tasks: [],
  search: [{ label: "Kommunen und Vorhaben", indexAll: indexAllMunicipalities }],
  footer: [],
};

export {
  countMunicipalities,
  fellowIds,
  findMunicipality,
  findMunicipalityById,
  listFellows,
  listMunicipalities,
  listMunicipalitiesByIds,
  listProjectTitles,
  listTopics,
  municipalityCardsByIds,
  projectCardsByIds,
  projectTitlesByIds,
} from "./queries.ts";
export { kinds, phases, sizeClasses, states, type Kind, type SizeClass } from "./reference.ts";
export { searchKinds } from "./search.ts";
export { examplePeople } from "./seed.ts";
