import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { memberRoles, roles, type Role } from "./platform/auth/roles.ts";
import { profileOf } from "./modules/municipalities/testing.ts";
import { listCheckIns } from "./modules/program/checkins/commands.ts";
import { publishReport, saveReport } from "./modules/exchange/testing.ts";
import { listSynonyms } from "./platform/search/thesaurus.ts";
import { listProposals } from "./modules/exchange/testing.ts";
import { allPersonas } from "./modules/exchange/testing.ts";
import { listAuthors } from "./modules/publishing/magazine/queries.ts";
import { listAllArticles, listRevisions } from "./modules/publishing/magazine/team-queries.ts";
import { moderationQueue } from "./modules/publishing/comments/queries.ts";
import { allIssues } from "./modules/publishing/newsletter/issues.ts";
import { findEpisodeBySlug, listSeasons } from "./modules/publishing/podcast/queries.ts";
import { findChapterBySlug, sectionsOf } from "./modules/publishing/guide/queries.ts";
import { listBarrierReports } from "./modules/publishing/pages/barriers.ts";
import { currentProgram, listEvents, listFormats } from "./modules/program/index.ts";
import { startTestApp, type TestApp } from "./testing.ts";

type Who = Role | "anonymous";
const everyone: Who[] = ["anonymous", ...roles];
const all = (status: number) => Object.fromEntries(everyone.map((w) => [w, status])) as Record<Who, number>;
const loggedIn = (allowed: Role[], ok: number) => ({ ...all(403), anonymous: 401, ...Object.fromEntries(allowed.map((r) => [r, ok])) }) as Record<Who, number>;
/** Bonn's members (leader, planningSpecialist) and the admin; staff belongs to Leipzig. */
const bonnEditors: Role[] = ["admin", "leader", "planningSpecialist"];
const bonnMembers: Role[] = ["leader", "planningSpecialist"];

interface Case {
  url: string;
  body?: Record<string, string>;
  expect: Record<Who, number>;
}

let site: TestApp;
let cases: Record<string, Case>;
before(async () => {
  site = await startTestApp();
  const project = (await profileOf(site.database, "05314")).projects[0].id;
  const profile = {
    description: "Text",
    youthOfficeName: "Jugendamt",
    youthOfficeAddress: "",
    youthOfficePhone: "",
    youthOfficeEmail: "",
    youthOfficeWebsite: "",
  };
  const bogus = "x".repeat(43);
  const program = (await currentProgram(site.database.db))!;
  const open = (await listEvents(site.database.db, program.id)).find((e) => e.audience === "public" && e.days[0].date > "2027-01-01")!;
  const team: Role[] = ["admin", "editor"];
  const members = { ...all(200), anonymous: 401 };
  const checkIn = (await listCheckIns(site.database.db, program.id))[0].id;
  const leadershipPath = (await listFormats(site.database.db, program.id)).find((f) => f.slug === "lernpfad-fuehrung")!.id;
  const bonn = (await profileOf(site.database, "05314")).id;
  const draft = {
    title: "Jugendforum im Rathaus",
    problem: "Junge Menschen kamen nicht vor.",
    approach: "Ein Forum zweimal im Jahr.",
    visibility: "public",
    topics: "beteiligung",
  };
  const saved = await saveReport(site.database.db, bonn, 1, null, draft, "submit");
  assert.ok(saved.ok);
  await publishReport(site.database.db, saved.id, "2026-11-01");
  const report = `/austausch/berichte/${saved.id}`;
  const synonyms = (await listSynonyms(site.database.db))[0].id;
  const proposals = await listProposals(site.database.db, program.id);
  const openProposal = proposals.find((p) => p.status === "open")!.id;
  const acceptedProposal = proposals.find((p) => p.status === "accepted")!.id;
  const personas = await allPersonas(site.database.db);
  const bonnPersona = personas.find((p) => p.municipalityId === bonn && p.shared)!.id;
  const unsharedPersona = personas.find((p) => !p.shared)!.id;
  // Publishing: the demo's articles, comments, issues, episodes, chapters and barrier reports.
  const articleList = await listAllArticles(site.database.db);
  const publishedArticle = articleList.find((a) => a.status === "published" && a.publishAt! <= new Date())!;
  const draftArticle = articleList.find((a) => a.status === "draft")!;
  // The newest revision: restoring it brings back what the article already says.
  const revision = (await listRevisions(site.database.db, publishedArticle.id))[0].id;
  const author = (await listAuthors(site.database.db))[0];
  const approvedComment = (await moderationQueue(site.database.db, "approved", 1)).entries[0];
  const removedComment = (await moderationQueue(site.database.db, "removed", 1)).entries[0].id;
  const spamComment = (await moderationQueue(site.database.db, "spam", 1)).entries[0];
  const issues = await allIssues(site.database.db);
  const sentIssue = issues.find((i) => i.status === "sent")!;
  const draftIssue = issues.find((i) => i.status === "draft")!;
  const season = (await listSeasons(site.database.db))[0].id;
  const episode = "jugendforum-das-nicht-nur-kulisse-ist";
  const draftEpisode = "kollegiale-beratung-unter-fuehrungskraeften";
  const episodeId = (await findEpisodeBySlug(site.database.db, episode))!.id;
  const chapter = (await findChapterBySlug(site.database.db, "haltung-und-rolle"))!;
  const section = (await sectionsOf(site.database.db, [chapter.id]))[0].id;
  const doneReport = (await listBarrierReports(site.database.db)).find((r) => r.status === "done")!.id;
  const bogusToken = "y".repeat(43);
  cases = {
    "GET /": { url: "/", expect: all(200) },
    "GET /fellow-programm": { url: "/fellow-programm", expect: all(200) },
    "GET /angebote": { url: "/angebote", expect: all(200) },
    "GET /wer-wir-sind": { url: "/wer-wir-sind", expect: all(200) },
    "GET /magazin": { url: "/magazin", expect: all(200) },
    "GET /kommunen": { url: "/kommunen?land=05", expect: all(200) },
    "GET /kommunen/:slug": { url: "/kommunen/05314-bonn", expect: all(200) },
    "GET /api/docs": { url: "/api/docs", expect: all(200) },
    "GET /api/openapi.json": { url: "/api/openapi.json", expect: all(200) },
    "GET /api/v1/municipalities": { url: "/api/v1/municipalities", expect: all(200) },
    "GET /api/v1/municipalities/:ags": { url: "/api/v1/municipalities/05314", expect: all(200) },
    "GET /api/v1/municipalities/:ags/change-projects": { url: "/api/v1/municipalities/05314/change-projects", expect: all(200) },
    "GET /api/v1/topics": { url: "/api/v1/topics", expect: all(200) },
    "GET /anmelden": { url: "/anmelden", expect: all(200) },
    "POST /anmelden": { url: "/anmelden", body: { email: "niemand@example.org", password: "falsch" }, expect: all(401) },
    "POST /anmelden/link": { url: "/anmelden/link", body: { email: "niemand@example.org" }, expect: all(303) },
    "GET /anmelden/link-gesendet": { url: "/anmelden/link-gesendet", expect: all(200) },
    "GET /anmelden/link/:token": { url: `/anmelden/link/${bogus}`, expect: all(410) },
    "POST /anmelden/link/:token": { url: `/anmelden/link/${bogus}`, body: {}, expect: all(410) },
    "GET /passwort-vergessen": { url: "/passwort-vergessen", expect: all(200) },
    "POST /passwort-vergessen": { url: "/passwort-vergessen", body: { email: "niemand@example.org" }, expect: all(303) },
    "GET /passwort-neu/:token": { url: `/passwort-neu/${bogus}`, expect: all(410) },
    "POST /passwort-neu/:token": { url: `/passwort-neu/${bogus}`, body: { password: "langes-passwort", confirm: "langes-passwort" }, expect: all(410) },
    "GET /admin/postausgang": { url: "/admin/postausgang", expect: loggedIn(["admin"], 200) },
    "GET /admin/postausgang/:id": { url: "/admin/postausgang/1700000000000-000000-00000000", expect: loggedIn(["admin"], 404) },
    "GET /kommunen/neu": { url: "/kommunen/neu", expect: loggedIn(["admin"], 200) },
    "POST /kommunen/neu": { url: "/kommunen/neu", body: { ags: "x", name: "", population: "", areaKm2: "" }, expect: loggedIn(["admin"], 422) },
    "GET /kommunen/:slug/bearbeiten": { url: "/kommunen/05314-bonn/bearbeiten", expect: loggedIn(bonnEditors, 200) },
    "POST /kommunen/:slug/bearbeiten": { url: "/kommunen/05314-bonn/bearbeiten", body: profile, expect: loggedIn(bonnEditors, 303) },
    "GET /kommunen/:slug/vorhaben/neu": { url: "/kommunen/05314-bonn/vorhaben/neu", expect: loggedIn(bonnEditors, 200) },
    "POST /kommunen/:slug/vorhaben/neu": { url: "/kommunen/05314-bonn/vorhaben/neu", body: { title: "" }, expect: loggedIn(bonnEditors, 422) },
    "GET /kommunen/:slug/vorhaben/:id/bearbeiten": { url: `/kommunen/05314-bonn/vorhaben/${project}/bearbeiten`, expect: loggedIn(bonnEditors, 200) },
    "POST /kommunen/:slug/vorhaben/:id/bearbeiten": {
      url: `/kommunen/05314-bonn/vorhaben/${project}/bearbeiten`,
      body: { title: "" },
      expect: loggedIn(bonnEditors, 422),
    },
    "POST /kommunen/:slug/vorhaben/:id/loeschen": { url: "/kommunen/05314-bonn/vorhaben/999999/loeschen", body: {}, expect: loggedIn(bonnEditors, 404) },
    "GET /kommunen/:slug/personen/neu": { url: "/kommunen/05314-bonn/personen/neu", expect: loggedIn(["admin"], 200) },
    "POST /kommunen/:slug/personen/neu": { url: "/kommunen/05314-bonn/personen/neu", body: { name: "" }, expect: loggedIn(["admin"], 422) },
    "GET /termine": { url: "/termine", expect: all(200) },
    "GET /termine.ics": { url: "/termine.ics", expect: all(200) },
    "GET /termine/:id": { url: `/termine/${open.id}`, expect: all(200) },
    "GET /termine/:id.ics": { url: `/termine/${open.id}.ics`, expect: all(200) },
    "POST /termine/:id/anmelden": { url: `/termine/${open.id}/anmelden`, body: { name: "Gast Beispiel", email: "gast@example.org" }, expect: all(303) },
    "POST /termine/:id/absagen": { url: `/termine/${open.id}/absagen`, body: {}, expect: { ...all(303), anonymous: 401 } },
    "POST /termine/:id/entschuldigen": { url: `/termine/${open.id}/entschuldigen`, body: {}, expect: { ...all(404), anonymous: 401 } },
    "GET /termine/:id/bestaetigen/:token": { url: `/termine/${open.id}/bestaetigen/${bogus}`, expect: all(410) },
    "POST /termine/:id/bestaetigen/:token": { url: `/termine/${open.id}/bestaetigen/${bogus}`, body: {}, expect: all(410) },
    "GET /mein-programm": { url: "/mein-programm", expect: members },
    "GET /programm": { url: "/programm", expect: loggedIn(team, 200) },
    "GET /programm/termine/neu": { url: "/programm/termine/neu", expect: loggedIn(team, 200) },
    "POST /programm/termine/neu": { url: "/programm/termine/neu", body: { title: "" }, expect: loggedIn(team, 422) },
    "GET /programm/termine/:id": { url: `/programm/termine/${open.id}`, expect: loggedIn(team, 200) },
    "GET /programm/termine/:id/bearbeiten": { url: `/programm/termine/${open.id}/bearbeiten`, expect: loggedIn(team, 200) },
    "POST /programm/termine/:id/bearbeiten": { url: `/programm/termine/${open.id}/bearbeiten`, body: { title: "" }, expect: loggedIn(team, 422) },
    "POST /programm/termine/:id/anwesenheit": {
      url: `/programm/termine/${open.id}/anwesenheit`,
      body: { dayId: String(open.days[0].id) },
      expect: loggedIn(team, 422),
    },
    "GET /programm/check-ins": { url: "/programm/check-ins", expect: loggedIn(team, 200) },
    "GET /programm/check-ins/neu": { url: "/programm/check-ins/neu", expect: loggedIn(team, 200) },
    "POST /programm/check-ins/neu": { url: "/programm/check-ins/neu", body: {}, expect: loggedIn(team, 422) },
    "GET /programm/check-ins/:id/bearbeiten": { url: `/programm/check-ins/${checkIn}/bearbeiten`, expect: loggedIn(team, 200) },
    "POST /programm/check-ins/:id/bearbeiten": { url: `/programm/check-ins/${checkIn}/bearbeiten`, body: {}, expect: loggedIn(team, 422) },
    "GET /mein-programm/bescheinigung/:formatId.pdf": {
      url: `/mein-programm/bescheinigung/${leadershipPath}.pdf`,
      expect: { ...all(404), anonymous: 401, leader: 200 },
    },
    "GET /lernpfade/:slug/bewerbung": { url: "/lernpfade/lernpfad-fuehrung/bewerbung", expect: all(200) },
    "POST /lernpfade/:slug/bewerbung": {
      url: "/lernpfade/lernpfad-fuehrung/bewerbung",
      body: { name: "Gast Beispiel", email: "gast@example.org" },
      expect: all(409),
    },
    "GET /programm/bewerbungen/:formatId": { url: `/programm/bewerbungen/${leadershipPath}`, expect: loggedIn(team, 200) },
    "POST /programm/bewerbungen/:formatId/:applicationId/override": {
      url: `/programm/bewerbungen/${leadershipPath}/999999/override`,
      body: { value: "include" },
      expect: loggedIn(team, 404),
    },
    "POST /programm/bewerbungen/:formatId/versenden": { url: `/programm/bewerbungen/${leadershipPath}/versenden`, body: {}, expect: loggedIn(team, 422) },
    "POST /mein-programm/kalender": { url: "/mein-programm/kalender", body: {}, expect: { ...all(303), anonymous: 401 } },
    "GET /kalender/:token.ics": { url: `/kalender/${bogus}.ics`, expect: all(404) },
    "GET /programm/tandems": { url: "/programm/tandems", expect: loggedIn(team, 200) },
    "POST /programm/tandems": { url: "/programm/tandems", body: { municipalityId: "", role: "", userId: "", fromDate: "" }, expect: loggedIn(team, 422) },
    "GET /programm/formate": { url: "/programm/formate", expect: loggedIn(team, 200) },
    "GET /programm/formate/:id/bearbeiten": { url: `/programm/formate/${leadershipPath}/bearbeiten`, expect: loggedIn(team, 200) },
    "POST /programm/formate/:id/bearbeiten": { url: `/programm/formate/${leadershipPath}/bearbeiten`, body: { title: "" }, expect: loggedIn(team, 422) },
    "POST /programm/termine/:id/bestaetigen": { url: "/programm/termine/999999/bestaetigen", body: {}, expect: loggedIn(team, 404) },
    "GET /termine/:id/unterlagen/:docId": { url: `/termine/${open.id}/unterlagen/999999`, expect: all(404) },
    "POST /programm/termine/:id/unterlagen": { url: `/programm/termine/${open.id}/unterlagen`, body: {}, expect: loggedIn(team, 422) },
    "POST /programm/termine/:id/unterlagen/:docId/loeschen": {
      url: `/programm/termine/${open.id}/unterlagen/999999/loeschen`,
      body: {},
      expect: loggedIn(team, 404),
    },
    "GET /austausch": { url: "/austausch", expect: all(200) },
    "GET /austausch/suche": { url: "/austausch/suche?q=Jugendforum", expect: all(200) },
    "GET /austausch/meine-berichte": { url: "/austausch/meine-berichte", expect: loggedIn([...memberRoles], 200) },
    "GET /austausch/berichte/neu": { url: "/austausch/berichte/neu", expect: loggedIn([...memberRoles], 200) },
    "POST /austausch/berichte/neu": { url: "/austausch/berichte/neu", body: { title: "" }, expect: loggedIn([...memberRoles], 422) },
    "GET /austausch/berichte/:id": { url: report, expect: all(200) },
    "GET /austausch/berichte/:id/bearbeiten": { url: `${report}/bearbeiten`, expect: loggedIn([...team, ...bonnMembers], 200) },
    "POST /austausch/berichte/:id/bearbeiten": { url: `${report}/bearbeiten`, body: { title: "" }, expect: loggedIn([...team, ...bonnMembers], 422) },
    "POST /austausch/berichte/:id/loeschen": { url: "/austausch/berichte/999999/loeschen", body: {}, expect: { ...all(404), anonymous: 401 } },
    "GET /austausch/pruefung": { url: "/austausch/pruefung", expect: loggedIn(team, 200) },
    "POST /austausch/berichte/:id/veroeffentlichen": { url: `${report}/veroeffentlichen`, body: {}, expect: loggedIn(team, 409) },
    "POST /austausch/berichte/:id/zurueckgeben": { url: `${report}/zurueckgeben`, body: { reviewNote: "" }, expect: loggedIn(team, 422) },
    "POST /austausch/berichte/:id/anhaenge": { url: `${report}/anhaenge`, body: {}, expect: loggedIn([...team, ...bonnMembers], 422) },
    "GET /austausch/berichte/:id/anhaenge/:fileId": { url: `${report}/anhaenge/999999`, expect: all(404) },
    "POST /austausch/berichte/:id/anhaenge/:fileId/loeschen": {
      url: `${report}/anhaenge/999999/loeschen`,
      body: {},
      expect: loggedIn([...team, ...bonnMembers], 404),
    },
    "GET /austausch/thesaurus": { url: "/austausch/thesaurus", expect: loggedIn(team, 200) },
    "POST /austausch/thesaurus": { url: "/austausch/thesaurus", body: { expressions: "nur eins" }, expect: loggedIn(team, 422) },
    "POST /austausch/thesaurus/:id": { url: `/austausch/thesaurus/${synonyms}`, body: { expressions: "nur eins" }, expect: loggedIn(team, 422) },
    "POST /austausch/thesaurus/:id/loeschen": { url: "/austausch/thesaurus/999999/loeschen", body: {}, expect: loggedIn(team, 404) },
    "GET /austausch/ag-themen": { url: "/austausch/ag-themen", expect: loggedIn(team, 200) },
    // The address the AG topics had until December 2026.
    "GET /programm/ag-themen": { url: "/programm/ag-themen", expect: all(301) },
    "GET /austausch/themenvorschlaege": { url: "/austausch/themenvorschlaege", expect: members },
    "GET /austausch/themenvorschlaege/neu": { url: "/austausch/themenvorschlaege/neu", expect: members },
    "POST /austausch/themenvorschlaege/neu": { url: "/austausch/themenvorschlaege/neu", body: {}, expect: { ...all(422), anonymous: 401 } },
    "GET /austausch/themenvorschlaege/:id": { url: `/austausch/themenvorschlaege/${openProposal}`, expect: members },
    "POST /austausch/themenvorschlaege/:id/unterstuetzen": {
      url: `/austausch/themenvorschlaege/${acceptedProposal}/unterstuetzen`,
      body: {},
      expect: { ...all(409), anonymous: 401 },
    },
    "POST /austausch/themenvorschlaege/:id/kommentare": {
      url: `/austausch/themenvorschlaege/${openProposal}/kommentare`,
      body: {},
      expect: { ...all(422), anonymous: 401 },
    },
    "POST /austausch/themenvorschlaege/:id/entscheidung": {
      url: `/austausch/themenvorschlaege/${openProposal}/entscheidung`,
      body: {},
      expect: loggedIn(team, 422),
    },
    "GET /austausch/personas": { url: "/austausch/personas", expect: members },
    "GET /austausch/personas/neu": { url: "/austausch/personas/neu", expect: members },
    "POST /austausch/personas/neu": { url: "/austausch/personas/neu", body: {}, expect: { ...all(422), anonymous: 401 } },
    "GET /austausch/personas/nebeneinander": { url: `/austausch/personas/nebeneinander?id=${bonnPersona}&id=${unsharedPersona}`, expect: members },
    "GET /austausch/personas/:id": { url: `/austausch/personas/${unsharedPersona}`, expect: loggedIn(team, 200) },
    "GET /austausch/personas/:id/bearbeiten": { url: `/austausch/personas/${bonnPersona}/bearbeiten`, expect: loggedIn([...team, ...bonnMembers], 200) },
    "POST /austausch/personas/:id/bearbeiten": {
      url: `/austausch/personas/${bonnPersona}/bearbeiten`,
      body: {},
      expect: loggedIn([...team, ...bonnMembers], 422),
    },
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
    // Last, because it ends the session the other cases use.
    "POST /abmelden": { url: "/abmelden", body: {}, expect: all(303) },
  };
});
after(() => site.close());

const isAsset = (url: string) => url.startsWith("/assets/");

test("every route has an expectation for every role", () => {
  const missing = site.app.routeList.filter((r) => !isAsset(r.url) && !cases[`${r.method} ${r.url}`]).map((r) => `${r.method} ${r.url}`);
  assert.deepEqual(missing, []);
});

// The only forms that post without our token: the newsletter box in every page's footer (kept
// pages too) and the one-click unsubscribe that mail programs send without any cookie.
const withoutToken = new Set(["POST /newsletter/anmelden", "POST /newsletter/abmelden/:token"]);

test("every other POST route refuses a form without its CSRF token (403); the two exempt ones answer as usual", async () => {
  const cookie = await site.sessionFor("admin");
  const page = await site.app.inject({ url: "/anmelden", headers: { cookie } });
  const secret = page.cookies.find((c) => c.name === "_csrf")!.value;
  const wrong: string[] = [];
  for (const [key, c] of Object.entries(cases).filter(([k]) => k.startsWith("POST "))) {
    const route = key.replace(/ \(.*\)$/, "");
    const res = await site.app.inject({
      method: "POST",
      url: c.url,
      remoteAddress: "10.3.3.3",
      headers: { cookie: withoutToken.has(route) ? "" : `${cookie}; _csrf=${secret}`, "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams(c.body ?? {}).toString(),
    });
    const expected = withoutToken.has(route) ? c.expect.anonymous : 403;
    if (res.statusCode !== expected) wrong.push(`${key}: ${res.statusCode}, erwartet ${expected}`);
  }
  assert.deepEqual(wrong, []);
});

for (const who of everyone) {
  test(`every route answers ${who} as expected`, async () => {
    const cookie = who === "anonymous" ? "" : await site.sessionFor(who);
    const wrong: string[] = [];
    for (const [key, c] of Object.entries(cases)) {
      const method = key.split(" ")[0];
      const res =
        method === "GET"
          ? await site.app.inject({ url: c.url, headers: cookie ? { cookie } : {} })
          : await site.submit("/anmelden", c.url, c.body ?? {}, cookie);
      if (res.statusCode !== c.expect[who]) wrong.push(`${key}: ${res.statusCode}, erwartet ${c.expect[who]}`);
    }
    assert.deepEqual(wrong, []);
  });
}
