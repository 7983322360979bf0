// Every page a visitor or the team can reach passes axe (WCAG 2.1 AA) and stays on our own host.
import { test } from "node:test";
import { browserTestFile, assertNoForeignRequests, assertNoPageErrors, checkA11y, newPage } from "./browser.ts";
import { listAuthors, listTags } from "../../src/modules/publishing/magazine/queries.ts";
import { listAllArticles, listRevisions } from "../../src/modules/publishing/magazine/team-queries.ts";
import { moderationQueue } from "../../src/modules/publishing/comments/queries.ts";
import { allIssues } from "../../src/modules/publishing/newsletter/issues.ts";
import { editorOverview, podcastOverview } from "../../src/modules/publishing/podcast/queries.ts";
import { findChapterBySlug, sectionsOf } from "../../src/modules/publishing/guide/queries.ts";

const { env } = browserTestFile();

/** The Magazin, comments, newsletter, podcast, Change-Guide and the site's pages, with the demo's ids. */
async function publishingPages() {
  const { db } = env.t.database;
  const articles = await listAllArticles(db);
  const article = articles.find((a) => a.status === "published" && a.publishAt! <= new Date())!;
  const draft = articles.find((a) => a.status === "draft")!;
  const revision = (await listRevisions(db, article.id))[0].id;
  const author = (await listAuthors(db))[0];
  const tag = (await listTags(env.t.database))[0].tag;
  const comment = (await moderationQueue(db, "approved", 1)).entries.find((c) => c.parentId === null)!;
  const issues = await allIssues(db);
  const sent = issues.find((i) => i.status === "sent")!;
  const draftIssue = issues.find((i) => i.status === "draft")!;
  const published = (await podcastOverview(db, new Date())).flatMap((s) => s.episodes);
  const seasons = await editorOverview(db);
  const draftEpisode = seasons.flatMap((s) => s.episodes).find((e) => !published.some((p) => p.id === e.id))!;
  const chapter = (await findChapterBySlug(db, "haltung-und-rolle"))!;
  const section = (await sectionsOf(db, [chapter.id]))[0].id;
  return {
    public: [
      `/magazin?tag=${tag}`,
      "/magazin?seite=2",
      `/magazin/${comment.articleSlug}`,
      `/magazin/${comment.articleSlug}?antwort=${comment.id}`,
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
      "/wer-wir-sind/team",
      "/netzwerk",
      "/impressum",
      "/datenschutz",
      "/barrierefreiheit",
      "/leichte-sprache",
      "/barrierefreiheit/barriere-melden?seite=%2Ftermine",
      "/barrierefreiheit/barriere-melden/danke",
    ],
    team: [
      "/magazin/redaktion",
      "/magazin/redaktion/neu",
      `/magazin/redaktion/beitraege/${article.id}`,
      `/magazin/redaktion/beitraege/${article.id}/versionen`,
      `/magazin/redaktion/beitraege/${article.id}/versionen/${revision}`,
      "/magazin/redaktion/bilder",
      "/magazin/redaktion/autorinnen/neu",
      `/magazin/redaktion/autorinnen/${author.id}`,
      `/magazin/${draft.slug}?vorschau=1`,
      "/magazin/kommentare",
      "/magazin/kommentare?status=removed",
      `/magazin/kommentare/${comment.id}/bearbeiten`,
      "/newsletter/redaktion",
      "/newsletter/redaktion/neu",
      `/newsletter/redaktion/${draftIssue.id}`,
      `/newsletter/redaktion/${draftIssue.id}/bearbeiten`,
      `/newsletter/redaktion/${draftIssue.id}/vorschau`,
      `/newsletter/redaktion/${draftIssue.id}/vorschau/email`,
      `/newsletter/redaktion/${sent.id}`,
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
    ],
  };
}

const publicPages = [
  "/",
  "/fellow-programm",
  "/angebote",
  "/wer-wir-sind",
  "/magazin",
  "/kommunen?q=Lepzig",
  "/kommunen?land=99",
  "/kommunen/05758012-herford",
  "/kommunen/05758-kreis-herford",
  "/kommunen/99999-gibt-es-nicht",
  "/passwort-vergessen",
  "/anmelden/link-gesendet",
  "/anmelden/link/ungueltiger-link-ungueltiger-link",
  "/api/docs",
  "/termine",
  "/termine/11",
  "/lernpfade/lernpfad-fuehrung/bewerbung",
  "/austausch",
  "/austausch/suche?q=Jugendhilfeplnung%20und%20Schulentwicklungsplanung",
  "/austausch/suche?thema=kinderarmut&misserfolge=ja",
  "/austausch/berichte/1",
];
const adminPages = [
  "/kommunen/neu",
  "/kommunen/05314-bonn/vorhaben/neu",
  "/kommunen/05314-bonn/personen/neu",
  "/admin/postausgang",
  "/kommunen/05314-bonn",
  "/programm",
  "/programm/termine/neu",
  "/programm/termine/8",
  "/programm/check-ins",
  "/programm/check-ins/neu",
  "/programm/tandems",
  "/programm/bewerbungen/3",
  "/mein-programm",
  "/termine/1",
  "/austausch/pruefung",
  "/austausch/thesaurus",
  "/austausch/berichte/1/bearbeiten",
  "/programm/ag-themen",
  "/austausch/themenvorschlaege",
  "/austausch/themenvorschlaege/1",
  "/austausch/personas",
  "/austausch/personas/1",
  "/austausch/personas/nebeneinander?id=1&id=2&id=3",
];

test("every public page passes axe", async () => {
  const page = await newPage(env.b);
  for (const url of [...publicPages, ...(await publishingPages()).public]) {
    await page.goto(url);
    await checkA11y(page, url);
  }
  assertNoForeignRequests(env.b);
  assertNoPageErrors(env.b);
});

test("the team's pages and a form with errors pass axe", async () => {
  const page = await newPage(env.b);
  const [name, value] = (await env.t.sessionFor("admin")).split("=");
  await page.context().addCookies([{ name, value, url: env.b.baseURL }]);
  for (const url of [...adminPages, ...(await publishingPages()).team]) {
    await page.goto(url);
    await checkA11y(page, url);
  }
  await page.goto("/kommunen/05314-bonn/vorhaben/neu");
  await page.getByLabel("Ende").fill("2020-01-01");
  await page.getByLabel("Beginn").fill("2021-01-01");
  await page.getByRole("button", { name: "Speichern" }).click();
  await page.getByText("Bitte korrigieren Sie Ihre Angaben").waitFor();
  await checkA11y(page, "Vorhaben mit Fehlern");
  assertNoForeignRequests(env.b);
  assertNoPageErrors(env.b);
});

test("the publishing forms with errors pass axe", async () => {
  const page = await newPage(env.b);
  await page.goto("/barrierefreiheit/barriere-melden?seite=%2Ftermine");
  await page.getByRole("button", { name: "Barriere melden" }).click();
  await page.getByText("Bitte korrigieren Sie Ihre Angaben").waitFor();
  await checkA11y(page, "Barriere melden mit Fehlern");
  const [name, value] = (await env.t.sessionFor("admin")).split("=");
  await page.context().addCookies([{ name, value, url: env.b.baseURL }]);
  for (const [url, button] of [
    ["/magazin/redaktion/neu", "Veröffentlichen"],
    ["/change-guide/redaktion/kapitel/neu", "Kapitel anlegen"],
    ["/podcast/redaktion/folgen/neu", "Folge anlegen"],
    ["/newsletter/redaktion/neu", "Ausgabe speichern"],
  ]) {
    await page.goto(url);
    await page.getByRole("button", { name: button, exact: true }).click();
    await page.getByText("Bitte korrigieren Sie Ihre Angaben").waitFor();
    await checkA11y(page, `${url} mit Fehlern`);
  }
  assertNoForeignRequests(env.b);
  assertNoPageErrors(env.b);
});

test("a municipality member's exchange pages pass axe", async () => {
  const page = await newPage(env.b);
  const [name, value] = (await env.t.sessionFor("leader")).split("=");
  await page.context().addCookies([{ name, value, url: env.b.baseURL }]);
  for (const url of ["/austausch/berichte/neu", "/austausch/meine-berichte", "/austausch/themenvorschlaege/neu", "/austausch/personas/neu"]) {
    await page.goto(url);
    await checkA11y(page, url);
  }
  assertNoForeignRequests(env.b);
  assertNoPageErrors(env.b);
});
