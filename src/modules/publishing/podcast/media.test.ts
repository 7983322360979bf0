import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { storeAudio } from "./commands/store-audio.ts";
import { seedPodcastDemo } from "./seed.ts";
import { silentMp3 } from "./rules/silence.ts";
import { episodes } from "./tables.ts";
import { startTestApp, type TestApp } from "../../../testing.ts";

let site: TestApp;
const url = "/podcast/jugendforum-das-nicht-nur-kulisse-ist/audio";
const file = silentMp3(9);
const get = (path: string, headers: Record<string, string> = {}, method: "GET" | "HEAD" = "GET") => site.app.inject({ method, url: path, headers });

before(async () => {
  site = await startTestApp();
  await seedPodcastDemo(site.database.db);
});
after(() => site.close());

test("the whole audio without a Range header: 200, type, length, byte ranges offered, cached for a day", async () => {
  const res = await get(url);
  assert.equal(res.statusCode, 200);
  assert.equal(res.headers["content-type"], "audio/mpeg");
  assert.equal(res.headers["content-length"], String(file.length));
  assert.equal(res.headers["accept-ranges"], "bytes");
  assert.equal(res.headers["cache-control"], "public, max-age=86400");
  assert.deepEqual(res.rawPayload, file);
});

test("range requests: closed, open-ended and suffix ranges give 206 with exactly those bytes", async () => {
  const cases: [string, number, number][] = [
    ["bytes=0-99", 0, 99],
    ["bytes=1000-", 1000, file.length - 1],
    ["bytes=-500", file.length - 500, file.length - 1],
    ["bytes=30000-999999", 30000, file.length - 1],
  ];
  for (const [range, start, end] of cases) {
    const res = await get(url, { range });
    assert.equal(res.statusCode, 206, range);
    assert.equal(res.headers["content-range"], `bytes ${start}-${end}/${file.length}`, range);
    assert.equal(res.headers["content-length"], String(end - start + 1), range);
    assert.deepEqual(res.rawPayload, file.subarray(start, end + 1), range);
  }
});

test("an unsatisfiable range gets 416 with the size; a malformed one the whole file", async () => {
  const res = await get(url, { range: `bytes=${file.length}-` });
  assert.equal(res.statusCode, 416);
  assert.equal(res.headers["content-range"], `bytes */${file.length}`);
  assert.equal((await get(url, { range: "bytes=-0" })).statusCode, 416);
  assert.equal((await get(url, { range: "bytes=9-1" })).statusCode, 200);
});

test("HEAD answers like GET without the body", async () => {
  const head = await get(url, {}, "HEAD");
  assert.equal(head.statusCode, 200);
  assert.equal(head.headers["content-length"], String(file.length));
  assert.equal(head.headers["accept-ranges"], "bytes");
  assert.equal(head.rawPayload.length, 0);
  const part = await get(url, { range: "bytes=10-19" }, "HEAD");
  assert.equal(part.statusCode, 206);
  assert.equal(part.headers["content-length"], "10");
});

test("a range across the read chunks of a long episode comes back byte for byte", async () => {
  const long = silentMp3(600);
  const [row] = await site.database.db.select({ id: episodes.id }).from(episodes).where(eq(episodes.slug, "beteiligung-auf-dem-land"));
  await storeAudio(site.database.db, row.id, { fileName: "lang.mp3", type: "audio/mpeg", durationSeconds: 600 }, long);
  const res = await get("/podcast/beteiligung-auf-dem-land/audio", { range: "bytes=500000-1700000" });
  assert.equal(res.statusCode, 206);
  assert.deepEqual(res.rawPayload, long.subarray(500000, 1700001));
  assert.deepEqual((await get("/podcast/beteiligung-auf-dem-land/audio")).rawPayload, long);
});

/** What the parser makes of a feed's <item>: texts, and elements whose attributes start with "@". */
type FeedItem = Record<string, string & Record<string, string>> & { "podcast:person": Record<string, string>[] };

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["item", "podcast:person"].includes(name) });

test("the feed is valid RSS with the iTunes and Podcasting 2.0 tags podcast apps need", async () => {
  const res = await get("/podcast/feed.xml");
  assert.equal(res.statusCode, 200);
  assert.match(res.headers["content-type"] as string, /^application\/rss\+xml/);
  assert.equal(XMLValidator.validate(res.body), true);
  const rss = parser.parse(res.body).rss;
  assert.equal(rss["@version"], "2.0");
  assert.equal(rss["@xmlns:itunes"], "http://www.itunes.com/dtds/podcast-1.0.dtd");
  assert.equal(rss["@xmlns:podcast"], "https://podcastindex.org/namespace/1.0");
  const channel = rss.channel;
  const base = site.app.deps.config.baseUrl;
  assert.equal(channel.title, "Rebellion im Aktenschrank");
  assert.equal(channel.link, `${base}/podcast`);
  assert.equal(channel.language, "de-DE");
  assert.ok(channel.description.length > 50);
  assert.equal(channel["itunes:author"], "Initiative Kommune 360°");
  assert.match(channel["itunes:owner"]["itunes:email"], /^redaktion@/);
  assert.equal(channel["itunes:image"]["@href"], `${base}/podcast/cover.png`);
  assert.equal(channel["itunes:category"]["@text"], "Government");
  assert.equal(channel["itunes:explicit"], false);
  const items = channel.item as FeedItem[];
  assert.equal(items.length, 5, "the draft is not in the feed");
  assert.ok(!res.body.includes("Kollegiale Beratung"));
  const first = items.find((i) => i.title.startsWith("Wer fragt hier eigentlich wen?"))!;
  assert.equal(first.guid["#text"], first.guid["#text"].trim());
  assert.equal(first.guid["@isPermaLink"], "false");
  assert.equal(first.pubDate, "Mon, 17 Mar 2025 23:00:00 GMT");
  assert.equal(first.enclosure["@url"], `${base}${url}`);
  assert.equal(first.enclosure["@length"], String(file.length));
  assert.equal(first.enclosure["@type"], "audio/mpeg");
  assert.equal(first["itunes:duration"], "00:00:09");
  assert.equal(first["itunes:season"], 1);
  assert.equal(first["itunes:episode"], 1);
  assert.equal(first["podcast:chapters"]["@type"], "application/json+chapters");
  assert.equal(first["podcast:transcript"]["@url"], `${base}/podcast/jugendforum-das-nicht-nur-kulisse-ist/transcript.txt`);
  assert.deepEqual(
    first["podcast:person"].map((p: Record<string, string>) => [p["#text"], p["@role"], p["@href"]]),
    [
      ["Lena Brandauer", "guest", `${base}/kommunen/05314-bonn`],
      ["Malik Özdemir", "guest", `${base}/kommunen/05314-bonn`],
    ],
  );
  const dates = items.map((i) => Date.parse(i.pubDate));
  assert.deepEqual(
    dates,
    [...dates].sort((a, b) => b - a),
    "newest first",
  );
});

test("the feed stays valid XML whatever the editors type", async () => {
  const [row] = await site.database.db.select({ id: episodes.id }).from(episodes).where(eq(episodes.slug, "freie-traeger-als-partner"));
  await site.database.db
    .update(episodes)
    .set({ title: "Träger & Amt <gemeinsam> \"immer\" 'öfter' \u0007", description: "a]]>b & c" })
    .where(eq(episodes.id, row.id));
  const body = (await get("/podcast/feed.xml")).body;
  assert.equal(XMLValidator.validate(body), true);
  assert.ok(parser.parse(body).rss.channel.item.some((i: Record<string, string>) => i.title === "Träger & Amt <gemeinsam> \"immer\" 'öfter'"));
});

test("chapters as JSON chapters, the transcript as text, and the cover as a 1400 px PNG", async () => {
  const chapters = await get("/podcast/jugendforum-das-nicht-nur-kulisse-ist/chapters.json");
  assert.equal(chapters.headers["content-type"], "application/json+chapters; charset=utf-8");
  assert.deepEqual(JSON.parse(chapters.body).chapters[2], { startTime: 675, title: "Was der Jugendhilfeausschuss mit den Vorschlägen macht" });
  const transcript = await get("/podcast/jugendforum-das-nicht-nur-kulisse-ist/transcript.txt");
  assert.equal(transcript.headers["content-type"], "text/plain; charset=utf-8");
  assert.match(transcript.body, /Malik Özdemir: Das „Nein“/);
  const cover = await get("/podcast/cover.png");
  assert.equal(cover.headers["content-type"], "image/png");
  assert.equal(cover.rawPayload.readUInt32BE(16), 1400, "width");
  assert.equal(cover.rawPayload.readUInt32BE(20), 1400, "height");
});
