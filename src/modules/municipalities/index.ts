import type { FastifyInstance } from "fastify";
import type { ModuleManifest } from "../manifest.ts";
import { pageRoutes } from "./routes/pages.ts";
import { profileFormRoutes } from "./routes/profile-form.ts";
import { projectRoutes } from "./routes/projects.ts";
import { adminRoutes } from "./routes/municipalities.ts";
import { apiRoutes } from "./routes/api.ts";
import { indexAllMunicipalities } from "./search.ts";
import { policies } from "./policies.ts";
import { seedMunicipalitiesDemo, seedReference } from "./seed.ts";
import { peopleData, youthOfficeData } from "./privacy.ts";
import * as tables from "./tables.ts";
import { startPanels } from "./start.ts";

/** Every youth-welfare authority with its profile, change projects and people; the directory and the read-only API. */
export const municipalitiesModule: ModuleManifest = {
  name: "municipalities",
  routes: async (app: FastifyInstance) => {
    await app.register(pageRoutes);
    await app.register(profileFormRoutes);
    await app.register(projectRoutes);
    await app.register(adminRoutes);
    await app.register(apiRoutes);
  },
  navigation: [{ place: "main", label: "Kommunen", href: "/kommunen", order: 30 }],
  seeds: { reference: seedReference, demo: seedMunicipalitiesDemo },
  tables,
  policies,
  personalData: [peopleData, youthOfficeData],
  tasks: [],
  search: [{ label: "Kommunen und Vorhaben", indexAll: indexAllMunicipalities }],
  footer: [],
  startPanels,
};

export {
  countMunicipalities,
  fellowIds,
  findMunicipality,
  findMunicipalityById,
  findMunicipalityWithDomains,
  listFellows,
  listMunicipalityChoices,
  listMunicipalitiesByIds,
  listProjectTitles,
  listTopics,
  municipalityCardsByIds,
  projectCardsByIds,
  projectTitlesByIds,
  topicsOfMunicipality,
} from "./queries/lookups.ts";
export { listMunicipalities } from "./queries/directory.ts";
/** Similar municipalities as the profile shows them, e.g. beside an application to a call. */
export { peersOf, type Peer } from "./queries/peers.ts";
/** A change project another module brings to a profile (an accepted application's project). */
export { addChangeProject, type NewChangeProject } from "./commands/add-change-project.ts";
/** The address of a profile (AGS, optionally with the name) and its AGS, for modules with pages under a municipality. */
export { agsOf, profileParams } from "./schemas.ts";
export { kinds, phases, sizeClasses, states, type Kind, type SizeClass } from "./reference.ts";
export { searchKinds } from "./search.ts";
export { examplePeople } from "./seed.ts";
