import type { FastifyInstance } from "fastify";
import type { ModuleManifest } from "../manifest.ts";
import { isTeam } from "../../platform/auth/current-user.ts";
import { pendingCount } from "./comments/queries.ts";
import { magazineRoutes } from "./magazine/routes/articles.ts";
import { commentRoutes } from "./comments/routes/comments.ts";
import { subscriptionRoutes } from "./newsletter/routes/subscriptions.ts";
import { webIssueRoutes } from "./newsletter/routes/web-issues.ts";
import { editorIssueRoutes } from "./newsletter/routes/editor-issues.ts";
import { editorPreviewRoutes } from "./newsletter/routes/editor-previews.ts";
import { podcastRoutes } from "./podcast/routes/podcast.ts";
import { guideRoutes } from "./guide/routes/guide.ts";
import { pageRoutes } from "./pages/routes/pages.ts";
import { barrierRoutes } from "./pages/routes/barriers.ts";
import { siteRoutes } from "./pages/routes/site.ts";
import { personalDataRoutes } from "./privacy/routes/personal-data.ts";
import { indexAllArticles } from "./magazine/search.ts";
import { indexAllGuide } from "./guide/search.ts";
import { newsletterTasks } from "./newsletter/tasks.ts";
import { NewsletterBox } from "./newsletter/views/box.tsx";
import { commentData } from "./comments/privacy.ts";
import { subscriberData } from "./newsletter/privacy.ts";
import { linkSubscription } from "./newsletter/commands/link-subscription.ts";
import { barrierReportData } from "./pages/privacy.ts";
import { authorPersonalData } from "./magazine/privacy.ts";
import { seedPublishingDemo } from "./seed.ts";
import { policies as magazinePolicies } from "./magazine/policies.ts";
import { policies as commentPolicies } from "./comments/policies.ts";
import { policies as newsletterPolicies } from "./newsletter/policies.ts";
import { policies as pagePolicies } from "./pages/policies.ts";
import { policies as privacyPolicies } from "./privacy/policies.ts";
import { mayEditPodcast } from "./podcast/policies.ts";
import { policies as guidePolicies } from "./guide/policies.ts";
import * as magazineTables from "./magazine/tables.ts";
import * as commentTables from "./comments/tables.ts";
import * as newsletterTables from "./newsletter/tables.ts";
import * as podcastTables from "./podcast/tables.ts";
import * as guideTables from "./guide/tables.ts";
import * as pageTables from "./pages/tables.ts";
import { startPanels as magazinePanels } from "./magazine/start.ts";
import { startPanels as commentPanels } from "./comments/start.ts";
import { startPanels as newsletterPanels } from "./newsletter/start.ts";
import { notifications as commentNotifications } from "./comments/notifications.ts";

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

/** The editors' pages, in the header's "Redaktion" menu beside the comment queue. */
const editorialLinks: [string, string][] = [
  ["/magazin/redaktion", "Magazin"],
  ["/newsletter/redaktion", "Newsletter"],
  ["/podcast/redaktion", "Podcast"],
  ["/change-guide/redaktion", "Change-Guide"],
];

/** Publishing: the Magazin with comments, the newsletter, the podcast, the Change-Guide and the site's pages. */
export const publishingModule: ModuleManifest = {
  name: "publishing",
  routes: async (app: FastifyInstance) => {
    await app.register(siteRoutes);
    await app.register(magazineRoutes);
    await app.register(commentRoutes);
    await app.register(subscriptionRoutes);
    await app.register(webIssueRoutes);
    await app.register(editorIssueRoutes);
    await app.register(editorPreviewRoutes);
    await app.register(podcastRoutes);
    await app.register(guideRoutes);
    await app.register(pageRoutes);
    await app.register(barrierRoutes);
    await app.register(personalDataRoutes);
  },
  navigation: [
    { place: "main", label: "Magazin", href: "/magazin", order: 10 },
    { place: "main", label: "Fellow-Programm", href: "/fellow-programm", order: 20 },
    { place: "main", label: "Angebote", href: "/angebote", order: 60 },
    { place: "main", label: "Wer wir sind", href: "/wer-wir-sind", order: 70 },
    ...footerLinks.map(([href, label], i) => ({ place: "footer" as const, label, href, order: 10 * (i + 1) })),
    ...editorialLinks.map(([href, label], i) => ({ place: "account" as const, group: "Redaktion", label, href, order: 30 + 2 * i, shownTo: isTeam })),
    { place: "account", group: "Redaktion", label: "Kommentare", href: "/magazin/kommentare", order: 31, shownTo: isTeam, count: pendingCount },
    { place: "footer", label: "Barriere melden", href: (path: string) => `/barrierefreiheit/barriere-melden?seite=${encodeURIComponent(path)}`, order: 100 },
  ],
  seeds: { demo: seedPublishingDemo },
  tables: { ...magazineTables, ...commentTables, ...newsletterTables, ...podcastTables, ...guideTables, ...pageTables },
  policies: {
    ...magazinePolicies,
    ...commentPolicies,
    ...newsletterPolicies,
    editPodcast: mayEditPodcast,
    ...guidePolicies,
    ...pagePolicies,
    ...privacyPolicies,
  },
  personalData: [commentData, subscriberData, barrierReportData, authorPersonalData],
  accountLinks: [linkSubscription],
  tasks: newsletterTasks,
  search: [
    { label: "Magazin", indexAll: indexAllArticles },
    { label: "Change-Guide", indexAll: indexAllGuide },
  ],
  footer: [(page) => NewsletterBox({ ctx: page })],
  startPanels: [...magazinePanels, ...commentPanels, ...newsletterPanels],
  notifications: commentNotifications,
};
