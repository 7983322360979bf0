import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import { exchangeSessions } from "../testing.ts";
import { topicProposals } from "../tables.ts";
import { eventDays } from "../../program/testing.ts";
import { currentProgram, listEvents } from "../../program/index.ts";
import { startTestApp, type TestApp } from "../../../testing.ts";

let site: TestApp;
let bonnLeader: string;
let admin: string;
const list = "/austausch/themenvorschlaege";

before(async () => {
  site = await startTestApp();
  ({ bonnLeader, admin } = await exchangeSessions(site, { email: "leitung.muenchen@test.example", name: "Mia Außen", role: "leader" }));
});
after(() => site.close());

const get = (url: string, cookie?: string) => site.app.inject({ url, headers: cookie ? { cookie } : {} });
const stored = async (id: number) => (await site.database.db.select().from(topicProposals).where(eq(topicProposals.id, id)))[0];
const eventCount = async () => (await listEvents(site.database.db, (await currentProgram(site.database.db))!.id)).length;

/** A member proposes a topic for an AG-Treffen and the team accepts it. */
async function acceptedProposal(title: string): Promise<number> {
  const made = await site.submit(`${list}/neu`, `${list}/neu`, { occasion: "ag", title, description: "Wie priorisieren andere Kommunen?" }, bonnLeader);
  const id = Number(/themenvorschlaege\/(\d+)/.exec(made.headers.location as string)![1]);
  const decided = await site.submit(`${list}/${id}`, `${list}/${id}/entscheidung`, { decision: "accepted", reason: "", mergeInto: "" }, admin);
  assert.equal(decided.statusCode, 303);
  return id;
}

test("the team makes a date of an accepted proposal: the form is prefilled, bad input and a holiday save nothing", async () => {
  const id = await acceptedProposal("Knappe Ressourcen gemeinsam priorisieren");
  const detail = await get(`${list}/${id}`, admin);
  assert.match(detail.body, /href="\/austausch\/themenvorschlaege\/\d+\/termin">Termin aus Vorschlag anlegen/);
  assert.doesNotMatch((await get(`${list}/${id}`, bonnLeader)).body, /Termin aus Vorschlag anlegen/, "only the team is offered the date");
  const form = await get(`${list}/${id}/termin`, admin);
  assert.equal(form.statusCode, 200);
  assert.match(form.body, /value="Knappe Ressourcen gemeinsam priorisieren"/);
  assert.match(form.body, /<option value="\d+" selected>K360 AG-Treffen<\/option>/);
  assert.match(form.body, />Wie priorisieren andere Kommunen\?<\/textarea>/);
  assert.equal((await get(`${list}/${id}/termin`, bonnLeader)).statusCode, 403);
  assert.equal((await get(`${list}/${id}/termin`)).statusCode, 401);

  const before = await eventCount();
  const formatId = /<option value="(\d+)" selected>K360 AG-Treffen/.exec(form.body)![1];
  const fields = {
    title: "AG-Treffen: Knappe Ressourcen",
    formatId,
    d0_start: "10:00",
    d0_end: "13:00",
    place: "Kassel",
    capacity: "",
    onlineUrl: "",
    description: "",
  };
  const noDay = await site.submit(`${list}/${id}/termin`, `${list}/${id}/termin`, { ...fields, d0_date: "" }, admin);
  assert.equal(noDay.statusCode, 422);
  assert.match(noDay.body, /Datum: Bitte geben Sie ein gültiges Datum ein/);
  const holiday = await site.submit(`${list}/${id}/termin`, `${list}/${id}/termin`, { ...fields, d0_date: "2099-12-25" }, admin);
  assert.equal(holiday.statusCode, 422);
  assert.match(holiday.body, /Noch ist nichts gespeichert.*1\. Weihnachtstag/s);
  const member = await site.submit(`${list}/${id}`, `${list}/${id}/termin`, { ...fields, d0_date: "2099-03-03" }, bonnLeader);
  assert.equal(member.statusCode, 403);
  assert.equal(await eventCount(), before, "no event was made");
  assert.equal((await stored(id)).status, "accepted");
});

test("a scheduled proposal links to its date, and is held once the date has passed", async () => {
  const id = await acceptedProposal("Politik und Verwaltung zusammenbringen");
  const form = await get(`${list}/${id}/termin`, admin);
  const formatId = /<option value="(\d+)" selected>K360 AG-Treffen/.exec(form.body)![1];
  const fields = { title: "AG-Treffen: Politik und Verwaltung", formatId, d0_date: "2099-03-04", d0_start: "10:00", d0_end: "13:00", place: "Kassel" };
  const made = await site.submit(`${list}/${id}/termin`, `${list}/${id}/termin`, fields, admin);
  assert.equal(made.headers.location, `${list}/${id}?stand=terminiert`);
  const row = await stored(id);
  assert.equal(row.status, "scheduled");
  const event = (await listEvents(site.database.db, (await currentProgram(site.database.db))!.id)).find((e) => e.id === row.eventId)!;
  assert.equal(event.title, "AG-Treffen: Politik und Verwaltung");
  assert.equal(event.audience, "cohort");
  const page = await get(`${list}/${id}?stand=terminiert`, bonnLeader);
  assert.match(page.body, /Terminiert/);
  assert.match(
    page.body,
    new RegExp(`Geplant im Termin <a class="kern-link" href="/termine/${event.id}">„AG-Treffen: Politik und Verwaltung“</a> am 4\\. März 2099`),
  );
  assert.equal((await get(`${list}/${id}/termin`, admin)).statusCode, 409, "one date per proposal");
  await site.database.db.update(eventDays).set({ date: "2026-01-14" }).where(eq(eventDays.eventId, event.id));
  const held = await get(`${list}/${id}`, bonnLeader);
  assert.match(held.body, /Behandelt<\/span>/);
  assert.match(held.body, /Behandelt im Termin/);
});
