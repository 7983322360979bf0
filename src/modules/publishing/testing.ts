/** The pages of the publishing module, for the tests that visit every page (valid HTML, axe in the browser). */
import type { Database } from "../../db/client.ts";
import type { RouteCases } from "../../platform/route-cases.ts";
import { routeCases as magazineCases } from "./magazine/testing.ts";
import { routeCases as commentCases } from "./comments/testing.ts";
import { routeCases as newsletterCases } from "./newsletter/testing.ts";
import { routeCases as podcastCases } from "./podcast/testing.ts";
import { routeCases as guideCases } from "./guide/testing.ts";
import { routeCases as pageCases } from "./pages/testing.ts";
import { routeCases as privacyCases } from "./privacy/testing.ts";
import { listTags } from "./magazine/queries/articles.ts";
import { listAuthors } from "./magazine/queries/authors.ts";
import { listAllArticles, listRevisions } from "./magazine/queries/editor.ts";
import { moderationQueue } from "./comments/queries.ts";
import { allIssues } from "./newsletter/queries.ts";
import { editorOverview, podcastOverview } from "./podcast/queries.ts";
import { findChapterBySlug, sectionsOf } from "./guide/queries.ts";

export interface PublishingPages {
  /** Pages anyone may open. */
  public: string[];
  /** Pages of the editors and the team. */
  team: string[];
  /** The address of a demo article with published comments. */
  commentedArticle: string;
}

/** The demo data the page lists point to. */
async function demoData(database: Database) {
  const { db } = database;
  const articles = await listAllArticles(db);
  const article = articles.find((a) => a.status === "published" && a.publishAt! <= new Date())!;
  const draft = articles.find((a) => a.status === "draft")!;
  const revision = (await listRevisions(db, article.id))[0].id;
  const author = (await listAuthors(db))[0];
  const tag = (await listTags(database))[0].tag;
  const comment = (await moderationQueue(db, "approved", 1)).entries.find((c) => c.parentId === null)!;
  const commentedArticle = `/magazin/${comment.articleSlug}`;
  const issues = await allIssues(db);
  const sent = issues.find((i) => i.status === "sent")!;
  const draftIssue = issues.find((i) => i.status === "draft")!;
  const published = (await podcastOverview(db, new Date())).flatMap((s) => s.episodes);
  const seasons = await editorOverview(db);
  const draftEpisode = seasons.flatMap((s) => s.episodes).find((e) => !published.some((p) => p.id === e.id))!;
  const chapter = (await findChapterBySlug(db, "haltung-und-rolle"))!;
  const section = (await sectionsOf(db, [chapter.id]))[0].id;
  return { article, draft, revision, author, tag, comment, commentedArticle, sent, draftIssue, published, seasons, draftEpisode, chapter, section };
}

type DemoData = Awaited<ReturnType<typeof demoData>>;

function publicPages({ tag, commentedArticle, comment, author, sent, published, chapter }: DemoData): string[] {
  return [
    `/magazin?tag=${tag}`,
    "/magazin?seite=2",
    commentedArticle,
    `${commentedArticle}?antwort=${comment.id}`,
    "/magazin/suche?q=Beteiligung",
    "/magazin/suche?q=",
    `/magazin/autorinnen/${author.slug}`,
    "/newsletter",
    `/newsletter/${sent.number}`,
    "/podcast",
    `/podcast/${published[0].slug}`,
    `/podcast/${published.at(-1)!.slug}`,
    "/change-guide",
    "/change-guide?ebene=organisation&art=methode",
    `/change-guide/${chapter.slug}`,
    "/change-guide/suche?q=Widerstand%20im%20Team",
    "/change-guide/suche?q=",
    "/wer-wir-sind/team",
    "/netzwerk",
    "/impressum",
    "/datenschutz",
    "/barrierefreiheit",
    "/leichte-sprache",
    "/barrierefreiheit/barriere-melden?seite=%2Ftermine",
    "/barrierefreiheit/barriere-melden/danke",
  ];
}

function teamPages({
  article,
  revision,
  author,
  draft,
  commentedArticle,
  comment,
  draftIssue,
  sent,
  draftEpisode,
  seasons,
  published,
  chapter,
  section,
}: DemoData): string[] {
  return [
    "/magazin/redaktion",
    "/magazin/redaktion/neu",
    `/magazin/redaktion/beitraege/${article.id}`,
    `/magazin/redaktion/beitraege/${article.id}/versionen`,
    `/magazin/redaktion/beitraege/${article.id}/versionen/${revision}`,
    "/magazin/redaktion/bilder",
    "/magazin/redaktion/autorinnen/neu",
    `/magazin/redaktion/autorinnen/${author.id}`,
    `/magazin/${draft.slug}?vorschau=1`,
    commentedArticle,
    "/magazin/kommentare",
    "/magazin/kommentare?status=removed",
    `/magazin/kommentare/${comment.id}/bearbeiten`,
    "/newsletter/redaktion",
    "/newsletter/redaktion/neu",
    `/newsletter/redaktion/${draftIssue.id}`,
    `/newsletter/redaktion/${draftIssue.id}/bearbeiten`,
    `/newsletter/redaktion/${draftIssue.id}/vorschau`,
    `/newsletter/redaktion/${draftIssue.id}/vorschau/email`,
    `/newsletter/redaktion/${draftIssue.id}/senden`,
    `/newsletter/redaktion/${sent.id}`,
    "/newsletter/redaktion/abonnenten",
    "/newsletter/redaktion/abonnenten/import",
    "/podcast",
    `/podcast/${draftEpisode.slug}`,
    "/podcast/redaktion",
    "/podcast/redaktion/staffeln/neu",
    `/podcast/redaktion/staffeln/${seasons[0].id}/bearbeiten`,
    "/podcast/redaktion/folgen/neu",
    `/podcast/redaktion/folgen/${published[0].id}/bearbeiten`,
    "/change-guide/redaktion",
    "/change-guide/redaktion/kapitel/neu",
    `/change-guide/redaktion/kapitel/${chapter.id}`,
    `/change-guide/redaktion/kapitel/${chapter.id}/abschnitte/neu`,
    `/change-guide/redaktion/abschnitte/${section}`,
    "/barrierefreiheit/meldungen",
    "/datenschutz/auskunft",
    "/datenschutz/auskunft?email=admin%40k360.example",
  ];
}

/** The Magazin, comments, newsletter, podcast, Change-Guide and the site's pages, with the ids of the demo data. */
export async function publishingPages(database: Database): Promise<PublishingPages> {
  const data = await demoData(database);
  return { commentedArticle: data.commentedArticle, public: publicPages(data), team: teamPages(data) };
}

/** Every route of publishing with a working address and the answer per role, feature by feature. */
export async function routeCases(database: Database): Promise<RouteCases> {
  const features = [magazineCases, commentCases, newsletterCases, podcastCases, guideCases, pageCases, privacyCases];
  const cases: RouteCases = {};
  for (const casesOf of features) Object.assign(cases, await casesOf(database));
  return cases;
}

// What browser journeys and benchmarks build their data from and drive (test/e2e, bench/publishing-*.ts).
export { articles } from "./magazine/tables.ts";
export { ensureMagazineDemo } from "./magazine/testing.ts";
export { comments } from "./comments/tables.ts";
export { seedCommentsDemo } from "./comments/seed.ts";
export { seedPodcastDemo } from "./podcast/seed.ts";
export { deliveries, issues, subscribers } from "./newsletter/tables.ts";
export { consentText } from "./newsletter/texts.ts";
export { startSending } from "./newsletter/commands/start-sending.ts";
export { sendQueued, type SendRound } from "./newsletter/tasks.ts";
export { addConfirmedSubscriber } from "./newsletter/testing.ts";
export { createArticle, validComment, writeComment } from "./comments/testing.ts";
