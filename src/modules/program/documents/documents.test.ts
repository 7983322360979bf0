import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { currentProgram, listEvents } from "../queries/events.ts";
import { listDocuments } from "./queries.ts";
import { startTestApp, type TestApp } from "../../../testing.ts";

let site: TestApp;
let admin: string;
let eventId: number;
before(async () => {
  site = await startTestApp();
  admin = await site.sessionFor("admin");
  const program = (await currentProgram(site.database.db))!;
  eventId = (await listEvents(site.database.db, program.id)).find((e) => e.title.startsWith("AG-Treffen: Beteiligung"))!.id;
});
after(() => site.close());

const upload = (fileName: string, content: Buffer, cookie = admin) =>
  site.upload(`/programm/termine/${eventId}`, `/programm/termine/${eventId}/unterlagen`, fileName, content, cookie);

test("the team uploads an agenda; tandems download it, visitors may not", async () => {
  const pdf = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(2000, 32)]);
  const res = await upload("Tagesordnung AG-Treffen.pdf", pdf);
  assert.equal(res.statusCode, 303);
  const [doc] = await listDocuments(site.database.db, eventId);
  assert.equal(doc.fileName, "Tagesordnung AG-Treffen.pdf");
  const member = await site.sessionFor("leader");
  const page = await site.app.inject({ url: `/termine/${eventId}`, headers: { cookie: member } });
  assert.match(page.body, /Tagesordnung AG-Treffen\.pdf/);
  const file = await site.app.inject({ url: `/termine/${eventId}/unterlagen/${doc.id}`, headers: { cookie: member } });
  assert.equal(file.statusCode, 200);
  assert.equal(file.headers["content-type"], "application/pdf");
  assert.deepEqual(file.rawPayload, pdf);
  assert.equal(file.headers["cache-control"], "private, no-store", "a cohort event's document is kept by no shared cache");
  assert.equal((await site.app.inject({ url: `/termine/${eventId}/unterlagen/${doc.id}` })).statusCode, 401);
});

test("files that are not what they claim, of other types or too large are refused with a German message", async () => {
  const before = (await listDocuments(site.database.db, eventId)).length;
  const fake = await upload("Protokoll.pdf", Buffer.from("<script>alert(1)</script>"));
  assert.equal(fake.statusCode, 422);
  assert.match(fake.body, /id="datei-error".*keine echte PDF-Datei/s);
  const exe = await upload("setup.exe", Buffer.from("MZ"));
  assert.match(exe.body, /Bitte laden Sie eine PDF-, PNG-, JPEG-, Word-/);
  const big = await upload("gross.pdf", Buffer.concat([Buffer.from("%PDF"), Buffer.alloc(10 * 1024 * 1024 + 10)]));
  assert.equal(big.statusCode, 413);
  assert.match(big.body, /höchstens 10 MB/);
  assert.equal((await upload("x.pdf", Buffer.from("%PDF-1.7"), await site.sessionFor("leader"))).statusCode, 403);
  assert.equal((await listDocuments(site.database.db, eventId)).length, before);
});
