import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { count, eq } from "drizzle-orm";
import { htmlProblems } from "../../../platform/views/testing.ts";
import { findEpisode } from "./queries.ts";
import { silentMp3 } from "./rules/silence.ts";
import { audio, episodes, seasons } from "./tables.ts";
import { startTestApp, type TestApp } from "../../../testing.ts";

let site: TestApp;
let editor: string;
let leader: string;
let seasonId = 0;
let episodeId = 0;
const editPage = () => `/podcast/redaktion/folgen/${episodeId}/bearbeiten`;
const episodeFields = (more: Record<string, string | string[]> = {}) => ({
  seasonId: String(seasonId),
  number: "1",
  title: "Beteiligung im Kinderparlament",
  slug: "",
  description: "Wie ein Kinderparlament im Kreistag mitredet.",
  guest1Name: "Petra Lindholm",
  guest1Role: "Kinderbeauftragte",
  guest1Municipality: "Leipzig",
  chapters: "00:00:00 Begrüßung\n00:05:10 Die erste Sitzung",
  transcript: "Moderation: Willkommen.\n\nPetra Lindholm: Danke für die Einladung.",
  topics: ["beteiligung"],
  publishedOn: "",
  ...more,
});
const count0 = async () => (await site.database.db.select({ n: count() }).from(episodes))[0].n;

before(async () => {
  site = await startTestApp();
  [editor, leader] = await Promise.all([site.sessionFor("editor"), site.sessionFor("leader")]);
});
after(() => site.close());

test("an editor creates a season and a draft episode; its guest's municipality is found by name", async () => {
  const season = await site.submit(
    "/podcast/redaktion/staffeln/neu",
    "/podcast/redaktion/staffeln/neu",
    { number: "7", title: "Kinderrechte vor Ort", slug: "", description: "Testbeschreibung" },
    editor,
  );
  assert.equal(season.statusCode, 303);
  seasonId = (await site.database.db.select().from(seasons).where(eq(seasons.number, 7)))[0].id;
  const created = await site.submit("/podcast/redaktion/folgen/neu", "/podcast/redaktion/folgen/neu", episodeFields(), editor);
  assert.equal(created.statusCode, 303, created.body.slice(0, 300));
  episodeId = Number(/folgen\/(\d+)\/bearbeiten/.exec(created.headers.location as string)![1]);
  const episode = (await findEpisode(site.database.db, episodeId))!;
  assert.equal(episode.slug, "beteiligung-im-kinderparlament");
  assert.deepEqual(episode.chapters, [
    { start: 0, title: "Begrüßung" },
    { start: 310, title: "Die erste Sitzung" },
  ]);
  assert.equal(episode.guests[0].name, "Petra Lindholm");
  assert.ok(episode.guests[0].municipalityId);
  assert.equal(episode.publishedAt, null);
  const form = await site.app.inject({ url: `${editPage()}?stand=neu`, headers: { cookie: editor } });
  assert.match(form.body, /Laden Sie jetzt die Audiodatei hoch/);
  assert.match(form.body, /id="guest1Municipality"[^>]*value="Leipzig"/);
});

test("bad input gets German messages next to its fields, and nothing changes", async () => {
  const before = await count0();
  const res = await site.submit(
    "/podcast/redaktion/folgen/neu",
    "/podcast/redaktion/folgen/neu",
    episodeFields({
      title: "<script>alert(1)</script>",
      slug: "redaktion",
      number: "null",
      chapters: "00:10:00 Später\n00:02:00 Früher",
      guest1Municipality: "Atlantis an der Spree",
      guest2Role: "Bürgermeisterin",
      topics: ["beteiligung", "gibt-es-nicht"],
      publishedOn: "2026-02-30",
    }),
    editor,
  );
  assert.equal(res.statusCode, 422);
  assert.match(res.body, /id="title-error".*keinen HTML-Code/s);
  assert.match(res.body, /id="slug-error".*reserviert/s);
  assert.match(res.body, /id="number-error".*ganze Zahl/s);
  assert.match(res.body, /id="chapters-error".*Zeile 2: Die Kapitel müssen nach ihrer Startzeit aufsteigend sortiert sein/s);
  assert.match(res.body, /id="guest1Municipality-error".*Keine Kommune/s);
  assert.match(res.body, /id="guest2Name-error".*Namen des Gastes/s);
  assert.match(res.body, /id="topics-error"/);
  assert.match(res.body, /id="publishedOn-error".*gültiges Datum/s);
  assert.doesNotMatch(res.body, /<script>alert/);
  assert.equal(await count0(), before);
  const early = await site.submit(editPage(), editPage(), episodeFields({ publishedOn: "2026-01-10" }), editor);
  assert.equal(early.statusCode, 422);
  assert.match(early.body, /zuerst die Audiodatei hoch/);
  assert.equal((await findEpisode(site.database.db, episodeId))!.publishedAt, null);
  const duplicate = await site.submit("/podcast/redaktion/folgen/neu", "/podcast/redaktion/folgen/neu", episodeFields({ title: "Ein anderer Titel" }), editor);
  assert.match(duplicate.body, /Diese Staffel hat schon eine Folge 1/);
  const season = await site.submit(
    "/podcast/redaktion/staffeln/neu",
    "/podcast/redaktion/staffeln/neu",
    { number: "7", title: "x", slug: "Groß und Klein" },
    editor,
  );
  assert.equal(season.statusCode, 422);
  assert.match(season.body, /Eine Staffel 7 gibt es schon/);
  assert.match(season.body, /id="slug-error".*Kleinbuchstaben/s);
});

test("an upload that is not audio is refused in German and nothing is stored", async () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Buffer.alloc(64)]);
  for (const [name, content, message] of [
    ["folge.mp3", png, /keine echte MP3-Datei/],
    ["folge.mp3", Buffer.from("Nur ein Text, umbenannt."), /keine echte MP3-Datei/],
    ["folge.png", png, /Bitte laden Sie eine MP3- oder M4A-Datei hoch/],
  ] as const) {
    const res = await site.upload(editPage(), `/podcast/redaktion/folgen/${episodeId}/audio`, name, content, editor);
    assert.equal(res.statusCode, 422, name);
    assert.match(res.body, new RegExp(`id="datei-error"[\\s\\S]*${message.source}`));
  }
  assert.equal((await site.database.db.select({ n: count() }).from(audio).where(eq(audio.episodeId, episodeId)))[0].n, 0);
  assert.equal((await findEpisode(site.database.db, episodeId))!.audioSize, null);
  assert.equal((await site.upload(editPage(), `/podcast/redaktion/folgen/${episodeId}/audio`, "folge.mp3", silentMp3(3), leader)).statusCode, 403);
});

test("audio larger than the platform's usual 10 MB is accepted, its length read; then the episode is published", async () => {
  const big = silentMp3(2751);
  assert.ok(big.length > 10 * 1024 * 1024);
  const res = await site.upload(editPage(), `/podcast/redaktion/folgen/${episodeId}/audio`, "Kinderparlament final.mp3", big, editor);
  assert.equal(res.statusCode, 303, res.body.slice(0, 300));
  const stored = (await findEpisode(site.database.db, episodeId))!;
  assert.equal(stored.audioSize, big.length);
  assert.equal(stored.durationSeconds, 2751);
  assert.equal(stored.audioFileName, "Kinderparlament final.mp3");
  assert.equal((await site.app.inject({ url: "/podcast/beteiligung-im-kinderparlament" })).statusCode, 404, "still a draft");
  const publish = await site.submit(editPage(), editPage(), episodeFields({ publishedOn: "2026-01-10" }), editor);
  assert.equal(publish.statusCode, 303);
  const page = await site.app.inject({ url: "/podcast/beteiligung-im-kinderparlament" });
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Folge 1 · 10\. Januar 2026 · 46 Min\./);
  assert.match(page.body, /<strong>Petra Lindholm<\/strong>, Kinderbeauftragte, <a class="kern-link" href="\/kommunen\/14713-leipzig">Leipzig<\/a>/);
  assert.match((await site.app.inject({ url: "/podcast/feed.xml" })).body, /<title>Beteiligung im Kinderparlament<\/title>/);
});

test("the team deletes an episode with its audio, once the box is ticked", async () => {
  const refused = await site.submit(editPage(), `/podcast/redaktion/folgen/${episodeId}/loeschen`, {}, editor);
  assert.equal(refused.statusCode, 422);
  assert.match(refused.body, /id="bestaetigung-error"[\s\S]*Bitte bestätigen Sie, dass die Folge mit ihrer Audiodatei gelöscht werden soll/);
  assert.deepEqual(await htmlProblems(refused.body), []);
  assert.ok(await findEpisode(site.database.db, episodeId), "nothing deleted");
  assert.ok((await site.database.db.select({ n: count() }).from(audio).where(eq(audio.episodeId, episodeId)))[0].n > 0, "the audio stays");
  const res = await site.submit(editPage(), `/podcast/redaktion/folgen/${episodeId}/loeschen`, { bestaetigung: "ja" }, editor);
  assert.equal(res.statusCode, 303);
  assert.equal(await findEpisode(site.database.db, episodeId), null);
  assert.equal((await site.database.db.select({ n: count() }).from(audio).where(eq(audio.episodeId, episodeId)))[0].n, 0);
  assert.equal((await site.app.inject({ url: "/podcast/beteiligung-im-kinderparlament" })).statusCode, 404);
});

test("an id that names no row, malformed or beyond the database's integers, answers 404 on every editor route", async () => {
  const [{ id: seasonId }] = await site.database.db.select({ id: seasons.id }).from(seasons).limit(1);
  for (const bad of ["abc", "0", "-1", "1.5", "99999999999"]) {
    for (const url of [`/podcast/redaktion/staffeln/${bad}/bearbeiten`, `/podcast/redaktion/folgen/${bad}/bearbeiten`]) {
      const res = await site.app.inject({ url, headers: { cookie: editor } });
      assert.equal(res.statusCode, 404, `GET ${url}`);
      assert.match(res.body, /wurde nicht gefunden/, `GET ${url}`);
    }
    for (const url of [
      `/podcast/redaktion/staffeln/${bad}/bearbeiten`,
      `/podcast/redaktion/folgen/${bad}/bearbeiten`,
      `/podcast/redaktion/folgen/${bad}/audio`,
      `/podcast/redaktion/folgen/${bad}/loeschen`,
    ]) {
      const res = await site.submit(`/podcast/redaktion/staffeln/${seasonId}/bearbeiten`, url, { title: "Neu", bestaetigung: "ja" }, editor);
      assert.equal(res.statusCode, 404, `POST ${url}`);
      assert.match(res.body, /wurde nicht gefunden/, `POST ${url}`);
    }
  }
});
