import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import { htmlProblems } from "../../../platform/views/testing.ts";
import { subscribers } from "./tables.ts";
import { subscriberData } from "./privacy.ts";
import { addConfirmedSubscriber, uploadSubscriberList } from "./testing.ts";
import { startTestApp, type TestApp } from "../../../testing.ts";

let site: TestApp;
let editor: string;
let leader: string;

before(async () => {
  site = await startTestApp();
  [editor, leader] = await Promise.all([site.sessionFor("editor"), site.sessionFor("leader")]);
  await site.database.db.delete(subscribers);
  await addConfirmedSubscriber(site.database.db, "bestehend@beispiel.de");
});
after(() => site.close());

const get = (url: string, cookie = editor) => site.app.inject({ url, headers: cookie ? { cookie } : {} });
const all = () => site.database.db.select().from(subscribers).orderBy(subscribers.email);
const find = async (email: string) => (await site.database.db.select().from(subscribers).where(eq(subscribers.email, email)))[0];

test("an import takes only rows with a proof of consent, reports every other row in German and stores the proof", async () => {
  await site.database.db.insert(subscribers).values({
    email: "abgemeldet@beispiel.de",
    status: "unsubscribed",
    unsubscribeToken: "abgemeldet-token",
    consentText: "…",
    consentAt: new Date("2024-01-01T10:00:00Z"),
    unsubscribedAt: new Date("2025-06-01T10:00:00Z"),
  });
  // Excel's "CSV (Trennzeichen-getrennt)": Windows-1252 with semicolons.
  const csv = Buffer.from(
    "E-Mail;Einwilligung am;Quelle\r\n" +
      "juergen@beispiel.de;14.03.2025;Teilnehmerliste Fachtag Köln\r\n" +
      "ohne-nachweis@beispiel.de;;\r\n" +
      "Bestehend@beispiel.de;01.02.2025;Visitenkarte\r\n" +
      "abgemeldet@beispiel.de;01.03.2025;Alte Liste\r\n" +
      "kaputt;01.03.2025;Liste\r\n",
    "latin1",
  );
  const res = await uploadSubscriberList(site, editor, "liste.csv", csv);
  assert.equal(res.statusCode, 200, res.body.slice(0, 500));
  assert.match(res.body, /1 von 5 Zeilen übernommen/);
  assert.match(res.body, /<dt>neu aufgenommen<\/dt><dd>1<\/dd>/);
  assert.match(res.body, /<dt>schon bestätigt, unverändert<\/dt><dd>1<\/dd>/);
  assert.match(res.body, /<dt>abgelehnt<\/dt><dd>3<\/dd>/);
  assert.match(
    res.body,
    /<td class="kern-table__cell kern-table__cell--numeric">3<\/td><td class="kern-table__cell">ohne-nachweis@beispiel.de<\/td><td class="kern-table__cell">Der Nachweis der Einwilligung fehlt/,
  );
  assert.match(
    res.body,
    />5<\/td><td class="kern-table__cell">abgemeldet@beispiel.de<\/td><td class="kern-table__cell">Die Adresse hat den Newsletter nach dieser Einwilligung abbestellt/,
  );
  assert.match(res.body, />6<\/td><td class="kern-table__cell">kaputt<\/td><td class="kern-table__cell">Die E-Mail-Adresse ist ungültig/);
  assert.deepEqual(await htmlProblems(res.body), []);

  const juergen = await find("juergen@beispiel.de");
  assert.equal(juergen.status, "confirmed");
  assert.equal(juergen.consentSource, "Teilnehmerliste Fachtag Köln");
  assert.equal(juergen.consentAt.toISOString(), "2025-03-13T23:00:00.000Z");
  assert.equal(await find("ohne-nachweis@beispiel.de"), undefined);
  assert.equal((await find("abgemeldet@beispiel.de")).status, "unsubscribed");
  assert.equal((await find("bestehend@beispiel.de")).consentSource, "", "a confirmed address keeps its own proof");

  const [subscription] = await subscriberData.find(site.database.db, "juergen@beispiel.de");
  assert.equal(subscription["Quelle der Einwilligung"], "Teilnehmerliste Fachtag Köln");
  assert.equal(subscription["Eingewilligt am"], "2025-03-13T23:00:00.000Z");
});

test("UTF-8 with byte order mark and commas imports as well", async () => {
  const csv = Buffer.from('\uFEFFE-Mail,Einwilligung am,Quelle\nmaren@beispiel.de,2.1.2026,"Anmeldung per Brief, Bonn"\n', "utf8");
  const res = await uploadSubscriberList(site, editor, "export.csv", csv);
  assert.equal(res.statusCode, 200);
  assert.equal((await find("maren@beispiel.de")).consentSource, "Anmeldung per Brief, Bonn");
});

test("a list without proof columns, no file or another kind of file is refused with 422 and changes nothing; members may not import", async () => {
  const before = await all();
  const bare = await uploadSubscriberList(site, editor, "liste.csv", Buffer.from("E-Mail\nneu@beispiel.de\n"));
  assert.equal(bare.statusCode, 422);
  assert.match(bare.body, /id="datei-error".*Ohne Nachweis der Einwilligung lässt sich niemand importieren/s);
  assert.deepEqual(await htmlProblems(bare.body), []);
  const picture = await uploadSubscriberList(site, editor, "bild.png", Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  assert.equal(picture.statusCode, 422);
  assert.match(picture.body, /Bitte laden Sie eine CSV-Datei hoch/);
  const none = await site.submit("/newsletter/redaktion/abonnenten/import", "/newsletter/redaktion/abonnenten/import", {}, editor);
  assert.equal(none.statusCode, 422);
  assert.match(none.body, /Bitte wählen Sie eine CSV-Datei aus/);
  const foreign = await uploadSubscriberList(site, leader, "liste.csv", Buffer.from("E-Mail;Einwilligung am;Quelle\nx@beispiel.de;01.01.2025;Liste\n"));
  assert.equal(foreign.statusCode, 403);
  assert.deepEqual(await all(), before);
});

test("the team sees and searches the subscribers and exports them as CSV for Excel; members and visitors may not", async () => {
  const list = await get("/newsletter/redaktion/abonnenten?q=JUERGEN");
  assert.equal(list.statusCode, 200);
  assert.match(
    list.body,
    /<td class="kern-table__cell">juergen@beispiel.de<\/td><td class="kern-table__cell">bestätigt<\/td><td class="kern-table__cell">14\. März 2025<\/td><td class="kern-table__cell">Teilnehmerliste Fachtag Köln/,
  );
  assert.doesNotMatch(list.body, /maren@beispiel.de/);
  assert.match(list.body, /href="\/newsletter\/redaktion\/abonnenten.csv\?q=JUERGEN">Als CSV exportieren \(1\)/);
  assert.deepEqual(await htmlProblems(list.body), []);
  assert.match((await get("/newsletter/redaktion/abonnenten?status=unsubscribed")).body, /abgemeldet@beispiel.de/);
  assert.match((await get("/newsletter/redaktion")).body, /href="\/newsletter\/redaktion\/abonnenten"/);

  const csv = await get("/newsletter/redaktion/abonnenten.csv?status=confirmed");
  assert.equal(csv.statusCode, 200);
  assert.equal(csv.headers["content-type"], "text/csv; charset=utf-8");
  assert.match(String(csv.headers["content-disposition"]), /^attachment; filename="newsletter-abonnenten-\d{4}-\d{2}-\d{2}\.csv"$/);
  assert.equal(csv.headers["cache-control"], "private, no-store");
  assert.deepEqual([...csv.rawPayload.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const lines = csv.body.slice(1).split("\r\n");
  assert.equal(lines[0], "E-Mail;Stand;Einwilligung am;Quelle;Einwilligungstext;Bestätigt am;Abgemeldet am");
  assert.ok(lines.some((line) => line.startsWith("juergen@beispiel.de;bestätigt;14.03.2025;Teilnehmerliste Fachtag Köln;")));
  assert.ok(
    lines.some(
      (line) =>
        line.startsWith('maren@beispiel.de;bestätigt;02.01.2026;"Anmeldung per Brief, Bonn"') ||
        line.startsWith("maren@beispiel.de;bestätigt;02.01.2026;Anmeldung per Brief, Bonn;"),
    ),
  );
  assert.ok(!lines.some((line) => line.startsWith("abgemeldet@")));

  for (const url of ["/newsletter/redaktion/abonnenten", "/newsletter/redaktion/abonnenten.csv", "/newsletter/redaktion/abonnenten/import"]) {
    assert.equal((await get(url, leader)).statusCode, 403, url);
    assert.equal((await get(url, "")).statusCode, 401, url);
  }
});
