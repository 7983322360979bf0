import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { inflateRawSync } from "node:zlib";
import { currentProgram, listEvents, listFormats } from "./queries/events.ts";
import { startTestApp, type TestApp } from "../../testing.ts";

let site: TestApp;
let admin: string;
let programId: number;
before(async () => {
  site = await startTestApp();
  admin = await site.sessionFor("admin");
  programId = (await currentProgram(site.database.db))!.id;
});
after(() => site.close());

const outbox = () => site.sentMails();

/** A public event with a visitor (confirmed), a member and an unconfirmed visitor. */
async function eventWithRegistrants(title: string) {
  const formatId = String((await listFormats(site.database.db, programId)).find((f) => f.slug === "kommune-gestaltet")!.id);
  await site.submit(
    "/programm/termine/neu",
    "/programm/termine/neu",
    { title, formatId, audience: "public", despiteHolidays: "ja", d0_date: "2099-07-01" },
    admin,
  );
  const event = (await listEvents(site.database.db, programId)).find((e) => e.title === title)!;
  const url = `/termine/${event.id}`;
  await site.submit(url, `${url}/anmelden`, { name: 'Jörg Gäst; "Träger"', email: "joerg.export@traeger.example" });
  const mail = (await outbox()).filter((m) => m.to === "joerg.export@traeger.example").at(-1)!;
  const confirm = /http:\/\/[^/]+(\/termine\/\d+\/bestaetigen\/[A-Za-z0-9_-]+)/.exec(mail.text)![1];
  await site.submit(confirm, confirm, {});
  await site.submit(url, `${url}/anmelden`, {}, await site.sessionForEmail("leitung.hamburg@k360.example"));
  await site.submit(url, `${url}/anmelden`, { name: "=HYPERLINK(1)", email: "offen@traeger.example" });
  return event;
}

/** The text of one file inside a ZIP archive (an XLSX), read from its local header. */
function zipEntry(archive: Buffer, name: string): string {
  let at = 0;
  while (archive.readUInt32LE(at) === 0x04034b50) {
    const size = archive.readUInt32LE(at + 18);
    const nameLength = archive.readUInt16LE(at + 26);
    const start = at + 30 + nameLength + archive.readUInt16LE(at + 28);
    if (archive.subarray(at + 30, at + 30 + nameLength).toString() === name) return inflateRawSync(archive.subarray(start, start + size)).toString("utf8");
    at = start + size;
  }
  throw new Error(`${name} fehlt`);
}

test("the team downloads the participant list as CSV for German Excel and as XLSX; others may not", async () => {
  const event = await eventWithRegistrants("Kommune gestaltet! Export");
  const csv = await site.app.inject({ url: `/programm/termine/${event.id}/teilnehmende.csv`, headers: { cookie: admin } });
  assert.equal(csv.statusCode, 200);
  assert.equal(csv.headers["content-type"], "text/csv; charset=utf-8");
  assert.equal(csv.headers["cache-control"], "private, no-store");
  assert.match(csv.headers["content-disposition"] as string, /attachment; filename="teilnehmende-\d+\.csv"/);
  assert.deepEqual([...csv.rawPayload.subarray(0, 3)], [0xef, 0xbb, 0xbf], "UTF-8 with byte order mark");
  const lines = csv.rawPayload.subarray(3).toString("utf8").split("\r\n");
  assert.equal(lines[0], "Name;E-Mail-Adresse;Kommune;Stand;Angemeldet am");
  assert.match(lines[1], /^"Jörg Gäst; ""Träger""";joerg\.export@traeger\.example;;angemeldet;/);
  assert.match(lines[2], /^[^;]+;leitung\.hamburg@k360\.example;Hamburg;angemeldet;/);
  assert.match(lines[3], /^'=HYPERLINK\(1\);offen@traeger\.example;;E-Mail noch nicht bestätigt;/, "a formula is kept as text");
  const xlsx = await site.app.inject({ url: `/programm/termine/${event.id}/teilnehmende.xlsx`, headers: { cookie: admin } });
  assert.equal(xlsx.headers["content-type"], "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  assert.match(zipEntry(xlsx.rawPayload, "[Content_Types].xml"), /spreadsheetml\.sheet\.main\+xml/);
  const sheet = zipEntry(xlsx.rawPayload, "xl/worksheets/sheet1.xml");
  assert.equal(sheet.match(/<\?xml/g)!.length, 1, "one XML declaration, at the start (else Excel refuses the file)");
  assert.match(sheet, /<c r="A2" t="inlineStr"><is><t xml:space="preserve">Jörg Gäst; &quot;Träger&quot;<\/t><\/is><\/c>/);
  const leader = await site.sessionFor("leader");
  assert.equal((await site.app.inject({ url: `/programm/termine/${event.id}/teilnehmende.csv`, headers: { cookie: leader } })).statusCode, 403);
  assert.equal((await site.app.inject({ url: `/programm/termine/${event.id}/teilnehmende.xlsx` })).statusCode, 401);
});

test("the team writes to all registrants after confirming how many get the message; each gets their own mail", async () => {
  const event = await eventWithRegistrants("Kommune gestaltet! Nachricht");
  const page = `/programm/termine/${event.id}/nachricht`;
  const sent = async () => (await outbox()).filter((m) => m.subject === "Raumänderung");
  const empty = await site.submit(page, page, { subject: "", text: "" }, admin);
  assert.equal(empty.statusCode, 422);
  assert.match(empty.body, /id="subject-error".*Bitte geben Sie einen Betreff ein/s);
  const checked = await site.submit(page, page, { subject: "Raumänderung", text: "Wir treffen uns in Raum 2.04." }, admin);
  assert.equal(checked.statusCode, 200);
  assert.match(checked.body, /Die Nachricht geht an 2 Personen/);
  assert.match(checked.body, /Jetzt an 2 Personen senden/);
  assert.equal((await sent()).length, 0, "nothing is sent before the confirmation");
  const stale = await site.submit(page, page, { subject: "Raumänderung", text: "Wir treffen uns in Raum 2.04.", recipients: "3" }, admin);
  assert.equal(stale.statusCode, 409);
  assert.match(stale.body, /ginge jetzt an 2/);
  assert.equal((await sent()).length, 0);
  const leader = await site.sessionFor("leader");
  assert.equal((await site.submit("/termine", page, { subject: "Raumänderung", text: "x", recipients: "2" }, leader)).statusCode, 403);
  const done = await site.submit(page, page, { subject: "Raumänderung", text: "Wir treffen uns in Raum 2.04.", recipients: "2" }, admin);
  assert.equal(done.headers.location, `/programm/termine/${event.id}?stand=nachricht`);
  const mails = await sent();
  assert.deepEqual(mails.map((m) => m.to).sort(), ["joerg.export@traeger.example", "leitung.hamburg@k360.example"]);
  assert.ok(mails.every((m) => /Raum 2\.04/.test(m.text) && /\/termine\/\d+\/anmeldung\//.test(m.text)));
});
