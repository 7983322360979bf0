import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import { htmlProblems } from "../../../platform/views/testing.ts";
import { seedPodcastDemo } from "./seed.ts";
import { episodes } from "./tables.ts";
import { startTestApp, type TestApp } from "../../../testing.ts";

let site: TestApp;
let admin: string;
let editor: string;
let leader: string;
let staff: string;
const draft = "/podcast/kollegiale-beratung-unter-fuehrungskraeften";
const published = "/podcast/jugendforum-das-nicht-nur-kulisse-ist";

async function page(url: string, cookie = "") {
  return site.app.inject({ url, headers: cookie ? { cookie } : {} });
}

before(async () => {
  site = await startTestApp();
  await seedPodcastDemo(site.database.db);
  [admin, editor, leader, staff] = await Promise.all([
    site.sessionFor("admin"),
    site.sessionFor("editor"),
    site.sessionFor("leader"),
    site.sessionFor("staff"),
  ]);
});
after(() => site.close());

test("the podcast page lists the seasons newest first, with the feed address, and no draft", async () => {
  const res = await page("/podcast");
  assert.equal(res.statusCode, 200);
  const html = res.body;
  assert.match(html, /<h1[^>]*>Rebellion im Aktenschrank<\/h1>/);
  assert.ok(html.indexOf("Staffel 3: Kooperative Führung") < html.indexOf("Staffel 2: Die kooperative Kommune"));
  assert.ok(html.indexOf("Staffel 2: Die kooperative Kommune") < html.indexOf("Staffel 1: Beteiligung junger Menschen"));
  assert.ok(html.indexOf("Beteiligung auf dem Land") < html.indexOf("Wer fragt hier eigentlich wen?"), "newest episode first");
  assert.match(html, /href="http:\/\/[^"]+\/podcast\/feed\.xml"/);
  assert.match(html, /Folge 1 · 18\. März 2025 · 9 Sek\./);
  assert.doesNotMatch(html, /Kollegiale Beratung unter Führungskräften/);
  assert.deepEqual(await htmlProblems(html), [], "/podcast");
});

test("an episode page has the player, a download, its length, guests with their municipality, chapters and transcript", async () => {
  const res = await page(published);
  assert.equal(res.statusCode, 200);
  const html = res.body;
  assert.match(
    html,
    /<audio controls preload="metadata" aria-label="Folge „Wer fragt hier eigentlich wen\?[^"]*“ abspielen"><source src="\/podcast\/jugendforum-das-nicht-nur-kulisse-ist\/audio" type="audio\/mpeg"\/?>/,
  );
  assert.match(
    html,
    /<a class="kern-link" href="\/podcast\/jugendforum-das-nicht-nur-kulisse-ist\/audio" download="jugendforum-das-nicht-nur-kulisse-ist\.mp3">Folge herunterladen \(MP3, \d+ KB\)<\/a>/,
  );
  assert.match(html, /9 Sek\./);
  assert.match(html, /<strong>Lena Brandauer<\/strong>, Jugendhilfeplanerin, <a class="kern-link" href="\/kommunen\/05314-bonn">Bonn<\/a>/);
  assert.match(html, /<time datetime="PT675S">00:11:15<\/time> Was der Jugendhilfeausschuss mit den Vorschlägen macht/);
  assert.match(html, /<details class="kern-accordion">[\s\S]*Das „Nein“ war übrigens gar nicht das Schlimme/);
  assert.match(html, /Themen: Beteiligung junger Menschen · Kinder- und Jugendförderplan/);
  assert.doesNotMatch(html, /bearbeiten/, "no editor link for listeners");
  assert.deepEqual(await htmlProblems(html), [], published);
});

test("a draft is hidden from the public and from members (404), the team sees it", async () => {
  for (const suffix of ["", "/audio", "/chapters.json", "/transcript.txt"]) {
    assert.equal((await page(draft + suffix)).statusCode, 404, `anonymous ${suffix}`);
    assert.equal((await page(draft + suffix, leader)).statusCode, 404, `leader ${suffix}`);
    assert.equal((await page(draft + suffix, editor)).statusCode, 200, `editor ${suffix}`);
  }
  const teamView = await page(draft, admin);
  assert.match(teamView.body, /Stand: Entwurf/);
  assert.match(teamView.body, /Folge „Kollegiale Beratung unter Führungskräften“ bearbeiten/);
  assert.equal((await page(`${draft}/audio`, admin)).headers["cache-control"], "private, no-store");
  const later = await page("/podcast/gibt-es-nicht");
  assert.equal(later.statusCode, 404);
  assert.match(later.body, /Die Folge wurde nicht gefunden/);
});

test("a planned episode appears on its day, not before", async () => {
  const db = site.database.db;
  const [row] = await db.select({ id: episodes.id }).from(episodes).where(eq(episodes.slug, "beteiligung-auf-dem-land"));
  await db
    .update(episodes)
    .set({ publishedAt: new Date(Date.now() + 86_400_000) })
    .where(eq(episodes.id, row.id));
  assert.equal((await page("/podcast/beteiligung-auf-dem-land")).statusCode, 404);
  assert.doesNotMatch((await page("/podcast")).body, /Beteiligung auf dem Land/);
  assert.match((await page("/podcast/redaktion", editor)).body, /Geplant für den/);
  await db
    .update(episodes)
    .set({ publishedAt: new Date("2025-05-12T22:00:00Z") })
    .where(eq(episodes.id, row.id));
});

test("the editors' pages are for the team: 401 without login, 403 for members", async () => {
  const [{ id }] = await site.database.db.select({ id: episodes.id }).from(episodes).limit(1);
  for (const url of [
    "/podcast/redaktion",
    "/podcast/redaktion/staffeln/neu",
    "/podcast/redaktion/staffeln/1/bearbeiten",
    "/podcast/redaktion/folgen/neu",
    `/podcast/redaktion/folgen/${id}/bearbeiten`,
  ]) {
    assert.equal((await page(url)).statusCode, 401, url);
    assert.equal((await page(url, leader)).statusCode, 403, url);
    assert.equal((await page(url, staff)).statusCode, 403, url);
    const ok = await page(url, editor);
    assert.equal(ok.statusCode, 200, url);
    assert.deepEqual(await htmlProblems(ok.body), [], url);
  }
  const post = await site.submit("/podcast", `/podcast/redaktion/folgen/${id}/loeschen`, {}, leader);
  assert.equal(post.statusCode, 403);
  assert.ok((await site.database.db.select().from(episodes).where(eq(episodes.id, id))).length === 1);
});

test("the editors' forms answer an empty POST: 422 with messages for the team, 403 for members, 401 without login", async () => {
  const [{ id }] = await site.database.db.select({ id: episodes.id }).from(episodes).limit(1);
  const forms = [
    "/podcast/redaktion/staffeln/neu",
    "/podcast/redaktion/staffeln/1/bearbeiten",
    "/podcast/redaktion/folgen/neu",
    `/podcast/redaktion/folgen/${id}/bearbeiten`,
    `/podcast/redaktion/folgen/${id}/audio`,
  ];
  const expected: [string, number][] = [
    ["", 401],
    [leader, 403],
    [staff, 403],
    [admin, 422],
    [editor, 422],
  ];
  for (const url of forms) {
    for (const [cookie, status] of expected) assert.equal((await site.submit("/anmelden", url, {}, cookie)).statusCode, status, `${url} ${status}`);
  }
  assert.equal((await site.submit("/anmelden", "/podcast/redaktion/folgen/999999/loeschen", {}, editor)).statusCode, 404);
});
