// A listener opens the podcast "Rebellion im Aktenschrank", picks an episode, the player loads
// and plays its audio, the chapters and the transcript can be read without any script of ours,
// and the feed a podcast app would subscribe to is valid. In a real Chromium; every page passes
// axe (WCAG 2.1 AA), also narrow and dark; no page talks to another host.
import { test } from "node:test";
import assert from "node:assert/strict";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { seedPodcastDemo } from "../../src/modules/publishing/testing.ts";
import { browserTestFile, checkA11y, newPage, shown } from "./browser.ts";

const { env, b: right } = browserTestFile();
const title = "Wer fragt hier eigentlich wen? Ein Jugendforum, das nicht nur Kulisse ist";

// The test template does not hold the podcast's examples yet: each test makes sure they are there.
let seeding: Promise<void> | undefined;
const withExamples = () => (seeding ??= seedPodcastDemo(env.t.database.db));

test("a listener opens an episode, the audio loads and plays, chapters and transcript are readable", async () => {
  await withExamples();
  const page = await newPage(right);
  await page.goto("/podcast");
  await shown(page.getByRole("heading", { level: 1, name: "Rebellion im Aktenschrank" }));
  await shown(page.getByRole("heading", { name: "Podcast abonnieren" }));
  await checkA11y(page, "Podcast");

  await page.getByRole("link", { name: title }).click();
  await shown(page.getByRole("heading", { level: 1, name: title }));
  await checkA11y(page, "Folge");

  const player = page.getByRole("main").locator("audio");
  const loaded = await player.evaluate(async (audio: HTMLAudioElement) => {
    audio.load();
    await new Promise<void>((resolve, reject) => {
      audio.addEventListener("loadedmetadata", () => resolve(), { once: true });
      audio.addEventListener("error", () => reject(new Error(`Mediafehler ${audio.error?.code}`)), { once: true });
    });
    return { readyState: audio.readyState, duration: audio.duration };
  });
  assert.ok(loaded.readyState >= 1, `readyState ${loaded.readyState}`);
  assert.ok(Math.abs(loaded.duration - 9) < 0.5, `duration ${loaded.duration}`);
  const played = await player.evaluate(async (audio: HTMLAudioElement) => {
    audio.muted = true;
    await audio.play();
    // On a busy machine playback can start late: wait for the audio to advance, up to 15 s.
    const until = Date.now() + 15_000;
    while (audio.currentTime <= 0.3 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
    audio.pause();
    return audio.currentTime;
  });
  assert.ok(played > 0.2, `played up to ${played} s`);

  const chapters = page.getByRole("region", { name: "Kapitel" });
  await shown(chapters.getByText("00:11:15"));
  await shown(chapters.getByText("Was der Jugendhilfeausschuss mit den Vorschlägen macht"));
  await shown(page.getByRole("region", { name: "Zu Gast" }).getByRole("link", { name: "Bonn" }));
  const transcript = page.getByText("Das „Nein“ war übrigens gar nicht das Schlimme.");
  assert.equal(await transcript.isVisible(), false, "the transcript starts folded");
  await page.getByText("Transkript der Folge lesen").click();
  await shown(transcript);
  await checkA11y(page, "Folge mit Transkript");
  await page.context().close();
});

test("the episode page also passes axe on a small screen in dark mode", async () => {
  await withExamples();
  const page = await newPage(right, { viewport: { width: 320, height: 800 }, colorScheme: "dark" });
  await page.goto("/podcast/beteiligung-auf-dem-land");
  await shown(page.getByRole("heading", { level: 1, name: "Beteiligung auf dem Land: Wenn der Bus nur zweimal am Tag fährt" }));
  await checkA11y(page, "Folge, schmal und dunkel");
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 320, "no sideways scrolling");
  await page.context().close();
});

test("the feed a podcast app subscribes to is valid and its enclosures match the audio", async () => {
  await withExamples();
  const page = await newPage(right);
  const response = await page.request.get("/podcast/feed.xml");
  assert.equal(response.status(), 200);
  const xml = await response.text();
  assert.equal(XMLValidator.validate(xml), true);
  const channel = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => name === "item" }).parse(xml).rss.channel;
  for (const tag of ["title", "link", "language", "description", "itunes:author", "itunes:owner", "itunes:image", "itunes:category", "itunes:explicit"])
    assert.ok(channel[tag] !== undefined, tag);
  assert.ok(channel.item.length >= 5);
  for (const item of channel.item) {
    for (const tag of [
      "title",
      "guid",
      "pubDate",
      "description",
      "enclosure",
      "itunes:duration",
      "itunes:episode",
      "itunes:season",
      "podcast:chapters",
      "podcast:transcript",
    ])
      assert.ok(item[tag] !== undefined, `${item.title}: ${tag}`);
    const audio = await page.request.head(new URL(item.enclosure["@url"]).pathname);
    assert.equal(audio.status(), 200);
    assert.equal(audio.headers()["content-length"], item.enclosure["@length"], item.title);
    assert.equal(audio.headers()["content-type"], item.enclosure["@type"], item.title);
  }
  await page.context().close();
});
