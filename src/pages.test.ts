import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { htmlProblems } from "./platform/views/testing.ts";
import { publishingPages, type PublishingPages } from "./modules/publishing/testing.ts";
import { startTestApp, type TestApp } from "./testing.ts";

let site: TestApp;
/** The publishing module's pages, with the demo's ids. */
let publishing: PublishingPages;
before(async () => {
  site = await startTestApp();
  publishing = await publishingPages(site.database);
});
after(() => site.close());

const pages = [
  "/",
  "/fellow-programm",
  "/angebote",
  "/wer-wir-sind",
  "/magazin",
  "/kommunen",
  "/kommunen?land=99&seite=0",
  "/kommunen?q=Lepzig",
  "/kommunen/05314-bonn",
  "/kommunen/05758012-herford",
  "/kommunen/05758-kreis-herford",
  "/kommunen/99999-nirgendwo",
  "/anmelden",
  "/anmelden/link-gesendet",
  "/passwort-vergessen",
  "/api/docs",
  "/termine",
  "/termine/11",
  "/lernpfade/lernpfad-fuehrung/bewerbung",
  "/austausch",
  "/austausch/suche?q=Kinderarmut%20im%20l%C3%A4ndlichen%20Raum",
  "/austausch/suche?q=Jugendhilfeplnung&misserfolge=ja",
  "/austausch/suche?thema=beteiligung&seite=2",
  "/austausch/suche?q=",
  "/austausch/berichte/1",
  "/zugang-beantragen?kommune=05966",
  "/zugang-beantragen/gesendet",
];
const adminPages = [
  "/kommunen/05314-bonn/bearbeiten",
  "/kommunen/05314-bonn/vorhaben/neu",
  "/kommunen/neu",
  "/kommunen/05314-bonn/personen/neu",
  "/admin/postausgang",
  "/programm",
  "/programm/termine/neu",
  "/programm/termine/8",
  "/programm/termine/8/bearbeiten",
  "/programm/check-ins",
  "/programm/check-ins/neu",
  "/mein-programm",
  "/termine/1",
  "/programm/bewerbungen/3",
  "/programm/tandems",
  "/programm/formate",
  "/programm/formate/5/bearbeiten",
  "/austausch/pruefung",
  "/austausch/thesaurus",
  "/austausch/berichte/1/bearbeiten",
  "/austausch/ag-themen",
  "/admin/zugangsanfragen",
  "/kommunen/05314-bonn/mitglieder",
];
const memberPages = ["/austausch/berichte/neu", "/austausch/meine-berichte"];

async function problems(url: string, cookie = ""): Promise<string[]> {
  const res = await site.app.inject({ url, headers: cookie ? { cookie } : {} });
  assert.ok(res.statusCode < 500, `${url}: ${res.statusCode}`);
  return (await htmlProblems(res.body)).map((p) => `${url} ${p}`);
}

test("every public page is valid, accessible HTML", async () => {
  const found = (await Promise.all([...pages, ...publishing.public].map((p) => problems(p)))).flat();
  assert.deepEqual(found, []);
});

test("every form page of a logged-in admin is valid, accessible HTML", async () => {
  const cookie = await site.sessionFor("admin");
  const found = (await Promise.all([...adminPages, ...publishing.team].map((p) => problems(p, cookie)))).flat();
  assert.deepEqual(found, []);
});

test("the exchange pages of a municipality member are valid, accessible HTML", async () => {
  const cookie = await site.sessionFor("leader");
  const found = (await Promise.all(memberPages.map((p) => problems(p, cookie)))).flat();
  assert.deepEqual(found, []);
});

test("a form that came back with errors is valid HTML too", async () => {
  const cookie = await site.sessionFor("admin");
  const res = await site.submit(
    "/kommunen/05314-bonn/vorhaben/neu",
    "/kommunen/05314-bonn/vorhaben/neu",
    { title: "", phase: "x", startsOn: "2026-13-01", m0_due: "kaputt" },
    cookie,
  );
  assert.equal(res.statusCode, 422);
  assert.deepEqual(await htmlProblems(res.body), []);
});

test("the publishing forms that came back with errors are valid HTML too", async () => {
  const cookie = await site.sessionFor("admin");
  const tooLong = "x".repeat(20_001);
  const forms: [string, string, Record<string, string>, string][] = [
    [
      publishing.commentedArticle,
      `${publishing.commentedArticle}/kommentare`,
      { commentName: "", commentEmail: "kaputt", commentBody: tooLong, commentParent: "999999" },
      "",
    ],
    // The sign-up needs no CSRF token (it is exempt); any form page gives one.
    ["/anmelden", "/newsletter/anmelden", { email: "kaputt" }, ""],
    ["/barrierefreiheit/barriere-melden", "/barrierefreiheit/barriere-melden", { pageUrl: "/termine", description: "", email: "kaputt" }, ""],
    ["/magazin/redaktion/neu", "/magazin/redaktion/neu", { title: "", publishDate: "2026-13-01", aktion: "veroeffentlichen" }, cookie],
    ["/magazin/redaktion/autorinnen/neu", "/magazin/redaktion/autorinnen/neu", { name: "" }, cookie],
    ["/newsletter/redaktion/neu", "/newsletter/redaktion/neu", { number: "kaputt", title: "" }, cookie],
    ["/podcast/redaktion/staffeln/neu", "/podcast/redaktion/staffeln/neu", { number: "x", title: "" }, cookie],
    ["/podcast/redaktion/folgen/neu", "/podcast/redaktion/folgen/neu", { title: "", chapters: "kaputt" }, cookie],
    ["/change-guide/redaktion/kapitel/neu", "/change-guide/redaktion/kapitel/neu", { title: "", position: "x" }, cookie],
    ["/datenschutz/auskunft", "/datenschutz/auskunft/loeschen", { email: "admin@k360.example" }, cookie],
    ["/zugang-beantragen", "/zugang-beantragen", { name: "", role: "staff", email: "kaputt", municipality: "999999", note: "" }, ""],
    ["/kommunen/05314-bonn/mitglieder", "/kommunen/05314-bonn/mitglieder/einladen", { name: "", email: "kaputt", role: "staff" }, cookie],
  ];
  const found: string[] = [];
  for (const [page, action, fields, session] of forms) {
    const res = await site.submit(page, action, fields, session);
    assert.equal(res.statusCode, 422, `${action}: ${res.statusCode}`);
    found.push(...(await htmlProblems(res.body)).map((p) => `${action} ${p}`));
  }
  assert.deepEqual(found, []);
});

test("pages are sent with a strict Content-Security-Policy and no inline script", async () => {
  const res = await site.app.inject({ url: "/kommunen/05314-bonn" });
  const csp = String(res.headers["content-security-policy"]);
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'self'(;|$)/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.doesNotMatch(res.body, /<script(?![^>]*\bsrc=)/);
  assert.equal(res.headers["x-content-type-options"], "nosniff");
});

test("the stylesheet is fingerprinted, precompressed and cached for a year", async () => {
  const home = await site.app.inject({ url: "/" });
  const href = /<link rel="stylesheet" href="([^"]+)"/.exec(home.body)![1];
  assert.match(href, /^\/assets\/[0-9a-f]{12}\/k360\.css$/);
  const css = await site.app.inject({ url: href, headers: { "accept-encoding": "br, gzip" } });
  assert.equal(css.statusCode, 200);
  assert.equal(css.headers["content-encoding"], "br");
  assert.match(String(css.headers["cache-control"]), /max-age=31536000, immutable/);
  assert.ok(css.rawPayload.length < 60 * 1024, `${css.rawPayload.length} bytes`);
  const font = /url\("?(\/assets\/fonts\/[^)"]+\.woff2)"?\)/.exec((await site.app.inject({ url: href })).body);
  assert.ok(font, "fonts are served by the platform itself");
  assert.equal((await site.app.inject({ url: font[1] })).statusCode, 200);
});
