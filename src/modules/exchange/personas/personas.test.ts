import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { htmlProblems } from "../../../platform/views/testing.ts";
import { exchangeSessions } from "../testing.ts";
import { personas } from "../tables.ts";
import { personaSeeds } from "../seed/personas.ts";
import { startTestApp, type TestApp } from "../../../testing.ts";

let site: TestApp;
let bonnLeader: string;
let bonnPlanner: string;
let leipzig: string;
let admin: string;
let outsider: string;
const list = "/austausch/personas";
const form = `${list}/neu`;

before(async () => {
  site = await startTestApp();
  ({ bonnLeader, bonnPlanner, leipzig, admin, outsider } = await exchangeSessions(site, {
    email: "planung.muenchen@test.example",
    name: "Max Außen",
    role: "planningSpecialist",
  }));
});
after(() => site.close());

const get = (url: string, cookie?: string) => site.app.inject({ url, headers: cookie ? { cookie } : {} });
const count = async () => (await site.database.db.select({ id: personas.id }).from(personas)).length;
const persona = (name: string, shared: boolean) => ({
  name,
  role: "Planungsfachkraft im Jugendamt",
  drives: "Will, dass die Planung bei den Kindern ankommt.",
  stumblingBlocks: "Daten liegen in fünf Ämtern.",
  whatWorks: "Kurze Wege zur Amtsleitung.",
  nextSteps: "Gespräch mit der Schulverwaltung.",
  ...(shared ? { shared: "ja" } : {}),
});

async function create(cookie: string, fields: Record<string, string>): Promise<number> {
  const res = await site.submit(form, form, fields, cookie);
  assert.equal(res.statusCode, 303, res.body);
  return Number(/personas\/(\d+)/.exec(res.headers.location as string)![1]);
}

test("a member creates a persona; missing name or role and markup are refused in German and nothing is stored", async () => {
  const before = await count();
  const empty = await site.submit(form, form, { name: "", role: "" }, bonnLeader);
  assert.equal(empty.statusCode, 422);
  assert.match(empty.body, /Name der Persona: Bitte füllen Sie dieses Feld aus/);
  assert.match(empty.body, /Rolle: Bitte füllen Sie dieses Feld aus/);
  const markup = await site.submit(form, form, { ...persona("Petra", true), drives: "<script>alert(1)</script>" }, bonnLeader);
  assert.equal(markup.statusCode, 422);
  assert.match(markup.body, /keinen HTML-Code/);
  const long = await site.submit(form, form, { ...persona("Petra", true), nextSteps: "x".repeat(2001) }, bonnLeader);
  assert.equal(long.statusCode, 422);
  assert.match(long.body, /höchstens 2\.000 Zeichen/);
  assert.equal(await count(), before);

  const id = await create(bonnLeader, persona("Petra, 52", true));
  const canvas = await get(`${list}/${id}`, bonnLeader);
  assert.equal(canvas.statusCode, 200);
  assert.match(canvas.body, /<h1 class="kern-heading-large">Petra, 52<\/h1>/);
  for (const quadrant of ["Was treibt sie/ihn an?", "Stolpersteine", "Was funktioniert", "Nächste Schritte"])
    assert.match(canvas.body, new RegExp(`<h2[^>]*>${quadrant.replace("?", "\\?")}</h2>`));
  assert.match(canvas.body, /Daten liegen in fünf Ämtern\./);
  assert.match(canvas.body, /Mit der Kohorte geteilt/);
});

test("a shared persona reaches the other cohort municipalities, an unshared one stays at home", async () => {
  const shared = await create(bonnLeader, persona("Geteilte Gerda", true));
  const own = await create(bonnLeader, persona("Heimliche Hanna", false));
  const leipzigList = (await get(list, leipzig)).body;
  assert.match(leipzigList, /Personas der Kohorte[\s\S]*Geteilte Gerda/);
  assert.doesNotMatch(leipzigList, /Heimliche Hanna/);
  assert.equal((await get(`${list}/${shared}`, leipzig)).statusCode, 200);
  assert.equal((await get(`${list}/${own}`, leipzig)).statusCode, 403);
  assert.equal((await get(`${list}/${own}`, bonnPlanner)).statusCode, 200, "the own municipality sees all its personas");
  assert.match((await get(list, bonnPlanner)).body, /Personas Ihrer Kommune[\s\S]*Heimliche Hanna/);
  assert.equal((await get(`${list}/${own}`, admin)).statusCode, 200, "the team sees every persona");

  const outsiderList = (await get(list, outsider)).body;
  assert.doesNotMatch(outsiderList, /Geteilte Gerda/);
  assert.equal((await get(`${list}/${shared}`, outsider)).statusCode, 403);
  assert.equal((await get(`${list}/${shared}`)).statusCode, 401);
  assert.equal((await get(list)).statusCode, 401);
  assert.equal((await get(`${list}/999999`, leipzig)).statusCode, 404);
});

test("only the own municipality and the team edit a persona", async () => {
  const id = await create(bonnLeader, persona("Bearbeitbare Berta", true));
  const edit = `${list}/${id}/bearbeiten`;
  assert.equal((await get(edit, leipzig)).statusCode, 403);
  assert.equal((await site.submit("/anmelden", edit, persona("Übernommen", true), leipzig)).statusCode, 403);
  assert.equal((await get(edit)).statusCode, 401);
  assert.equal((await site.submit(edit, edit, { ...persona("Berta", false), role: "Jugendamtsleitung" }, bonnPlanner)).statusCode, 303);
  const page = (await get(`${list}/${id}`, bonnPlanner)).body;
  assert.match(page, /Jugendamtsleitung/);
  assert.match(page, /Nur für die eigene Kommune/);
  assert.equal((await get(`${list}/${id}`, leipzig)).statusCode, 403, "no longer shared");
  assert.equal((await site.submit(edit, edit, persona("Berta", true), admin)).statusCode, 303);
});

test("a municipality outside the cohort may keep personas but not share them", async () => {
  const offer = (await get(form, outsider)).body;
  assert.doesNotMatch(offer, /name="shared"/);
  const refused = await site.submit(form, form, persona("Geteilt von außen", true), outsider);
  assert.equal(refused.statusCode, 422);
  assert.match(refused.body, /Nur Kommunen des laufenden Fellow-Programms können Personas mit der Kohorte teilen/);
  const id = await create(outsider, persona("Münchner Mona", false));
  assert.match((await get(list, outsider)).body, /Münchner Mona/);
  assert.equal((await get(`${list}/${id}`, leipzig)).statusCode, 403);
});

test("side by side shows only the chosen personas the reader may see, at most eight", async () => {
  const first = await create(bonnLeader, persona("Spalte Anna", true));
  const second = await create(leipzig, persona("Spalte Bernd", true));
  const hidden = await create(bonnLeader, persona("Versteckte Vera", false));
  const view = `${list}/nebeneinander`;
  const page = await get(`${view}?id=${first}&id=${second}&id=${hidden}&id=999999`, leipzig);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Spalte Anna[\s\S]*Spalte Bernd/);
  assert.doesNotMatch(page.body, /Versteckte Vera/);
  assert.match(page.body, /2 Personas werden nicht gezeigt/);
  assert.match(page.body, /kern-grid-cols-2-xl/);

  const none = await get(view, leipzig);
  assert.equal(none.statusCode, 200);
  assert.match(none.body, /Keine Persona ausgewählt/);

  const many: number[] = [];
  for (let index = 1; index <= 9; index++) many.push(await create(bonnPlanner, persona(`Viele ${index}`, true)));
  const crowded = (await get(`${view}?${many.map((i) => `id=${i}`).join("&")}`, leipzig)).body;
  assert.match(crowded, /Höchstens 8 Personas nebeneinander/);
  assert.match(crowded, /Viele 8/);
  assert.doesNotMatch(crowded, /Viele 9/);

  assert.equal((await get(`${view}?id=${first}`)).statusCode, 401);
  const outside = await get(`${view}?id=${first}`, outsider);
  assert.doesNotMatch(outside.body, /Spalte Anna/);
});

test("the list chooses personas with a plain GET form to the side-by-side view", async () => {
  const page = (await get(list, leipzig)).body;
  assert.match(page, /<form method="get" action="\/austausch\/personas\/nebeneinander"/);
  assert.match(page, /<input class="kern-form-check__checkbox" id="auswahl-\d+" name="id" value="\d+" type="checkbox"/);
  assert.match(page, /Nebeneinander zeigen/);
});

test("every page of the personas is valid HTML with one h1, also with errors", async () => {
  const first = await create(bonnLeader, persona("Valide Vanessa", true));
  const second = await create(leipzig, { ...persona("Leere Lena", true), drives: "", whatWorks: "" });
  const pages = [
    await get(list, bonnLeader),
    await get(list, admin),
    await get(list, outsider),
    await get(form, bonnLeader),
    await get(form, admin),
    await get(form, outsider),
    await get(`${list}/${first}`, leipzig),
    await get(`${list}/${second}/bearbeiten`, leipzig),
    await get(`${list}/nebeneinander?id=${first}&id=${second}`, bonnPlanner),
    await get(`${list}/nebeneinander`, bonnPlanner),
    await site.submit(form, form, { name: "", role: "<b>x</b>", shared: "ja" }, outsider),
    await site.submit(form, form, { name: "", role: "" }, admin),
  ];
  for (const page of pages) {
    const where = `${page.raw.req.method} ${page.raw.req.url}`;
    assert.ok([200, 422].includes(page.statusCode), where);
    assert.equal(page.body.match(/<h1[ >]/g)?.length, 1, where);
    assert.deepEqual(await htmlProblems(page.body), [], where);
  }
});

test("the demo personas are marked as examples and only the shared ones reach the cohort", async () => {
  const page = (await get(list, leipzig)).body;
  for (const seed of personaSeeds.filter((s) => s.ags !== "14713")) {
    if (seed.shared) assert.match(page, new RegExp(`>${seed.name}</a>`), seed.name);
    else assert.doesNotMatch(page, new RegExp(`>${seed.name}</a>`), seed.name);
  }
  assert.match(page, /Beispiel<\/span>/);
});
