/** Test helpers of the guide: the example guide and podcast episodes to link to. */
import type { Db } from "../../../db/client.ts";
import { episodes, seasons } from "../podcast/tables.ts";
import { seedGuideDemo } from "./seed.ts";
import type { Database } from "../../../db/client.ts";
import { all, loggedIn, team, type RouteCases } from "../../../platform/route-cases.ts";
import { findChapterBySlug, sectionsOf } from "./queries.ts";

/** The example guide plus a just published episode with its audio (listeners may hear it, so it is linked) and a draft, both on "Beteiligung junger Menschen". */
export async function guideFixture(db: Db): Promise<void> {
  await seedGuideDemo(db);
  const [season] = await db.insert(seasons).values({ number: 91, slug: "teststaffel-guide", title: "Teststaffel" }).returning({ id: seasons.id });
  await db.insert(episodes).values([
    {
      seasonId: season.id,
      number: 1,
      slug: "testfolge-beteiligung",
      title: "Testfolge: Jugendforen auf dem Land",
      description: "Zwei Jugendforen erzählen.",
      topics: ["beteiligung"],
      publishedAt: new Date(Date.now() - 60_000),
      audioFileName: "testfolge.mp3",
      audioType: "audio/mpeg",
      audioSize: 48_000,
      durationSeconds: 3,
    },
    { seasonId: season.id, number: 2, slug: "testfolge-entwurf", title: "Unveröffentlichte Folge zur Beteiligung", topics: ["beteiligung"], publishedAt: null },
  ]);
}

/** Every route of the Change-Guide with a working address and the answer per role. */
export async function routeCases(database: Database): Promise<RouteCases> {
  const { db } = database;
  const chapter = (await findChapterBySlug(db, "haltung-und-rolle"))!;
  const section = (await sectionsOf(db, [chapter.id]))[0].id;
  return {
    "GET /change-guide": { url: "/change-guide?ebene=organisation&art=methode", expect: all(200) },
    "GET /change-guide/suche": { url: "/change-guide/suche?q=Widerstand", expect: all(200) },
    "GET /change-guide.pdf": { url: "/change-guide.pdf", expect: all(200) },
    "GET /change-guide/:slug.pdf": { url: `/change-guide/${chapter.slug}.pdf`, expect: all(200) },
    "GET /change-guide/:slug": { url: `/change-guide/${chapter.slug}`, expect: all(200) },
    "GET /change-guide/redaktion": { url: "/change-guide/redaktion", expect: loggedIn(team, 200) },
    "GET /change-guide/redaktion/kapitel/neu": { url: "/change-guide/redaktion/kapitel/neu", expect: loggedIn(team, 200) },
    "POST /change-guide/redaktion/kapitel/neu": { url: "/change-guide/redaktion/kapitel/neu", body: { title: "" }, expect: loggedIn(team, 422) },
    "GET /change-guide/redaktion/kapitel/:id": { url: `/change-guide/redaktion/kapitel/${chapter.id}`, expect: loggedIn(team, 200) },
    "POST /change-guide/redaktion/kapitel/:id": { url: `/change-guide/redaktion/kapitel/${chapter.id}`, body: { title: "" }, expect: loggedIn(team, 422) },
    // Without the confirmation nothing is deleted.
    "POST /change-guide/redaktion/kapitel/:id/loeschen": {
      url: `/change-guide/redaktion/kapitel/${chapter.id}/loeschen`,
      body: {},
      expect: loggedIn(team, 422),
    },
    "POST /change-guide/redaktion/kapitel/:id/reihenfolge": {
      url: `/change-guide/redaktion/kapitel/${chapter.id}/reihenfolge`,
      body: {},
      expect: loggedIn(team, 422),
    },
    "GET /change-guide/redaktion/kapitel/:id/abschnitte/neu": {
      url: `/change-guide/redaktion/kapitel/${chapter.id}/abschnitte/neu`,
      expect: loggedIn(team, 200),
    },
    "POST /change-guide/redaktion/kapitel/:id/abschnitte/neu": {
      url: `/change-guide/redaktion/kapitel/${chapter.id}/abschnitte/neu`,
      body: { title: "" },
      expect: loggedIn(team, 422),
    },
    "GET /change-guide/redaktion/abschnitte/:id": { url: `/change-guide/redaktion/abschnitte/${section}`, expect: loggedIn(team, 200) },
    "POST /change-guide/redaktion/abschnitte/:id": { url: `/change-guide/redaktion/abschnitte/${section}`, body: { title: "" }, expect: loggedIn(team, 422) },
    "POST /change-guide/redaktion/abschnitte/:id/loeschen": {
      url: "/change-guide/redaktion/abschnitte/999999/loeschen",
      body: {},
      expect: loggedIn(team, 404),
    },
  };
}
