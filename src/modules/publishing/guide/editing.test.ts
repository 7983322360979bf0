import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { count, eq } from "drizzle-orm";
import { htmlProblems } from "../../../platform/views/testing.ts";
import { guideFixture } from "./testing.ts";
import { findChapterBySlug, sectionsOf } from "./queries.ts";
import { guideChapters, guideSections } from "./tables.ts";
import { startTestApp, type TestApp } from "../../../testing.ts";

let site: TestApp;
let admin: string;
let editor: string;
const get = (url: string, cookie = "") => site.app.inject({ url, headers: cookie ? { cookie } : {} });
const chapterCount = async () => (await site.database.db.select({ n: count() }).from(guideChapters))[0].n;
const chapterIdFrom = (location: unknown) => Number(/kapitel\/(\d+)/.exec(String(location))![1]);

before(async () => {
  site = await startTestApp();
  await guideFixture(site.database.db);
  [admin, editor] = await Promise.all([site.sessionFor("admin"), site.sessionFor("editor")]);
});
after(() => site.close());

test("members may not edit the guide (403), visitors must sign in (401)", async () => {
  const chapter = (await findChapterBySlug(site.database.db, "politik-gewinnen"))!;
  const [section] = await sectionsOf(site.database.db, [chapter.id]);
  for (const role of ["leader", "planningSpecialist", "staff"] as const) {
    const cookie = await site.sessionFor(role);
    for (const url of [
      "/change-guide/redaktion",
      "/change-guide/redaktion/kapitel/neu",
      `/change-guide/redaktion/kapitel/${chapter.id}`,
      `/change-guide/redaktion/abschnitte/${section.id}`,
    ]) {
      assert.equal((await get(url, cookie)).statusCode, 403, `${role} ${url}`);
    }
    const post = await site.submit("/change-guide", `/change-guide/redaktion/abschnitte/${section.id}/loeschen`, {}, cookie);
    assert.equal(post.statusCode, 403);
  }
  assert.equal((await get("/change-guide/redaktion")).statusCode, 401);
  const anonymous = await site.submit("/anmelden", "/change-guide/redaktion/kapitel/neu", {
    title: "Ohne Anmeldung",
    level: "kommunal",
    topics: "beteiligung",
  });
  assert.equal(anonymous.statusCode, 401);
  assert.ok(
    (await sectionsOf(site.database.db, [chapter.id])).some((s) => s.id === section.id),
    "nothing deleted",
  );
});

test("an editor creates a chapter with sections, orders them, and readers find it at once", async () => {
  assert.deepEqual(await htmlProblems((await get("/change-guide/redaktion", editor)).body), []);
  const created = await site.submit(
    "/change-guide/redaktion/kapitel/neu",
    "/change-guide/redaktion/kapitel/neu",
    { title: "Netzwerke im Quartier", level: "kommunal", intro: "Wie Netzwerke **tragen**.", topics: ["sozialraumorientierung", "praeventionsketten"] },
    editor,
  );
  assert.equal(created.statusCode, 303);
  const id = chapterIdFrom(created.headers.location);
  const form = `/change-guide/redaktion/kapitel/${id}`;
  for (const [kind, title, body] of [
    ["methode", "Netzwerkkarte zeichnen", "Zeichnen Sie alle Partner im Quartier auf eine Karte: Kitas, Schulen, Vereine, Ärztinnen."],
    ["reflexionsfrage", "Fragen zum Netzwerk", "Wer fehlt am Tisch?\nWer lädt ein?"],
  ]) {
    const res = await site.submit(`${form}/abschnitte/neu`, `${form}/abschnitte/neu`, { kind, title, body, position: "" }, editor);
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
  }
  const page = await get("/change-guide/netzwerke-im-quartier");
  assert.match(page.body, /Netzwerkkarte zeichnen[\s\S]*Fragen zum Netzwerk/);
  assert.match(page.body, /<li>Wer fehlt am Tisch\?<\/li><li>Wer lädt ein\?<\/li>/);
  assert.match((await get(`/change-guide/suche?q=${encodeURIComponent("Partner im Quartier kartieren")}`)).body, /Netzwerkkarte zeichnen/);
  const formPage = await get(form, editor);
  assert.deepEqual(await htmlProblems(formPage.body), []);
  const [first, second] = await sectionsOf(site.database.db, [id]);
  const reordered = await site.submit(form, `${form}/reihenfolge`, { [`position-${first.id}`]: "2", [`position-${second.id}`]: "1" }, editor);
  assert.equal(reordered.statusCode, 303);
  assert.match((await get("/change-guide/netzwerke-im-quartier")).body, /Fragen zum Netzwerk[\s\S]*Netzwerkkarte zeichnen/);
  const renamed = await site.submit(
    form,
    form,
    { title: "Netzwerke im Sozialraum", level: "kommunal", position: "9", intro: "", topics: "sozialraumorientierung" },
    editor,
  );
  assert.equal(renamed.statusCode, 303);
  assert.match((await get("/change-guide/netzwerke-im-quartier")).body, /<h1[^>]*>Netzwerke im Sozialraum<\/h1>/, "the address stays");
  const removed = await site.submit(
    `/change-guide/redaktion/abschnitte/${first.id}`,
    `/change-guide/redaktion/abschnitte/${first.id}/loeschen`,
    { bestaetigung: "ja" },
    editor,
  );
  assert.equal(removed.statusCode, 303);
  assert.doesNotMatch(
    (await get(`/change-guide/suche?q=${encodeURIComponent("Netzwerkkarte")}`)).body,
    /Netzwerkkarte zeichnen/,
    "a deleted section is no longer found",
  );
  const refused = await site.submit(form, `${form}/loeschen`, {}, admin);
  assert.equal(refused.statusCode, 422);
  assert.match(refused.body, /Bitte bestätigen Sie/);
  const deleted = await site.submit(form, `${form}/loeschen`, { bestaetigung: "ja" }, admin);
  assert.equal(deleted.statusCode, 303);
  assert.equal((await get("/change-guide/netzwerke-im-quartier")).statusCode, 404);
});

test("bad input gets German messages next to the fields and stores nothing", async () => {
  const before = await chapterCount();
  const bad = await site.submit(
    "/change-guide/redaktion/kapitel/neu",
    "/change-guide/redaktion/kapitel/neu",
    { title: "<script>alert(1)</script>", level: "galaxie", position: "abc", intro: "x".repeat(3001), topics: ["gibt-es-nicht"] },
    editor,
  );
  assert.equal(bad.statusCode, 422);
  assert.match(bad.body, /id="title-error".*keinen HTML-Code/s);
  assert.match(bad.body, /id="level-error".*Bitte wählen Sie eine Ebene/s);
  assert.match(bad.body, /id="position-error".*ganze Zahl von 1 bis 999/s);
  assert.match(bad.body, /id="intro-error".*höchstens 3\.000 Zeichen/s);
  assert.match(bad.body, /id="topics-error".*nur Themen aus der Liste/s);
  assert.doesNotMatch(bad.body, /<script>alert/);
  assert.deepEqual(await htmlProblems(bad.body), []);
  const none = await site.submit("/change-guide/redaktion/kapitel/neu", "/change-guide/redaktion/kapitel/neu", { title: "", level: "kommunal" }, editor);
  assert.match(none.body, /mindestens 3 Zeichen/);
  assert.match(none.body, /mindestens ein Thema/);
  assert.equal(await chapterCount(), before);

  const chapter = (await findChapterBySlug(site.database.db, "selbstfuehrung"))!;
  const sectionsBefore = await sectionsOf(site.database.db, [chapter.id]);
  const form = `/change-guide/redaktion/kapitel/${chapter.id}`;
  const badSection = await site.submit(`${form}/abschnitte/neu`, `${form}/abschnitte/neu`, { kind: "roman", title: "ab", body: "", position: "1000" }, editor);
  assert.equal(badSection.statusCode, 422);
  assert.match(badSection.body, /id="kind-error".*Art des Abschnitts/s);
  assert.match(badSection.body, /id="body-error".*Inhalt des Abschnitts/s);
  assert.match(badSection.body, /id="position-error"/);
  const badOrder = await site.submit(form, `${form}/reihenfolge`, { [`position-${sectionsBefore[0].id}`]: "-1" }, editor);
  assert.equal(badOrder.statusCode, 422);
  assert.match(badOrder.body, new RegExp(`id="position-${sectionsBefore[0].id}-error"`));
  assert.deepEqual(await sectionsOf(site.database.db, [chapter.id]), sectionsBefore);
  assert.equal((await get("/change-guide/redaktion/kapitel/999999", editor)).statusCode, 404);
});

test("markup typed into the text of a section is shown as text, links only to safe addresses", async () => {
  const chapter = (await findChapterBySlug(site.database.db, "organisationskultur"))!;
  const form = `/change-guide/redaktion/kapitel/${chapter.id}`;
  const body =
    '<script>alert("x")</script> <img src="https://example.org/x.png" onerror="alert(1)"> [Klick](javascript:alert(1)) ![Bild](https://example.org/b.png) [Seite](https://example.org/)';
  const res = await site.submit(`${form}/abschnitte/neu`, `${form}/abschnitte/neu`, { kind: "praxistipp", title: "Vorsicht mit Markup", body }, editor);
  assert.equal(res.statusCode, 303);
  const page = (await get("/change-guide/organisationskultur")).body;
  assert.match(page, /&lt;script&gt;alert/);
  assert.doesNotMatch(page, /<script>alert|<img|href="javascript:|onerror="/);
  assert.match(page, /<a href="https:\/\/example.org\/" class="kern-link">Seite<\/a>/);
  const [stored] = await site.database.db.select().from(guideSections).where(eq(guideSections.title, "Vorsicht mit Markup"));
  assert.equal(stored.body, body);
});

test("a section is deleted only once the box is ticked", async () => {
  const chapter = (await findChapterBySlug(site.database.db, "umgang-mit-widerstand"))!;
  const [section] = await sectionsOf(site.database.db, [chapter.id]);
  const form = `/change-guide/redaktion/abschnitte/${section.id}`;
  assert.match((await get(form, editor)).body, /id="bestaetigung"/);
  const refused = await site.submit(form, `${form}/loeschen`, {}, editor);
  assert.equal(refused.statusCode, 422);
  assert.match(refused.body, /id="bestaetigung-error"[\s\S]*Bitte bestätigen Sie, dass der Abschnitt gelöscht werden soll/);
  assert.deepEqual(await htmlProblems(refused.body), []);
  assert.ok(
    (await sectionsOf(site.database.db, [chapter.id])).some((s) => s.id === section.id),
    "nothing deleted",
  );
  const deleted = await site.submit(form, `${form}/loeschen`, { bestaetigung: "ja" }, editor);
  assert.equal(deleted.statusCode, 303);
  assert.ok(!(await sectionsOf(site.database.db, [chapter.id])).some((s) => s.id === section.id), "deleted");
});

test("an id that names no row, malformed or beyond the database's integers, answers 404 on every editor route", async () => {
  for (const bad of ["abc", "0", "-1", "1.5", "99999999999"]) {
    for (const url of [
      `/change-guide/redaktion/kapitel/${bad}`,
      `/change-guide/redaktion/kapitel/${bad}/abschnitte/neu`,
      `/change-guide/redaktion/abschnitte/${bad}`,
    ]) {
      const res = await get(url, editor);
      assert.equal(res.statusCode, 404, `GET ${url}`);
      assert.match(res.body, /wurde nicht gefunden/, `GET ${url}`);
    }
    for (const action of ["", "/loeschen", "/reihenfolge", "/abschnitte/neu"]
      .map((path) => `/change-guide/redaktion/kapitel/${bad}${path}`)
      .concat(["", "/loeschen"].map((path) => `/change-guide/redaktion/abschnitte/${bad}${path}`))) {
      const res = await site.submit("/change-guide/redaktion/kapitel/neu", action, { title: "Neu", bestaetigung: "ja" }, editor);
      assert.equal(res.statusCode, 404, `POST ${action}`);
      assert.match(res.body, /wurde nicht gefunden/, `POST ${action}`);
    }
  }
});
