import type { FastifyInstance } from "fastify";
import type { ModuleManifest } from "../manifest.ts";
import { isTeam } from "../../platform/auth/current-user.ts";
import { magazineRoutes } from "./magazine/routes/articles.ts";
import { commentRoutes } from "./comments/routes/comments.ts";
import { newsletterRoutes } from "./newsletter/routes.ts";
import { podcastRoutes } from "./podcast/routes/podcast.ts";
import { guideRoutes } from "./guide/routes/guide.ts";
import { pageRoutes } from "./pages/routes.ts";
import { siteRoutes } from "./pages/site-routes.ts";
import { privacyRoutes } from "./privacy/routes.ts";
import { indexAllArticles } from "./magazine/search.ts";
import { indexAllGuide } from "./guide/search.ts";
import { newsletterTasks } from "./newsletter/tasks.ts";
import { NewsletterBox } from "./newsletter/box.tsx";
import { commentData } from "./comments/privacy.ts";
import { subscriberData } from "./newsletter/personal-data.ts";
import { barrierReportData } from "./pages/personal-data.ts";
import { authorPersonalData } from "./magazine/privacy.ts";
import { seedPublishingDemo } from "./demo.ts";
import { policies as magazinePolicies } from "./magazine/policies.ts";
import { policies as commentPolicies } from "./comments/policies.ts";
import { policies as newsletterPolicies } from "./newsletter/policies.ts";
import { mayEditPodcast } from "./podcast/policies.ts";
import { policies as guidePolicies } from "./guide/policies.ts";
import * as magazineTables from "./magazine/tables.ts";
import * as commentTables from "./comments/tables.ts";
import * as newsletterTables from "./newsletter/tables.ts";
import * as podcastTables from "./podcast/tables.ts";
import * as guideTables from "./guide/tables.ts";
import * as pageTables from "./pages/tables.ts";

const footerLinks: [string, string][] = [
  ["/wer-wir-sind", "Über die Initiative"],
  ["/newsletter", "Newsletter"],
  ["/podcast", "Podcast"],
  ["/change-guide", "Change-Guide"],
  ["/leichte-sprache", "Leichte Sprache"],
  ["/barrierefreiheit", "Erklärung zur Barrierefreiheit"],
  ["/datenschutz", "Datenschutz"],
  ["/impressum", "Impressum"],
];

/** Publishing: the Magazin with comments, the newsletter, the podcast, the Change-Guide and the site's pages. */
export const publishingModule: ModuleManifest = {
  name: "publishing",
  routes: async (app: FastifyInstance) => {
    await app.register(siteRoutes);
    await app.register(magazineRoutes);
    await app.register(commentRoutes);
    await app.register(newsletterRoutes);
    await app.register(podcastRoutes);
    await app.register(guideRoutes);
    await app.register(pageRoutes);
    await app.register(privacyRoutes);
  },
  navigation: [
    { place: "main", label: "Magazin", href: "/magazin", order: 10 },
    { place: "main", label: "Fellow-Programm", href: "/fellow-programm", order: 20 },
    { place: "main", label: "Angebote", href: "/angebote", order: 60 },
    { place: "main", label: "Wer wir sind", href: "/wer-wir-sind", order: 70 },
    ...footerLinks.map(([href, label], i) => ({ place: "footer" as const, label, href, order: 10 * (i + 1) })),
    { place: "footer", label: "Barriere melden", href: (path: string) => `/barrierefreiheit/barriere-melden?seite=${encodeURIComponent(path)}`, order: 100 },
  ],
  seeds: { demo: seedPublishingDemo },
  tables: { ...magazineTables, ...commentTables, ...newsletterTables, ...podcastTables, ...guideTables, ...pageTables },
  policies: { ...magazinePolicies, ...commentPolicies, ...newsletterPolicies, editPodcast: mayEditPodcast, ...guidePolicies, seeBarrierReports: isTeam },
  personalData: [commentData, subscriberData, barrierReportData, authorPersonalData],
  tasks: newsletterTasks,
  search: [
    { label: "Magazin", indexAll: indexAllArticles },
    { label: "Change-Guide", indexAll: indexAllGuide },
  ],
  footer: [(page) => NewsletterBox({ ctx: page })],
};
