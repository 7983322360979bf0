import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import { htmlProblems } from "../../../platform/views/testing.ts";
import { roles, type Role } from "../../../platform/auth/roles.ts";
import { articles } from "../magazine/tables.ts";
import { eventChoices } from "./queries.ts";
import { todayInGermany } from "../../../platform/dates.ts";
import { deliveries, issues } from "./tables.ts";
import { seedNewsletterDemo } from "./seed.ts";
import { policies } from "./policies.ts";
import { readOutbox, startTestApp, type TestApp } from "../../../testing.ts";

let site: TestApp;
let editor: string;
let articleId: number;
let eventId: number;
let eventTitle: string;

before(async () => {
  site = await startTestApp();
  await seedNewsletterDemo(site.database.db);
  editor = await site.sessionFor("editor");
  const [article] = await site.database.db
    .insert(articles)
    .values({
      slug: "beispiel-planung-mit-daten",
      title: "Beispiel: Planung mit Daten",
      teaser: "Wie eine Kommune ihre Sozialraumdaten nutzt.",
      status: "published",
      publishAt: new Date(Date.now() - 86_400_000),
    })
    .returning({ id: articles.id });
  articleId = article.id;
  const [event] = await eventChoices(site.database.db, todayInGermany());
  eventId = event.id;
  eventTitle = event.title;
});
after(() => site.close());

const issueCount = async () => (await site.database.db.select({ id: issues.id }).from(issues)).length;
const fields = (more: Record<string, string | string[]> = {}) => ({
  number: "3-2026",
  title: "Herbstausgabe mit Planungsbeispielen",
  editorial: "Liebe Leserinnen und Leser,\n\n## Neues aus dem Netzwerk\n\nMehr im [Magazin](/magazin). <script>alert(1)</script>",
  artikel: [String(articleId)],
  termine: [String(eventId)],
  ...more,
});

test("visitors must log in and members may not enter the newsletter's editorial pages", async () => {
  const demo = (await site.database.db.select().from(issues).where(eq(issues.number, "2-2026")))[0];
  const pages = [
    "/newsletter/redaktion",
    "/newsletter/redaktion/neu",
    `/newsletter/redaktion/${demo.id}`,
    `/newsletter/redaktion/${demo.id}/vorschau`,
    `/newsletter/redaktion/${demo.id}/vorschau/email`,
  ];
  for (const url of pages) {
    assert.equal((await site.app.inject({ url })).statusCode, 401, url);
    for (const role of ["leader", "planningSpecialist", "staff"] as Role[]) {
      assert.equal((await site.app.inject({ url, headers: { cookie: await site.sessionFor(role) } })).statusCode, 403, `${role} ${url}`);
    }
    assert.equal((await site.app.inject({ url, headers: { cookie: await site.sessionFor("admin") } })).statusCode, 200, `admin ${url}`);
  }
  const leader = await site.sessionFor("leader");
  assert.equal((await site.submit("/newsletter", `/newsletter/redaktion/${demo.id}/senden`, {}, leader)).statusCode, 403);
  assert.equal((await site.submit("/newsletter", "/newsletter/redaktion/neu", fields({ number: "9-2026" }), leader)).statusCode, 403);
  assert.equal((await site.database.db.select().from(deliveries).where(eq(deliveries.issueId, demo.id))).length, 0, "nothing was queued");
  assert.equal((await site.app.inject({ url: "/newsletter/2-2026" })).statusCode, 404, "a draft has no web version");
});

test("the newsletter's policy: only the team (admin, editor) edits and sends it", () => {
  const as = (role: Role) => ({ id: 1, email: "x@example.org", name: "X", role, municipalityId: null });
  assert.deepEqual(
    roles.filter((role) => policies.editNewsletter(as(role))),
    ["admin", "editor"],
  );
  assert.equal(policies.editNewsletter(null), false);
});

test("bad input: German messages next to the fields, status 422, nothing stored", async () => {
  const before = await issueCount();
  const res = await site.submit(
    "/newsletter/redaktion/neu",
    "/newsletter/redaktion/neu",
    fields({ number: "2026-3", title: "<b>x</b>", editorial: "x".repeat(10_001), artikel: ["999999"], termine: ["abc"] }),
    editor,
  );
  assert.equal(res.statusCode, 422);
  assert.match(res.body, /id="number-error".*im Format „2-2026“/s);
  assert.match(res.body, /id="title-error".*keinen HTML-Code/s);
  assert.match(res.body, /id="editorial-error".*höchstens 10\.000 Zeichen/s);
  assert.match(res.body, /id="artikel-error".*veröffentlichte Beiträge/s);
  assert.match(res.body, /id="termine-error".*kommende Termine/s);
  const taken = await site.submit("/newsletter/redaktion/neu", "/newsletter/redaktion/neu", fields({ number: "1-2026" }), editor);
  assert.equal(taken.statusCode, 422);
  assert.match(taken.body, /Diese Nummer hat schon eine andere Ausgabe/);
  assert.equal(await issueCount(), before);
});

test("an editor composes an issue, previews it as web page and as e-mail, and sends a test mail", async () => {
  const res = await site.submit("/newsletter/redaktion/neu", "/newsletter/redaktion/neu", fields(), editor);
  assert.equal(res.statusCode, 303, res.body.slice(0, 300));
  const base = res.headers.location!.split("?")[0];
  const overview = await site.app.inject({ url: res.headers.location!, headers: { cookie: editor } });
  assert.match(overview.body, /Die Ausgabe ist gespeichert/);
  assert.match(overview.body, /Jetzt an alle senden/);

  const web = (await site.app.inject({ url: `${base}/vorschau`, headers: { cookie: editor } })).body;
  assert.match(web, /<h1 class="kern-heading-large">Herbstausgabe mit Planungsbeispielen<\/h1>/);
  assert.match(web, /<h2 class="kern-heading-medium">Neues aus dem Netzwerk<\/h2>/);
  assert.match(web, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/, "markup in the editorial shows as text");
  assert.match(web, /href="\/magazin\/beispiel-planung-mit-daten"/);
  assert.ok(web.includes(eventTitle.replace(/&/g, "&amp;")), "the chosen event is listed");

  const preview = await site.app.inject({ url: `${base}/vorschau/email`, headers: { cookie: editor } });
  assert.match(preview.body, /Newsletter Nr\. 3-2026: Herbstausgabe mit Planungsbeispielen/);
  assert.match(preview.body, /List-Unsubscribe-Post/);
  assert.match(preview.body, /AUS DEM MAGAZIN/);
  const html = await site.app.inject({ url: `${base}/vorschau/email.html`, headers: { cookie: editor } });
  assert.match(String(html.headers["content-security-policy"]), /default-src 'none'/);
  assert.match(html.body, /href="http:\/\/127\.0\.0\.1:3000\/magazin"/, "links in the mail carry the full address");
  assert.doesNotMatch(html.body, /<script>/);

  const test = await site.submit(base, `${base}/testmail`, { testEmail: "probe@example.org" }, editor);
  assert.equal(test.statusCode, 303);
  const [mail] = (await readOutbox(site.outboxDir)).filter((m) => m.to === "probe@example.org");
  assert.equal(mail.subject, "[Test] Newsletter Nr. 3-2026: Herbstausgabe mit Planungsbeispielen");
  assert.match(mail.html!, /Planung mit Daten/);
  assert.match(mail.head, /^List-Unsubscribe: <http:\/\/127\.0\.0\.1:3000\/newsletter\/abmelden\/testmail>/m);
  assert.match(mail.head, /^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);
  const bad = await site.submit(base, `${base}/testmail`, { testEmail: "keine adresse" }, editor);
  assert.equal(bad.statusCode, 422);
  assert.match(bad.body, /id="testEmail-error".*gültige E-Mail-Adresse/s);

  const edited = await site.submit(
    `${base}/bearbeiten`,
    `${base}/bearbeiten`,
    fields({ title: "Herbstausgabe, überarbeitet", artikel: [], termine: [] }),
    editor,
  );
  assert.equal(edited.statusCode, 303);
  const [saved] = await site.database.db.select().from(issues).where(eq(issues.number, "3-2026"));
  assert.equal(saved.title, "Herbstausgabe, überarbeitet");
  assert.deepEqual(saved.articleIds, []);
});

/** What `run` returns, and the text of every statement it sent to the database (both drivers' clients have `query`). */
async function statementsDuring<T>(run: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const db: unknown = site.database.db;
  const client = (db as { $client: { query: (...args: unknown[]) => Promise<unknown> } }).$client;
  const original = client.query;
  const seen: string[] = [];
  client.query = function (this: unknown, ...args: unknown[]) {
    seen.push(typeof args[0] === "string" ? args[0] : String((args[0] as { text?: string }).text));
    return original.apply(this, args);
  };
  try {
    return { result: await run(), statements: seen };
  } finally {
    client.query = original;
  }
}
const touching = ({ statements }: { statements: string[] }, table: string) => statements.filter((s) => s.includes(table)).length;

test("the issue form reads its choices once per request; the overview reads only what the issue's state needs", async () => {
  const page = await site.app.inject({ url: "/newsletter/redaktion/neu", headers: { cookie: editor } });
  const body = new URLSearchParams({
    _csrf: /name="_csrf" value="([^"]+)"/.exec(page.body)![1],
    number: "x",
    title: "Ausgabe mit Fehler",
    artikel: String(articleId),
  });
  const cookie = `${editor}; _csrf=${page.cookies.find((c) => c.name === "_csrf")!.value}`;
  const save = await statementsDuring(() =>
    site.app.inject({
      method: "POST",
      url: "/newsletter/redaktion/neu",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      payload: body.toString(),
    }),
  );
  assert.equal(save.result.statusCode, 422);
  assert.match(save.result.body, /Beispiel: Planung mit Daten/, "the form offers the articles again");
  assert.equal(touching(save, "publishing_articles"), 1, "the check and the form share one reading of the articles");

  const [draft] = await site.database.db.select().from(issues).where(eq(issues.number, "2-2026"));
  const [sent] = await site.database.db.select().from(issues).where(eq(issues.number, "1-2026"));
  const draftOverview = await statementsDuring(() => site.app.inject({ url: `/newsletter/redaktion/${draft.id}`, headers: { cookie: editor } }));
  assert.equal(touching(draftOverview, "newsletter_deliveries"), 0, "a draft has no deliveries to count");
  assert.equal(touching(draftOverview, "newsletter_subscribers"), 1);
  const sentOverview = await statementsDuring(() => site.app.inject({ url: `/newsletter/redaktion/${sent.id}`, headers: { cookie: editor } }));
  assert.equal(touching(sentOverview, "newsletter_subscribers"), 0, "a sent issue needs no count of today's subscribers");
  assert.ok(touching(sentOverview, "newsletter_deliveries") > 0);
});

test("every newsletter page is valid, accessible HTML (html-validate)", async () => {
  const [draft] = await site.database.db.select().from(issues).where(eq(issues.number, "2-2026"));
  const [sent] = await site.database.db.select().from(issues).where(eq(issues.number, "1-2026"));
  const pages = ["/newsletter", "/newsletter?stand=angemeldet", "/newsletter/1-2026", "/newsletter/bestaetigen/unbekannt", "/newsletter/abmelden/unbekannt"];
  const team = [
    "/newsletter/redaktion",
    "/newsletter/redaktion/neu",
    ...[draft.id, sent.id].map((id) => `/newsletter/redaktion/${id}`),
    ...["bearbeiten", "vorschau", "vorschau/email"].map((p) => `/newsletter/redaktion/${draft.id}/${p}`),
  ];
  const bodies = await Promise.all([
    ...pages.map((url) => site.app.inject({ url })),
    ...team.map((url) => site.app.inject({ url, headers: { cookie: editor } })),
  ]);
  const invalid = await site.submit("/newsletter/redaktion/neu", "/newsletter/redaktion/neu", fields({ number: "x" }), editor);
  for (const [index, res] of [...bodies, invalid].entries()) {
    assert.deepEqual(await htmlProblems(res.body), [], [...pages, ...team, "422"][index]);
  }
});
