import type { Db } from "../../../db/client.ts";
import { guideChapters, guideSections } from "./tables.ts";
import { indexAllGuide } from "./search.ts";
import type { Level } from "./reference.ts";
import type { ChapterSeed } from "./seed/chapter-seed.ts";
import { individualChapters } from "./seed/individual.ts";
import { organisationChapters } from "./seed/organisation.ts";
import { municipalChapters } from "./seed/municipal.ts";

const byLevel: [Level, ChapterSeed[]][] = [
  ["individuell", individualChapters],
  ["organisation", organisationChapters],
  ["kommunal", municipalChapters],
];

/** The example Change-Guide: three chapters per level, written for the demo; only into an empty guide. It indexes itself, as the start-up index ran before. */
export async function seedGuideDemo(db: Db): Promise<void> {
  if ((await db.select({ id: guideChapters.id }).from(guideChapters).limit(1)).length > 0) return;
  await db.transaction(async (tx) => {
    for (const [level, chapters] of byLevel) {
      for (const [index, chapterSeed] of chapters.entries()) {
        const [row] = await tx
          .insert(guideChapters)
          .values({ slug: chapterSeed.slug, level, position: index + 1, title: chapterSeed.title, intro: chapterSeed.intro, topics: chapterSeed.topics })
          .returning({ id: guideChapters.id });
        await tx
          .insert(guideSections)
          .values(chapterSeed.sections.map((s, n) => ({ chapterId: row.id, position: n + 1, kind: s.kind, title: s.title, body: s.body })));
      }
    }
  });
  await indexAllGuide(db);
}
