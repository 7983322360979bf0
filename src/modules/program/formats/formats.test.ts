import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { currentProgram, listFormats } from "../queries/events.ts";
import { startTestApp, type TestApp } from "../../../testing.ts";

let site: TestApp;
let admin: string;
before(async () => {
  site = await startTestApp();
  admin = await site.sessionFor("admin");
});
after(() => site.close());

const ag = async () => (await listFormats(site.database.db, (await currentProgram(site.database.db))!.id)).find((f) => f.slug === "ag-treffen")!;

test("the team changes a rule and the obligations follow it", async () => {
  const format = await ag();
  const url = `/programm/formate/${format.id}/bearbeiten`;
  const leader = await site.sessionForEmail("leitung.hamburg@k360.example");
  assert.match((await site.app.inject({ url: "/mein-programm", headers: { cookie: leader } })).body, /\d von 2 besucht/);
  const bad = await site.submit(
    url,
    url,
    { title: "K360 AG-Treffen", obligee: "none", required: "3", freeSeats: "", applicationDeadline: "2026-13-01" },
    admin,
  );
  assert.equal(bad.statusCode, 422);
  assert.match(bad.body, /freiwilliges Format hat keine Pflichttermine/);
  assert.match(bad.body, /gültiges Datum/);
  assert.deepEqual((await ag()).rule, format.rule, "nothing changed");
  const ok = await site.submit(
    url,
    url,
    { title: "K360 AG-Treffen", description: format.description, obligee: "municipality", required: "3", freeSeats: "", applicationDeadline: "" },
    admin,
  );
  assert.equal(ok.statusCode, 303);
  assert.match((await site.app.inject({ url: "/mein-programm", headers: { cookie: leader } })).body, /\d von 3 besucht/);
});

test("each obligation states its rule and deadline, and the unscheduled Kommunal-Workshop is flagged with the time left", async () => {
  const leader = await site.sessionForEmail("leitung.hamburg@k360.example");
  const own = (await site.app.inject({ url: "/mein-programm", headers: { cookie: leader } })).body;
  const workshop = own.slice(own.indexOf("Kommunal-Workshop</th>"), own.indexOf("</tr>", own.indexOf("Kommunal-Workshop</th>")));
  assert.match(workshop, /0 von 1 besucht, noch kein Termin geplant/);
  assert.match(workshop, /Noch kein Termin geplant, obwohl er verpflichtend ist: bis zum Ende des Programms am 31\. Oktober 2027 bleiben \d+ Monate?\./);
  assert.match(workshop, /Das Tandem muss 1 Kommunal-Workshop vor Ort mit dem Team durchführen.* – bis zum Ende des Programms am 31\. Oktober 2027\./);
  assert.match(own, /Check-In<\/th><td[^>]*>Tandem<\/td><td[^>]*>\d von 5 besucht, \d weitere zu vereinbaren/, "check-ins are not counted as dates");
  const overview = (await site.app.inject({ url: "/programm", headers: { cookie: admin } })).body;
  assert.match(overview, /Regeln und Fristen/);
  assert.match(overview, /Noch kein Termin geplant, obwohl er verpflichtend ist/);
  const formats = (await site.app.inject({ url: "/programm/formate", headers: { cookie: admin } })).body;
  assert.match(formats, /Die Führungskraft muss 3 Module im Lernpfad Führung besuchen/);
});
