/** Test helpers of the guide: the example guide and podcast episodes to link to. */
import type { Db } from "../../../db/client.ts";
import { episodes, seasons } from "../podcast/tables.ts";
import { seedGuideDemo } from "./seed.ts";

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
