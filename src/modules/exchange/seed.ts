import type { Db } from "../../db/client.ts";
import { reportSeeds } from "./seed/reports/index.ts";
import { practiceReportTopics, practiceReports } from "./tables.ts";
import { indexReport } from "./reports/search.ts";
import { seedProposalsDemo } from "./proposals/seed.ts";
import { seedPersonasDemo } from "./personas/seed.ts";
import { findMunicipality, listProjectTitles } from "../municipalities/index.ts";

/** The example practice reports, published and findable, plus example proposals and personas. */
export async function seedExchangeDemo(db: Db, programId: number): Promise<void> {
  for (const seed of reportSeeds) {
    const place = await findMunicipality(db, seed.ags);
    if (!place) throw new Error(`Beispielbericht ${seed.key}: keine Kommune mit AGS ${seed.ags}`);
    const project = seed.linkedToProject ? (await listProjectTitles(db, place.id))[0] : undefined;
    const [row] = await db
      .insert(practiceReports)
      .values({
        municipalityId: place.id,
        changeProjectId: project?.id ?? null,
        title: seed.title,
        problem: seed.problem,
        context: seed.context,
        approach: seed.approach,
        worked: seed.worked,
        notWorked: seed.notWorked,
        transfer: seed.transfer,
        contactName: seed.contactName,
        visibility: seed.visibility,
        status: "published",
        isExample: true,
        publishedOn: seed.publishedOn,
        createdAt: new Date(`${seed.publishedOn}T09:00:00Z`),
        updatedAt: new Date(`${seed.publishedOn}T09:00:00Z`),
      })
      .returning({ id: practiceReports.id });
    await db.insert(practiceReportTopics).values(seed.topics.map((topicSlug) => ({ reportId: row.id, topicSlug })));
    await indexReport(db, row.id);
  }
  await seedProposalsDemo(db, programId);
  await seedPersonasDemo(db);
}
