import type { Database } from "../../db/client.ts";
import { all, bogusToken as bogusTokenOf, loggedIn, team, type RouteCases } from "../../platform/route-cases.ts";
import { listAuthors } from "./magazine/queries/authors.ts";
import { listAllArticles, listRevisions } from "./magazine/queries/editor.ts";
import { moderationQueue } from "./comments/queries.ts";
import { allIssues } from "./newsletter/issues.ts";
import { findEpisodeBySlug, listSeasons } from "./podcast/queries.ts";
import { findChapterBySlug, sectionsOf } from "./guide/queries.ts";
import { listBarrierReports } from "./pages/barriers.ts";

/** Every route of publishing with a working address and the answer per role: the demo's articles, comments, issues, episodes, chapters and barrier reports. */
export async function routeCases(database: Database): Promise<RouteCases> {
  const { db } = database;
  const articleList = await listAllArticles(db);
  const publishedArticle = articleList.find((article) => article.status === "published" && article.publishAt! <= new Date())!;
  const draftArticle = articleList.find((article) => article.status === "draft")!;
  // The newest revision: restoring it brings back what the article already says.
  const revision = (await listRevisions(db, publishedArticle.id))[0].id;
  const author = (await listAuthors(db))[0];
  const approvedComment = (await moderationQueue(db, "approved", 1)).entries[0];
  const removedComment = (await moderationQueue(db, "removed", 1)).entries[0].id;
  const spamComment = (await moderationQueue(db, "spam", 1)).entries[0];
  const issues = await allIssues(db);
  const sentIssue = issues.find((issue) => issue.status === "sent")!;
  const draftIssue = issues.find((issue) => issue.status === "draft")!;
  const season = (await listSeasons(db))[0].id;
  const episode = "jugendforum-das-nicht-nur-kulisse-ist";
  const draftEpisode = "kollegiale-beratung-unter-fuehrungskraeften";
  const episodeId = (await findEpisodeBySlug(db, episode))!.id;
  const chapter = (await findChapterBySlug(db, "haltung-und-rolle"))!;
  const section = (await sectionsOf(db, [chapter.id]))[0].id;
  const doneReport = (await listBarrierReports(db)).find((report) => report.status === "done")!.id;
  const bogusToken = bogusTokenOf("y");
  return {
    "GET /": { url: "/", expect: all(200) },
    "GET /fellow-programm": { url: "/fellow-programm", expect: all(200) },
    "GET /angebote": { url: "/angebote", expect: all(200) },
    "GET /wer-wir-sind": { url: "/wer-wir-sind", expect: all(200) },
    "GET /magazin": { url: "/magazin", expect: all(200) },
    "GET /magazin/suche": { url: "/magazin/suche?q=Beteiligung", expect: all(200) },
    "GET /magazin/autorinnen/:slug": { url: `/magazin/autorinnen/${author.slug}`, expect: all(200) },
    "GET /magazin/bilder/:id": { url: "/magazin/bilder/999999", expect: all(404) },
    "GET /magazin/:slug": { url: `/magazin/${publishedArticle.slug}`, expect: all(200) },
    // A draft only in the team's preview.
    "GET /magazin/:slug (Vorschau)": { url: `/magazin/${draftArticle.slug}?vorschau=1`, expect: { ...all(404), admin: 200, editor: 200 } },
    "GET /magazin/feed.rss": { url: "/magazin/feed.rss", expect: all(200) },
    "GET /magazin/feed.atom": { url: "/magazin/feed.atom", expect: all(200) },
    "GET /magazin/redaktion": { url: "/magazin/redaktion", expect: loggedIn(team, 200) },
    "GET /magazin/redaktion/neu": { url: "/magazin/redaktion/neu", expect: loggedIn(team, 200) },
    "POST /magazin/redaktion/neu": { url: "/magazin/redaktion/neu", body: { title: "" }, expect: loggedIn(team, 422) },
    "GET /magazin/redaktion/beitraege/:id": { url: `/magazin/redaktion/beitraege/${publishedArticle.id}`, expect: loggedIn(team, 200) },
    "POST /magazin/redaktion/beitraege/:id": { url: `/magazin/redaktion/beitraege/${publishedArticle.id}`, body: { title: "" }, expect: loggedIn(team, 422) },
    "GET /magazin/redaktion/beitraege/:id/versionen": { url: `/magazin/redaktion/beitraege/${publishedArticle.id}/versionen`, expect: loggedIn(team, 200) },
    "GET /magazin/redaktion/beitraege/:id/versionen/:revisionId": {
      url: `/magazin/redaktion/beitraege/${publishedArticle.id}/versionen/${revision}`,
      expect: loggedIn(team, 200),
    },
    "POST /magazin/redaktion/beitraege/:id/versionen/:revisionId/wiederherstellen": {
      url: `/magazin/redaktion/beitraege/${publishedArticle.id}/versionen/${revision}/wiederherstellen`,
      body: {},
      expect: loggedIn(team, 303),
    },
    "GET /magazin/redaktion/autorinnen/neu": { url: "/magazin/redaktion/autorinnen/neu", expect: loggedIn(team, 200) },
    "POST /magazin/redaktion/autorinnen/neu": { url: "/magazin/redaktion/autorinnen/neu", body: { name: "" }, expect: loggedIn(team, 422) },
    "GET /magazin/redaktion/autorinnen/:id": { url: `/magazin/redaktion/autorinnen/${author.id}`, expect: loggedIn(team, 200) },
    "POST /magazin/redaktion/autorinnen/:id": { url: `/magazin/redaktion/autorinnen/${author.id}`, body: { name: "" }, expect: loggedIn(team, 422) },
    "GET /magazin/redaktion/bilder": { url: "/magazin/redaktion/bilder", expect: loggedIn(team, 200) },
    "POST /magazin/redaktion/bilder": { url: "/magazin/redaktion/bilder", body: { alt: "" }, expect: loggedIn(team, 422) },
    // Refused before anything is stored, so the limit per address is never reached (the per-client limit allows 10).
    "POST /magazin/:slug/kommentare": {
      url: `/magazin/${approvedComment.articleSlug}/kommentare`,
      body: { commentName: "", commentEmail: "", commentBody: "" },
      expect: all(422),
    },
    "GET /magazin/kommentare": { url: "/magazin/kommentare", expect: loggedIn(team, 200) },
    // Decisions the comment's state does not allow: the same answer however often they come.
    "POST /magazin/kommentare/:id/freigeben": { url: `/magazin/kommentare/${approvedComment.id}/freigeben`, body: {}, expect: loggedIn(team, 409) },
    "POST /magazin/kommentare/:id/ablehnen": { url: `/magazin/kommentare/${approvedComment.id}/ablehnen`, body: {}, expect: loggedIn(team, 409) },
    "POST /magazin/kommentare/:id/spam": { url: `/magazin/kommentare/${approvedComment.id}/spam`, body: {}, expect: loggedIn(team, 409) },
    "POST /magazin/kommentare/:id/entfernen": { url: `/magazin/kommentare/${removedComment}/entfernen`, body: {}, expect: loggedIn(team, 409) },
    // Blocked, then unblocked again right after: each team role does both.
    "POST /magazin/kommentare/:id/sperren": { url: `/magazin/kommentare/${spamComment.id}/sperren`, body: {}, expect: loggedIn(team, 303) },
    "POST /magazin/kommentare/sperre-aufheben": { url: "/magazin/kommentare/sperre-aufheben", body: { email: spamComment.email }, expect: loggedIn(team, 303) },
    "POST /magazin/kommentare/sperre-aufheben (unbekannt)": {
      url: "/magazin/kommentare/sperre-aufheben",
      body: { email: "niemand@example.org" },
      expect: loggedIn(team, 404),
    },
    "GET /magazin/kommentare/:id/bearbeiten": { url: `/magazin/kommentare/${approvedComment.id}/bearbeiten`, expect: loggedIn(team, 200) },
    "POST /magazin/kommentare/:id/bearbeiten": {
      url: `/magazin/kommentare/${approvedComment.id}/bearbeiten`,
      body: { commentName: "", commentBody: "" },
      expect: loggedIn(team, 422),
    },
    "GET /newsletter": { url: "/newsletter", expect: all(200) },
    "GET /newsletter/anmelden": { url: "/newsletter/anmelden", expect: all(303) },
    "POST /newsletter/anmelden": { url: "/newsletter/anmelden", body: { email: "kaputt" }, expect: all(422) },
    "GET /newsletter/bestaetigen/:token": { url: `/newsletter/bestaetigen/${bogusToken}`, expect: all(404) },
    "POST /newsletter/bestaetigen/:token": { url: `/newsletter/bestaetigen/${bogusToken}`, body: {}, expect: all(404) },
    "GET /newsletter/abmelden/:token": { url: `/newsletter/abmelden/${bogusToken}`, expect: all(404) },
    "POST /newsletter/abmelden/:token": { url: `/newsletter/abmelden/${bogusToken}`, body: {}, expect: all(404) },
    "GET /newsletter/:number": { url: `/newsletter/${sentIssue.number}`, expect: all(200) },
    "GET /newsletter/:number (Entwurf)": { url: `/newsletter/${draftIssue.number}`, expect: all(404) },
    "GET /newsletter/redaktion": { url: "/newsletter/redaktion", expect: loggedIn(team, 200) },
    "GET /newsletter/redaktion/neu": { url: "/newsletter/redaktion/neu", expect: loggedIn(team, 200) },
    "POST /newsletter/redaktion/neu": { url: "/newsletter/redaktion/neu", body: { number: "" }, expect: loggedIn(team, 422) },
    "GET /newsletter/redaktion/:id": { url: `/newsletter/redaktion/${sentIssue.id}`, expect: loggedIn(team, 200) },
    "GET /newsletter/redaktion/:id/bearbeiten": { url: `/newsletter/redaktion/${draftIssue.id}/bearbeiten`, expect: loggedIn(team, 200) },
    "POST /newsletter/redaktion/:id/bearbeiten": {
      url: `/newsletter/redaktion/${draftIssue.id}/bearbeiten`,
      body: { number: "" },
      expect: loggedIn(team, 422),
    },
    "GET /newsletter/redaktion/:id/vorschau": { url: `/newsletter/redaktion/${draftIssue.id}/vorschau`, expect: loggedIn(team, 200) },
    "GET /newsletter/redaktion/:id/vorschau/email": { url: `/newsletter/redaktion/${draftIssue.id}/vorschau/email`, expect: loggedIn(team, 200) },
    "GET /newsletter/redaktion/:id/vorschau/email.html": { url: `/newsletter/redaktion/${draftIssue.id}/vorschau/email.html`, expect: loggedIn(team, 200) },
    "POST /newsletter/redaktion/:id/testmail": {
      url: `/newsletter/redaktion/${draftIssue.id}/testmail`,
      body: { testEmail: "kaputt" },
      expect: loggedIn(team, 422),
    },
    // An issue that went out already cannot be sent again.
    "POST /newsletter/redaktion/:id/senden": { url: `/newsletter/redaktion/${sentIssue.id}/senden`, body: {}, expect: loggedIn(team, 409) },
    "GET /podcast": { url: "/podcast", expect: all(200) },
    "GET /podcast/:slug": { url: `/podcast/${episode}`, expect: all(200) },
    "GET /podcast/:slug (Entwurf)": { url: `/podcast/${draftEpisode}`, expect: { ...all(404), admin: 200, editor: 200 } },
    "GET /podcast/:slug/audio": { url: `/podcast/${episode}/audio`, expect: all(200) },
    "GET /podcast/:slug/chapters.json": { url: `/podcast/${episode}/chapters.json`, expect: all(200) },
    "GET /podcast/:slug/transcript.txt": { url: `/podcast/${episode}/transcript.txt`, expect: all(200) },
    "GET /podcast/feed.xml": { url: "/podcast/feed.xml", expect: all(200) },
    "GET /podcast/cover.png": { url: "/podcast/cover.png", expect: all(200) },
    "GET /podcast/redaktion": { url: "/podcast/redaktion", expect: loggedIn(team, 200) },
    "GET /podcast/redaktion/staffeln/neu": { url: "/podcast/redaktion/staffeln/neu", expect: loggedIn(team, 200) },
    "POST /podcast/redaktion/staffeln/neu": { url: "/podcast/redaktion/staffeln/neu", body: { title: "" }, expect: loggedIn(team, 422) },
    "GET /podcast/redaktion/staffeln/:id/bearbeiten": { url: `/podcast/redaktion/staffeln/${season}/bearbeiten`, expect: loggedIn(team, 200) },
    "POST /podcast/redaktion/staffeln/:id/bearbeiten": {
      url: `/podcast/redaktion/staffeln/${season}/bearbeiten`,
      body: { title: "" },
      expect: loggedIn(team, 422),
    },
    "GET /podcast/redaktion/folgen/neu": { url: "/podcast/redaktion/folgen/neu", expect: loggedIn(team, 200) },
    "POST /podcast/redaktion/folgen/neu": { url: "/podcast/redaktion/folgen/neu", body: { title: "" }, expect: loggedIn(team, 422) },
    "GET /podcast/redaktion/folgen/:id/bearbeiten": { url: `/podcast/redaktion/folgen/${episodeId}/bearbeiten`, expect: loggedIn(team, 200) },
    "POST /podcast/redaktion/folgen/:id/bearbeiten": {
      url: `/podcast/redaktion/folgen/${episodeId}/bearbeiten`,
      body: { title: "" },
      expect: loggedIn(team, 422),
    },
    // Without a file.
    "POST /podcast/redaktion/folgen/:id/audio": { url: `/podcast/redaktion/folgen/${episodeId}/audio`, body: {}, expect: loggedIn(team, 422) },
    "POST /podcast/redaktion/folgen/:id/loeschen": { url: "/podcast/redaktion/folgen/999999/loeschen", body: {}, expect: loggedIn(team, 404) },
    "GET /change-guide": { url: "/change-guide?ebene=organisation&art=methode", expect: all(200) },
    "GET /change-guide/suche": { url: "/change-guide/suche?q=Widerstand", expect: all(200) },
    "GET /change-guide.pdf": { url: "/change-guide.pdf", expect: all(200) },
    "GET /change-guide/:slug.pdf": { url: `/change-guide/${chapter.slug}.pdf`, expect: all(200) },
    "GET /change-guide/:slug": { url: `/change-guide/${chapter.slug}`, expect: all(200) },
    "GET /change-guide/redaktion": { url: "/change-guide/redaktion", expect: loggedIn(team, 200) },
    "GET /change-guide/redaktion/kapitel/neu": { url: "/change-guide/redaktion/kapitel/neu", expect: loggedIn(team, 200) },
    "POST /change-guide/redaktion/kapitel/neu": { url: "/change-guide/redaktion/kapitel/neu", body: { title: "" }, expect: loggedIn(team, 422) },
    "GET /change-guide/redaktion/kapitel/:id": { url: `/change-guide/redaktion/kapitel/${chapter.id}`, expect: loggedIn(team, 200) },
    "POST /change-guide/redaktion/kapitel/:id": { url: `/change-guide/redaktion/kapitel/${chapter.id}`, body: { title: "" }, expect: loggedIn(team, 422) },
    // Without the confirmation nothing is deleted.
    "POST /change-guide/redaktion/kapitel/:id/loeschen": {
      url: `/change-guide/redaktion/kapitel/${chapter.id}/loeschen`,
      body: {},
      expect: loggedIn(team, 422),
    },
    "POST /change-guide/redaktion/kapitel/:id/reihenfolge": {
      url: `/change-guide/redaktion/kapitel/${chapter.id}/reihenfolge`,
      body: {},
      expect: loggedIn(team, 422),
    },
    "GET /change-guide/redaktion/kapitel/:id/abschnitte/neu": {
      url: `/change-guide/redaktion/kapitel/${chapter.id}/abschnitte/neu`,
      expect: loggedIn(team, 200),
    },
    "POST /change-guide/redaktion/kapitel/:id/abschnitte/neu": {
      url: `/change-guide/redaktion/kapitel/${chapter.id}/abschnitte/neu`,
      body: { title: "" },
      expect: loggedIn(team, 422),
    },
    "GET /change-guide/redaktion/abschnitte/:id": { url: `/change-guide/redaktion/abschnitte/${section}`, expect: loggedIn(team, 200) },
    "POST /change-guide/redaktion/abschnitte/:id": { url: `/change-guide/redaktion/abschnitte/${section}`, body: { title: "" }, expect: loggedIn(team, 422) },
    "POST /change-guide/redaktion/abschnitte/:id/loeschen": {
      url: "/change-guide/redaktion/abschnitte/999999/loeschen",
      body: {},
      expect: loggedIn(team, 404),
    },
    "GET /wer-wir-sind/team": { url: "/wer-wir-sind/team", expect: all(200) },
    "GET /netzwerk": { url: "/netzwerk", expect: all(200) },
    "GET /impressum": { url: "/impressum", expect: all(200) },
    "GET /datenschutz": { url: "/datenschutz", expect: all(200) },
    "GET /barrierefreiheit": { url: "/barrierefreiheit", expect: all(200) },
    "GET /leichte-sprache": { url: "/leichte-sprache", expect: all(200) },
    "GET /barrierefreiheit/barriere-melden": { url: "/barrierefreiheit/barriere-melden?seite=%2Ftermine", expect: all(200) },
    // Without a description: refused, nothing stored or mailed (10 reports per client in 10 minutes).
    "POST /barrierefreiheit/barriere-melden": { url: "/barrierefreiheit/barriere-melden", body: { pageUrl: "/termine", description: "" }, expect: all(422) },
    "GET /barrierefreiheit/barriere-melden/danke": { url: "/barrierefreiheit/barriere-melden/danke", expect: all(200) },
    "GET /barrierefreiheit/meldungen": { url: "/barrierefreiheit/meldungen", expect: loggedIn(team, 200) },
    // Done stays done.
    "POST /barrierefreiheit/meldungen/:id/status": {
      url: `/barrierefreiheit/meldungen/${doneReport}/status`,
      body: { status: "done" },
      expect: loggedIn(team, 303),
    },
    "GET /datenschutz/auskunft": { url: "/datenschutz/auskunft?email=admin%40k360.example", expect: loggedIn(["admin"], 200) },
    "GET /datenschutz/auskunft/export": { url: "/datenschutz/auskunft/export?email=admin%40k360.example", expect: loggedIn(["admin"], 200) },
    // Without the confirmation nothing is erased.
    "POST /datenschutz/auskunft/loeschen": { url: "/datenschutz/auskunft/loeschen", body: { email: "admin@k360.example" }, expect: loggedIn(["admin"], 422) },
  };
}
