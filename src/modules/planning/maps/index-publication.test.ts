// test-database: pglite (the SQL these pages use is covered on PostgreSQL by the analysis, values, maps and areas tests)
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import { startTestApp, type TestApp } from "../../../testing.ts";
import { profileOf } from "../../municipalities/testing.ts";
import { planningPublications } from "../tables.ts";

let site: TestApp;
let specialist: string;
let bonnId: number;
before(async () => {
  site = await startTestApp();
  specialist = await site.sessionFor("planningSpecialist");
  bonnId = (await profileOf(site.database, "05314")).id;
});
after(() => site.close());

const base = "/kommunen/05314-bonn/planung";
const analysis = "indikator=sgb2_u15&indikator=hze_u21&zeitraum=2024&vergleich=2023&klassifizierung=quantile&klassen=4";
const get = (url: string, cookie?: string) => site.app.inject({ url, headers: cookie ? { cookie } : {} });
const publications = async () => site.database.db.select().from(planningPublications).where(eq(planningPublications.municipalityId, bonnId));

test("the analysis of the demo town shows the index as a map beside its ranking, with a form to publish it", async () => {
  const page = await get(`${base}/analyse?${analysis}`, specialist);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<title id="index-titel">Index 2024: Bonn<\/title>/);
  assert.match(page.body, /Klasse 4 \(höchster Bedarf\): über/);
  assert.match(page.body, /Diesen Index als Karte veröffentlichen/);
  // Schlotterbrück's small areas are not in the index: grey on the map.
  assert.match(page.body, />nicht im Index<\/text>/);
});

test("a published index is public with index, rank and class, but no indicator value; a bad analysis is refused", async () => {
  const refused = await site.submit(
    `${base}/analyse?${analysis}`,
    `${base}/veroeffentlichungen/analyse`,
    { title: "Bedarf 2024", description: "", analysis: "zeitraum=2024" },
    specialist,
  );
  assert.equal(refused.statusCode, 422);
  assert.match(refused.body, /Der Index wurde nicht veröffentlicht/);
  assert.equal((await publications()).length, 0);

  const done = await site.submit(
    `${base}/analyse?${analysis}`,
    `${base}/veroeffentlichungen/analyse`,
    { title: "Bedarf 2024", description: "Aus zwei Indikatoren.", analysis },
    specialist,
  );
  assert.equal(done.statusCode, 303);
  const [row] = await publications();
  assert.equal((row!.settings as { kind: string }).kind, "index");
  const address = `/kommunen/05314-bonn/karten/${row!.id}`;
  assert.match((await get("/kommunen/05314-bonn")).body, new RegExp(`href="${address}">Bedarf 2024</a>`));
  const map = await get(address);
  assert.equal(map.statusCode, 200);
  assert.match(map.body, /<caption class="kern-title">Index 2024 je Planungsraum<\/caption>/);
  assert.match(map.body, /Gewerbegebiet Hafen/);
  assert.match(map.body, /nicht im Index/);
  assert.doesNotMatch(map.body, /Kinder unter 15 Jahren in Bedarfsgemeinschaften|%<\/td>/, "no indicator values on the public page");
  const list = await get(`${base}/veroeffentlichungen`, specialist);
  assert.match(list.body, /Index aus .*; 2024/);
});
