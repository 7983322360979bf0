import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { loadProfile } from "./profile.ts";
import { findPeers, type Peer } from "./peers.ts";
import { startTestApp, type TestApp } from "../../../testing.ts";
import { municipalityTopics } from "../tables.ts";

let site: TestApp;
before(async () => {
  site = await startTestApp();
});
after(() => site.close());

const bonn = "/kommunen/05314-bonn";
const shown = async () => {
  const page = await site.app.inject({ url: bonn });
  const section = /id="aehnliche"[\s\S]*?<\/section>/.exec(page.body)?.[0] ?? "";
  return section
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .replace(/ :/g, ":");
};
const expected = (peers: Peer[]) => peers.map((p) => `${p.name}: ${p.reasons.join("; ")}`);

test("a profile names municipalities working on the same things, with the reasons", async () => {
  const section = await shown();
  assert.match(section, /Kommunen, die Ähnliches bewegt/);
  assert.match(section, /Herford: gleiche Themen: [^;]*Kooperation mit freien Trägern/);
  assert.doesNotMatch(section, /Bonn:/);
});

test("a new change project shows in other profiles' peers at once", async () => {
  const before = await shown();
  const admin = await site.sessionFor("admin");
  const herford = `/kommunen/${(await loadProfile(site.database, "05758012"))!.slug}`;
  const created = await site.submit(
    `${herford}/vorhaben/neu`,
    `${herford}/vorhaben/neu`,
    {
      title: "Kinderarmut im Stadtteil gemeinsam begegnen",
      summary: "Kooperation mit freien Trägern, Sozialraumorientierung und integrierte Sozialplanung gegen Kinderarmut.",
      goals: "Armutsbericht jährlich\nPräventionskette im Sozialraum",
      phase: "implementation",
      startsOn: "2026-01-01",
      endsOn: "",
      learnings: "",
      topics: ["kinderarmut", "sozialraumorientierung", "integrierte-sozialplanung"],
      m0_title: "",
      m0_due: "",
    },
    admin,
  );
  assert.equal(created.statusCode, 303);
  const bonnId = (await loadProfile(site.database, "05314"))!.id;
  const now = await shown();
  assert.notEqual(now, before);
  for (const line of expected(await findPeers(site.database.db, bonnId))) assert.ok(now.includes(line), `${line} fehlt in: ${now}`);
});

test("two districts of Berlin, which have no population figure, are not said to be of similar size", async () => {
  const { db } = site.database;
  const [mitte, pankow] = await Promise.all(["11001", "11003"].map(async (ags) => (await loadProfile(site.database, ags))!.id));
  await db.insert(municipalityTopics).values([mitte, pankow].map((municipalityId) => ({ municipalityId, topicSlug: "beteiligung" })));
  const peer = (await findPeers(db, mitte)).find((p) => p.name === "Berlin Pankow");
  assert.ok(peer, "they share a topic");
  assert.ok(!peer.reasons.includes("ähnliche Größe"), peer.reasons.join("; "));
});
