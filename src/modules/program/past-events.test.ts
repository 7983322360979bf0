import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { currentProgram, listEvents } from "./queries/events.ts";
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

const eventByTitle = async (title: string) => (await listEvents(site.database.db, programId)).find((e) => e.title === title)!;
const pdf = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(500, 32)]);

test("a past event's page and the list of past dates show its materials to whoever may see the event", async () => {
  const open = await eventByTitle("Kommune gestaltet! Daten erzählen lassen");
  const cohort = await eventByTitle("AG-Treffen: Knappe Ressourcen priorisieren");
  const before = await site.app.inject({ url: `/termine/${open.id}` });
  assert.match(before.body, /<h2 class="kern-heading-medium">Unterlagen zum Termin<\/h2><p class="kern-body">Zu diesem Termin liegen keine Unterlagen vor\./);
  for (const event of [open, cohort]) {
    const uploaded = await site.upload(`/programm/termine/${event.id}`, `/programm/termine/${event.id}/unterlagen`, "Folien Präsentation.pdf", pdf, admin);
    assert.equal(uploaded.statusCode, 303);
  }
  const page = await site.app.inject({ url: `/termine/${open.id}` });
  assert.match(
    page.body,
    /Unterlagen zum Termin<\/h2><ul class="kern-list"><li><a class="kern-link" href="\/termine\/\d+\/unterlagen\/\d+">Folien Präsentation\.pdf/,
  );
  const list = await site.app.inject({ url: "/termine" });
  assert.match(list.body, /Daten erzählen lassen<\/a><div class="kern-body kern-body--small">[^<]*· <span>1 Unterlage<\/span><\/div>/);
  assert.doesNotMatch(list.body, /Knappe Ressourcen/, "a visitor sees no cohort date, nor its materials");
  assert.equal((await site.app.inject({ url: `/termine/${cohort.id}` })).statusCode, 401);
  const member = await site.sessionFor("leader");
  const cohortPage = await site.app.inject({ url: `/termine/${cohort.id}`, headers: { cookie: member } });
  assert.match(cohortPage.body, /Unterlagen zum Termin.*Folien Präsentation\.pdf/s);
  const memberList = await site.app.inject({ url: "/termine", headers: { cookie: member } });
  assert.match(memberList.body, /Knappe Ressourcen priorisieren<\/a><div class="kern-body kern-body--small">[^<]*· <span>1 Unterlage<\/span><\/div>/);
});
