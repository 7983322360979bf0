import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import { htmlProblems } from "../../../platform/views/testing.ts";
import { episodes, seasons } from "../podcast/tables.ts";
import { guideFixture } from "./testing.ts";
import { startTestApp, type TestApp } from "../../../testing.ts";

let site: TestApp;
const get = (url: string, cookie = "") => site.app.inject({ url, headers: cookie ? { cookie } : {} });

before(async () => {
  site = await startTestApp();
  await guideFixture(site.database.db);
});
after(() => site.close());

test("the overview shows the three levels with their chapters, and every page is valid HTML", async () => {
  const res = await get("/change-guide");
  assert.equal(res.statusCode, 200);
  for (const text of [
    "Individuelle Ebene",
    "Ebene der Organisation",
    "Kommunale Ebene",
    "Haltung und Rolle klären",
    "Kooperation über Ressorts hinweg",
    "Politik gewinnen",
  ])
    assert.ok(res.body.includes(text), text);
  assert.doesNotMatch(res.body, /Change-Guide bearbeiten/, "only the team sees the way to edit");
  for (const url of [
    "/change-guide",
    "/change-guide?ebene=organisation&art=methode",
    "/change-guide/umgang-mit-widerstand",
    "/change-guide/suche?q=Widerstand",
    "/change-guide/suche?q=",
  ]) {
    assert.deepEqual(await htmlProblems((await get(url)).body), [], url);
  }
});

test("filters by level and kind list the matching sections across chapters", async () => {
  const res = await get("/change-guide?ebene=organisation&art=methode");
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /3 Abschnitte: Methoden auf der Ebene der Organisation/);
  for (const title of ["Kulturgeschichten sammeln", "Gemeinsames Zielbild in drei Schritten", "Kollegiale Beratung in sechs Schritten"])
    assert.ok(res.body.includes(title), title);
  assert.doesNotMatch(res.body, /Rollenlandkarte|Stadtteilerkundung|Eisbergmodell/);
  assert.match(res.body, /href="\/change-guide\/organisationskultur#abschnitt-\d+"/);
  const questions = await get("/change-guide?art=reflexionsfrage");
  assert.match(questions.body, /9 Abschnitte: Reflexionsfragen/);
  const unknown = await get("/change-guide?ebene=gibt-es-nicht&art=%3Cscript%3E");
  assert.equal(unknown.statusCode, 200);
  assert.match(unknown.body, /Haltung und Rolle klären/, "unknown filters are ignored");
});

test("a chapter shows its sections with their kind, the questions as a list, and related reports, trainings and episodes", async () => {
  const res = await get("/change-guide/junge-menschen-beteiligen");
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /<h1[^>]*>Junge Menschen beteiligen<\/h1>/);
  for (const label of ["Methode", "Modell", "Praxistipp", "Reflexionsfrage"])
    assert.match(res.body, new RegExp(`<span class="kern-label">${label}</span>`), label);
  assert.match(res.body, /<ul class="kern-list kern-list--bullet k360-questions"><li>Auf welcher Stufe der Beteiligung stehen unsere Formate wirklich\?<\/li>/);
  assert.match(res.body, /<strong>Information<\/strong>/, "Markdown is rendered");
  assert.match(res.body, /href="\/austausch\/berichte\/\d+"/, "a practice report on participation");
  assert.match(res.body, /href="\/fellow-programm">Kommunal-Workshop/);
  assert.match(res.body, /href="\/podcast\/testfolge-beteiligung">Testfolge: Jugendforen auf dem Land/);
  assert.doesNotMatch(res.body, /Unveröffentlichte Folge/);
  assert.match(res.body, /href="\/change-guide\/junge-menschen-beteiligen\.pdf"/);
  const leadership = await get("/change-guide/fuehrung-im-wandel");
  assert.match(leadership.body, /Lernpfad Führung/);
  assert.doesNotMatch(leadership.body, /href="\/fellow-programm">Lernpfad Change/);
  assert.equal((await get("/change-guide/gibt-es-nicht")).statusCode, 404);
});

test("the search finds a section from words that are not in it as typed", async () => {
  const res = await get(`/change-guide/suche?q=${encodeURIComponent("Jugendliche erkunden ihr Dorf")}`);
  assert.equal(res.statusCode, 200);
  const first = /<h3 class="kern-heading-small" id="treffer-\d+"><a class="kern-link" href="([^"]+)">([^<]+)</.exec(res.body);
  assert.equal(first?.[2], "Stadtteilerkundung mit Jugendlichen");
  assert.match(first![1], /^\/change-guide\/junge-menschen-beteiligen#abschnitt-\d+$/);
  assert.match(res.body, /<mark>/);
  const culture = await get(`/change-guide/suche?q=${encodeURIComponent("Fehlerkultur")}`);
  assert.match(culture.body, /Fehler besprechbar machen/);
  const empty = await get("/change-guide/suche?q=");
  assert.equal(empty.statusCode, 422);
  assert.match(empty.body, /id="q-error".*Bitte geben Sie ein oder mehrere Suchwörter ein/s);
  for (const query of ["<script>alert(1)</script>", "'); drop table guide_sections; --", "a & b | !c:*", "Widerstand ".repeat(1500)]) {
    const odd = await get(`/change-guide/suche?q=${encodeURIComponent(query)}`);
    assert.equal(odd.statusCode, 200, query.slice(0, 20));
    assert.doesNotMatch(odd.body, /<script>alert/);
  }
});

test("a chapter and the whole guide come as tagged PDF in German with a title", async () => {
  const chapter = await get("/change-guide/umgang-mit-widerstand.pdf");
  assert.equal(chapter.statusCode, 200);
  assert.equal(chapter.headers["content-type"], "application/pdf");
  const whole = await get("/change-guide.pdf");
  for (const pdf of [chapter.rawPayload.toString("latin1"), whole.rawPayload.toString("latin1")]) {
    assert.ok(pdf.startsWith("%PDF-1.7"));
    assert.match(pdf, /\/StructTreeRoot \d+ 0 R/);
    assert.match(pdf, /\/Lang \(de-DE\)/);
    assert.match(pdf, /\/Marked true/);
    assert.match(pdf, /\/DisplayDocTitle true/);
    assert.ok(pdf.trimEnd().endsWith("%%EOF"));
    for (const type of ["Document", "Sect", "H1", "H2", "P", "L", "LI", "Lbl", "LBody"]) assert.match(pdf, new RegExp(`/S /${type}\\b`), type);
  }
  const pages = (pdf: string) => pdf.match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
  assert.ok(pages(whole.rawPayload.toString("latin1")) >= 10, "every chapter starts on a new page");
  assert.equal((await get("/change-guide/gibt-es-nicht.pdf")).statusCode, 404);
});

test("an episode published without its audio is not linked: the podcast itself answers it with 404", async () => {
  const [season] = await site.database.db.select({ id: seasons.id }).from(seasons).where(eq(seasons.slug, "teststaffel-guide"));
  await site.database.db.insert(episodes).values({
    seasonId: season.id,
    number: 3,
    slug: "testfolge-ohne-audio",
    title: "Folge ohne Audiodatei",
    topics: ["beteiligung"],
    publishedAt: new Date(Date.now() - 30_000),
  });
  assert.equal((await get("/podcast/testfolge-ohne-audio")).statusCode, 404);
  const res = await get("/change-guide/junge-menschen-beteiligen");
  assert.match(res.body, /href="\/podcast\/testfolge-beteiligung"/);
  assert.doesNotMatch(res.body, /testfolge-ohne-audio|Folge ohne Audiodatei/);
});
