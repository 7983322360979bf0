import type { FastifyInstance } from "fastify";
import type { ModuleManifest } from "../manifest.ts";
import type { Db } from "../../db/client.ts";
import { currentProgram } from "../program/index.ts";
import { homeRoutes } from "./routes/home.ts";
import { finderRoutes } from "./finder/routes/finder.ts";
import { reportRoutes } from "./reports/routes/reports.ts";
import { reviewRoutes } from "./reports/routes/review.ts";
import { attachmentRoutes } from "./reports/routes/attachments.ts";
import { policies as reportPolicies } from "./reports/policies.ts";
import { indexAllReports } from "./reports/search.ts";
import { thesaurusRoutes } from "./thesaurus/routes/thesaurus.ts";
import { clusterRoutes } from "./clusters/routes/clusters.ts";
import { proposalRoutes } from "./proposals/routes/proposals.ts";
import { responseRoutes } from "./proposals/routes/responses.ts";
import { schedulingRoutes } from "./proposals/routes/scheduling.ts";
import { personaRoutes } from "./personas/routes/personas.ts";
import type { ProfilePart } from "../../platform/views/page-context.ts";
import { policies, readerAudiences } from "./policies.ts";
import { publishedReportsOf } from "./reports/queries.ts";
import { ProfileReports } from "./reports/views/profile-reports.tsx";
import { seedExchangeDemo } from "./seed.ts";
import { reportContactData } from "./privacy.ts";
import * as tables from "./tables.ts";
import { startPanels as reportPanels } from "./reports/start.ts";
import { startPanels as proposalPanels } from "./proposals/start.ts";
import { notifications } from "./notifications.ts";

async function seedDemo(db: Db) {
  const program = await currentProgram(db);
  if (program) await seedExchangeDemo(db, program.id);
}

/** A municipality's published practice reports on its profile, those this reader may read. */
const reportsOnProfile: ProfilePart = {
  order: 20,
  async render(db, municipality, user) {
    const reports = await publishedReportsOf(db, municipality.id, await readerAudiences(db, user));
    return reports.length ? ProfileReports({ municipalityName: municipality.name, reports }) : null;
  },
};

/** The protected space for learning between municipalities: practice reports, the problem finder, peers, proposals, personas. */
export const exchangeModule: ModuleManifest = {
  name: "exchange",
  routes: async (app: FastifyInstance) => {
    await app.register(homeRoutes);
    await app.register(finderRoutes);
    await app.register(reportRoutes);
    await app.register(reviewRoutes);
    await app.register(attachmentRoutes);
    await app.register(thesaurusRoutes);
    await app.register(clusterRoutes);
    await app.register(proposalRoutes);
    await app.register(responseRoutes);
    await app.register(schedulingRoutes);
    await app.register(personaRoutes);
  },
  navigation: [{ place: "main", label: "Austausch", href: "/austausch", order: 40 }],
  seeds: { demo: seedDemo },
  tables,
  policies: { ...policies, ...reportPolicies },
  personalData: [reportContactData],
  tasks: [],
  search: [{ label: "Praxisbeispiele", indexAll: indexAllReports }],
  footer: [],
  startPanels: [...reportPanels, ...proposalPanels],
  notifications,
  profileParts: [reportsOnProfile],
};

export { reportKind } from "./reference.ts";
export { latestPublicReports, reportsByIds } from "./reports/queries.ts";
