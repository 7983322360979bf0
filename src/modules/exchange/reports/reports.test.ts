import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { reportsOfMunicipality } from "./queries.ts";
import { findMunicipality } from "../../municipalities/index.ts";
import { startTestApp, type TestApp } from "../../../testing.ts";

let site: TestApp;
let leader: string;
let staff: string;
let admin: string;
let bonn: number;

const fields = (title: string, visibility = "public", more: Record<string, string | string[]> = {}) => ({
  title,
  problem: "Familien mit wenig Geld kamen nie zu unseren Beteiligungsabenden im Rathaus.",
  context: "Kreisfreie Stadt, rund 330.000 Menschen.",
  approach: "Wir sind mit einem Lastenrad voller Spiele in die Wohngebiete gefahren und haben dort zugehört.",
  worked: "Viele Eltern sprachen uns beim Einkaufen an.",
  notWorked: "Die Online-Umfrage danach füllte kaum jemand aus.",
  transfer: "Übertragbar, wenn die Straßensozialarbeit mitmacht.",
  topics: ["beteiligung", "kinderarmut"],
  visibility,
  aktion: "einreichen",
  ...more,
});

async function write(title: string, visibility = "public", more: Record<string, string | string[]> = {}) {
  const res = await site.submit("/austausch/berichte/neu", "/austausch/berichte/neu", fields(title, visibility, more), leader);
  assert.equal(res.statusCode, 303, res.body.slice(0, 400));
  return Number(/\/austausch\/berichte\/(\d+)/.exec(res.headers.location as string)![1]);
}

async function publish(id: number) {
  const res = await site.submit(`/austausch/berichte/${id}`, `/austausch/berichte/${id}/veroeffentlichen`, {}, admin);
  assert.equal(res.statusCode, 303);
}

const finds = async (q: string, cookie = "") =>
  (await site.app.inject({ url: `/austausch/suche?q=${encodeURIComponent(q)}`, headers: cookie ? { cookie } : {} })).body;

before(async () => {
  site = await startTestApp();
  [leader, staff, admin] = await Promise.all([site.sessionFor("leader"), site.sessionFor("staff"), site.sessionFor("admin")]);
  bonn = (await findMunicipality(site.database.db, "05314"))!.id;
});
after(() => site.close());

test("a member writes a report, the team publishes it, a visitor finds it with other words", async () => {
  const id = await write("Mit dem Lastenrad zu den Familien");
  assert.doesNotMatch(await finds("Lastenrad Wohngebiete"), /Mit dem Lastenrad zu den Familien/, "not findable before review");
  const queue = await site.app.inject({ url: "/austausch/pruefung", headers: { cookie: admin } });
  assert.match(queue.body, /Mit dem Lastenrad zu den Familien/);
  await publish(id);
  const page = await finds("Eltern in Armut erreichen wir mit Beteiligung nicht");
  assert.match(page, /Mit dem Lastenrad zu den Familien/);
  assert.match(page, /<mark>/);
  const report = await site.app.inject({ url: `/austausch/berichte/${id}` });
  assert.match(report.body, /Was nicht funktioniert hat/);
  assert.match(report.body, /Online-Umfrage/);
});

test("the team returns a report with a note; the municipality sees it and the report is not findable", async () => {
  const id = await write("Zweiter Versuch mit Sprechstunden im Stadtteil");
  const empty = await site.submit(`/austausch/berichte/${id}`, `/austausch/berichte/${id}/zurueckgeben`, { reviewNote: "" }, admin);
  assert.equal(empty.statusCode, 422);
  assert.match(empty.body, /Bitte schreiben Sie der Kommune, was sie ändern soll/);
  const returned = await site.submit(
    `/austausch/berichte/${id}`,
    `/austausch/berichte/${id}/zurueckgeben`,
    { reviewNote: "Bitte ergänzen Sie, was übertragbar ist." },
    admin,
  );
  assert.equal(returned.statusCode, 303);
  const mine = await site.app.inject({ url: "/austausch/meine-berichte", headers: { cookie: leader } });
  assert.match(mine.body, /Bitte ergänzen Sie, was übertragbar ist/);
  assert.equal((await site.app.inject({ url: `/austausch/berichte/${id}` })).statusCode, 404);
});

test("bad input gets German messages next to the fields and nothing is stored", async () => {
  const before = (await reportsOfMunicipality(site.database.db, bonn)).length;
  const res = await site.submit(
    "/austausch/berichte/neu",
    "/austausch/berichte/neu",
    fields("<script>alert(1)</script>", "geheim", { problem: "x".repeat(3001), contactEmail: "keine-adresse", topics: ["gibt-es-nicht"] }),
    leader,
  );
  assert.equal(res.statusCode, 422);
  assert.match(res.body, /id="title-error"/);
  assert.match(res.body, /id="problem-error".*höchstens 3\.000 Zeichen/s);
  assert.match(res.body, /id="contactEmail-error".*gültige E-Mail-Adresse/s);
  assert.match(res.body, /id="visibility-error"/);
  assert.match(res.body, /id="topics-error"/);
  assert.doesNotMatch(res.body, /<script>alert/);
  const submitEmpty = await site.submit(
    "/austausch/berichte/neu",
    "/austausch/berichte/neu",
    { title: "Nur ein Titel", visibility: "public", aktion: "einreichen" },
    leader,
  );
  assert.equal(submitEmpty.statusCode, 422);
  assert.match(submitEmpty.body, /Bitte beschreiben Sie das Problem/);
  assert.equal((await reportsOfMunicipality(site.database.db, bonn)).length, before);
  const draft = await site.submit(
    "/austausch/berichte/neu",
    "/austausch/berichte/neu",
    { title: "Nur ein Titel", visibility: "public", aktion: "entwurf" },
    leader,
  );
  assert.equal(draft.statusCode, 303, "a draft needs only its title");
});

test("a report for the network, the cohort or the own municipality reaches only its readers, in search as on its page", async () => {
  const network = await write("Netzwerkbericht Ferienpass Kooperationsrunde", "network");
  const own = await write("Interner Bericht Ferienpass Haushaltsloch", "municipality");
  await publish(network);
  await publish(own);
  assert.equal((await site.app.inject({ url: `/austausch/berichte/${network}` })).statusCode, 401);
  assert.doesNotMatch(await finds("Ferienpass"), /Netzwerkbericht|Interner Bericht/);
  const forStaff = await finds("Ferienpass", staff);
  assert.match(forStaff, /Netzwerkbericht Ferienpass/);
  assert.doesNotMatch(forStaff, /Interner Bericht|Haushaltsloch/);
  assert.equal((await site.app.inject({ url: `/austausch/berichte/${own}`, headers: { cookie: staff } })).statusCode, 403);
  assert.match(await finds("Ferienpass", leader), /Interner Bericht Ferienpass/);
  assert.match(await finds("Ferienpass", admin), /Interner Bericht Ferienpass/);
});

test("another municipality may neither change nor delete a report", async () => {
  const id = await write("Bericht nur für Bonn zu ändern");
  assert.equal((await site.app.inject({ url: `/austausch/berichte/${id}/bearbeiten`, headers: { cookie: staff } })).statusCode, 403);
  const del = await site.submit("/austausch/meine-berichte", `/austausch/berichte/${id}/loeschen`, {}, staff);
  assert.equal(del.statusCode, 403);
  assert.ok((await reportsOfMunicipality(site.database.db, bonn)).some((r) => r.id === id));
});

test("the problem finder answers nonsense, markup and very long text sensibly", async () => {
  for (const query of ["", "'); drop table exchange_reports; --", "a & b | !c:*", "<script>alert(1)</script>", "Armut ".repeat(2000)]) {
    const res = await site.app.inject({ url: `/austausch/suche?q=${encodeURIComponent(query)}` });
    assert.equal(res.statusCode, 200, query.slice(0, 30));
    assert.doesNotMatch(res.body, /<script>alert/);
  }
  assert.match((await site.app.inject({ url: "/austausch/suche?q=" })).body, /Bitte beschreiben Sie Ihr Problem/);
  assert.match((await site.app.inject({ url: `/austausch/suche?q=${"Armut ".repeat(2000)}` })).body, /ersten 1\.000 Zeichen/);
});

const upload = (reportId: number, fileName: string, content: Buffer, cookie = leader) =>
  site.upload(`/austausch/berichte/${reportId}`, `/austausch/berichte/${reportId}/anhaenge`, fileName, content, cookie);

test("attachments: a real PDF is kept and readers download it; a fake or foreign file is refused in German", async () => {
  const id = await write("Bericht mit Konzeptpapier");
  const pdf = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(500, 32)]);
  assert.equal((await upload(id, "Konzept.pdf", pdf)).statusCode, 303);
  const fake = await upload(id, "Foto.png", Buffer.from("<script>alert(1)</script>"));
  assert.equal(fake.statusCode, 422);
  assert.match(fake.body, /id="datei-error".*keine echte PNG-Datei/s);
  const foreign = await upload(id, "Tabelle.xlsx", Buffer.from("PK\u0003\u0004"));
  assert.match(foreign.body, /Bitte laden Sie eine PDF-, PNG- oder JPEG-Datei hoch/);
  assert.equal((await upload(id, "Konzept.pdf", pdf, staff)).statusCode, 403);
  await publish(id);
  const page = await site.app.inject({ url: `/austausch/berichte/${id}` });
  const href = /href="(\/austausch\/berichte\/\d+\/anhaenge\/\d+)"/.exec(page.body)![1];
  const file = await site.app.inject({ url: href });
  assert.equal(file.statusCode, 200);
  assert.deepEqual(file.rawPayload, pdf);
  assert.equal((page.body.match(/\/anhaenge\/\d+"/g) ?? []).length, 1, "only the real PDF was stored");
});
