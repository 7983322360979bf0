import type { FastifyInstance } from "fastify";
import type { ModuleManifest } from "../index.ts";
import { magazineRoutes } from "./magazine/routes.ts";
import { commentRoutes } from "./comments/routes.ts";
import { newsletterRoutes } from "./newsletter/routes.ts";
import { podcastRoutes } from "./podcast/routes.ts";
import { guideRoutes } from "./guide/routes.ts";
import { pageRoutes } from "./pages/routes.ts";
import { privacyRoutes } from "./privacy/routes.ts";
import { indexAllArticles } from "./magazine/search.ts";
import { indexAllGuide } from "./guide/search.ts";
import { newsletterTasks } from "./newsletter/tasks.ts";
import { NewsletterBox } from "./newsletter/box.tsx";
import { commentData } from "./comments/personal-data.ts";
import { subscriberData } from "./newsletter/personal-data.ts";
import { barrierReportData } from "./pages/personal-data.ts";
import { authorPersonalData } from "./magazine/personal-data.ts";

/** Publishing: the Magazin with comments, the newsletter, the podcast, the Change-Guide and the site's pages. */
export const publishingModule: ModuleManifest = {
  name: "publishing",
  indexAll: async (db) => {
    await indexAllArticles(db);
    await indexAllGuide(db);
  },
  tasks: newsletterTasks,
  personalData: [commentData, subscriberData, barrierReportData, authorPersonalData],
  footer: [(page) => NewsletterBox({ ctx: page })],
  routes: async (app: FastifyInstance) => {
    await app.register(magazineRoutes);
    await app.register(commentRoutes);
    await app.register(newsletterRoutes);
    await app.register(podcastRoutes);
    await app.register(guideRoutes);
    await app.register(pageRoutes);
    await app.register(privacyRoutes);
  },
};
