import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { startTestApp, type TestApp } from "../../testing.ts";

let site: TestApp;
before(async () => {
  site = await startTestApp();
});
after(() => site.close());

const get = (url: string) => site.app.inject({ method: "GET", url });
const rowNames = (html: string) =>
  [...html.matchAll(/<th class="kern-table__header" scope="row"><a class="kern-link" href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]);

test("the directory lists all 401 Kreise and kreisfreie Städte plus kreisangehörige Städte", async () => {
  const res = await get("/kommunen");
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /406 Kommunen gefunden – Seite 1 von 17/);
  const api = await get("/api/v1/municipalities?typ=kreisangehoerige_stadt");
  assert.equal(api.json().total, 5);
});

test("filters by Bundesland, type, size and Fellow, and keeps the filters in the URL of every page", async () => {
  const res = await get("/kommunen?land=05&typ=kreisfreie_stadt&groesse=ab-500000&sortierung=einwohner-absteigend");
  assert.equal(res.statusCode, 200);
  assert.deepEqual(rowNames(res.body), ["Köln", "Düsseldorf", "Dortmund", "Essen"]);
  const fellows = await get("/kommunen?fellow=ja");
  assert.deepEqual(rowNames(fellows.body).sort(), [
    "Bonn",
    "Frankfurt am Main",
    "Halle (Saale)",
    "Hamburg",
    "Herford",
    "Kreis Olpe",
    "Landkreis Rostock",
    "Leipzig",
    "Salzlandkreis",
  ]);
  const page2 = await get("/kommunen?land=09");
  assert.match(page2.body, /href="\/kommunen\?land=09&amp;seite=2"/);
});

test("filters by topic, including the topics of a municipality's change projects", async () => {
  const res = await get("/kommunen?thema=kinderarmut");
  const names = rowNames(res.body);
  assert.ok(names.includes("Halle (Saale)"), names.join());
  assert.ok(!names.includes("Bielefeld"));
});

test("the name search folds umlauts and tells the two Frankfurts apart", async () => {
  assert.deepEqual(rowNames((await get("/kommunen?q=Muenchen")).body), ["Landkreis München", "München"]);
  assert.deepEqual(rowNames((await get("/kommunen?q=Frankfurt%20(Oder)")).body), ["Frankfurt (Oder)"]);
  assert.deepEqual(rowNames((await get("/kommunen?q=frankfurt%20main")).body), ["Frankfurt am Main"]);
  assert.deepEqual(rowNames((await get("/kommunen?q=Giessen")).body), ["Landkreis Gießen"]);
  assert.deepEqual(rowNames((await get("/kommunen?q=goettingen")).body), ["Göttingen", "Landkreis Göttingen"]);
});

test("a typo finds nothing but suggests the intended name", async () => {
  const res = await get("/kommunen?q=Lepzig");
  assert.match(res.body, /0 Kommunen gefunden/);
  assert.match(res.body, /Meinten Sie vielleicht/);
  assert.match(res.body, /href="\/kommunen\/14713-leipzig"/);
});

test("bad filter values get a German message next to the field and status 400, never 500", async () => {
  const res = await get("/kommunen?land=99&seite=abc&q=" + "x".repeat(101));
  assert.equal(res.statusCode, 400);
  assert.match(res.body, /id="land-error"/);
  assert.match(res.body, /Bitte wählen Sie einen der angebotenen Werte/);
  assert.match(res.body, /Seitenzahl: Bitte geben Sie eine Zahl ein/);
  assert.match(res.body, /höchstens 100 Zeichen/);
  const script = await get("/kommunen?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
  assert.equal(script.statusCode, 200);
  assert.ok(!script.body.includes("<script>alert(1)"));
  const api = await get("/api/v1/municipalities?groesse=riesig");
  assert.equal(api.statusCode, 400);
  assert.match(api.json().message, /ungültige Angaben/);
});
