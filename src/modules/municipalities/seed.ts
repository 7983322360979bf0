import { and, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import type { Progress } from "../../platform/progress.ts";
import { changeProjects, changeProjectTopics, milestones, municipalities, municipalityTopics, people, topics } from "./tables.ts";
import { districtRecords, townRecords, type MunicipalityRecord } from "./seed/districts.ts";
import { addedAuthorityRecords } from "./seed/authorities.ts";
import { topics as topicSeeds } from "./seed/topics.ts";
import { fellows } from "./seed/fellows.ts";
import { demoAccounts, demoPassword } from "../../platform/auth/demo-accounts.ts";
import { addUser, findUserByEmail } from "../../platform/auth/service.ts";

export async function hasMunicipalities(db: Db): Promise<boolean> {
  const rows = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(municipalities);
  return rows[0].n > 0;
}

/** Every authority of the directory: the Kreise and kreisfreie Städte, then those with a Jugendamt below them. */
const allRecords = () => [...districtRecords(), ...townRecords(), ...addedAuthorityRecords()];

/**
 * Reference data every installation needs: the topic taxonomy, all authorities, the Fellow
 * municipalities and their projects. On a database that has them already it adds the authorities
 * that are missing (the directory grows) and the reference date of figures that have none yet.
 */
export async function seedReference(db: Db, progress: Progress): Promise<void> {
  const fresh = !(await hasMunicipalities(db));
  const records = allRecords();
  progress.start("Kommunen anlegen", records.length + (fresh ? fellows.length : 0));
  await db.transaction(async (tx) => {
    await tx
      .insert(topics)
      .values(topicSeeds.map((t, i) => ({ ...t, position: i })))
      .onConflictDoNothing();
    for (let start = 0; start < records.length; start += 100) {
      const batch = records.slice(start, start + 100);
      await tx.insert(municipalities).values(batch).onConflictDoNothing();
      progress.tick(batch.length);
    }
    if (!fresh) await datePresentFigures(tx, records);
    else for (const fellow of fellows) await seedFellow(tx, fellow, progress);
  });
  progress.done();
}

/** Rows seeded before the reference date was kept get the date of the figures they were seeded with. */
async function datePresentFigures(db: Db, records: MunicipalityRecord[]) {
  for (const figuresAsOf of new Set(records.map((r) => r.figuresAsOf))) {
    const keys = records.filter((r) => r.figuresAsOf === figuresAsOf).map((r) => r.ags);
    await db
      .update(municipalities)
      .set({ figuresAsOf })
      .where(and(isNull(municipalities.figuresAsOf), inArray(municipalities.ags, keys)));
  }
}

async function seedFellow(tx: Db, fellow: (typeof fellows)[number], progress: Progress) {
  const [fellowRow] = await tx
    .update(municipalities)
    .set({ isFellow: true, description: fellow.description, youthOfficeName: fellow.youthOfficeName })
    .where(eq(municipalities.ags, fellow.ags))
    .returning({ id: municipalities.id });
  if (!fellowRow) throw new Error(`Fellow-Kommune ${fellow.ags} fehlt in den Stammdaten.`);
  if (fellow.topics.length) await tx.insert(municipalityTopics).values(fellow.topics.map((topicSlug) => ({ municipalityId: fellowRow.id, topicSlug })));
  const { topics: projectTopics, milestones: projectMilestones, ...project } = fellow.project;
  const [created] = await tx
    .insert(changeProjects)
    .values({ ...project, municipalityId: fellowRow.id })
    .returning({ id: changeProjects.id });
  if (projectTopics.length) await tx.insert(changeProjectTopics).values(projectTopics.map((topicSlug) => ({ changeProjectId: created.id, topicSlug })));
  if (projectMilestones.length) await tx.insert(milestones).values(projectMilestones.map((ms) => ({ ...ms, changeProjectId: created.id })));
  progress.tick();
}

/** Names of the invented tandem people of the Fellow municipalities; the program's demo gives them accounts and tandem seats. */
export const examplePeople: Record<string, [string, string]> = {
  "05314": ["Miriam Beispiel", "Jonas Muster"],
  "06412": ["Dr. Petra Exempel", "Can Beispielmann"],
  "02000": ["Heike Probst", "Lars Vorlage"],
  "15002": ["Sabine Modell", "Tobias Entwurf"],
  "05758012": ["Ulrike Skizze", "Deniz Prototyp"],
  "05966": ["Martin Schablone", "Jana Testfeld"],
  "13072": ["Katrin Musterfrau", "Ole Platzhalter"],
  "14713": ["Andrea Beispielhaft", "Yusuf Vorbild"],
  "15089": ["Birgit Annahme", "Felix Fiktiv"],
};

/**
 * Demo data: the members' demo accounts of the README, and the staff member among them listed on
 * her municipality's profile with her consent (the tandems come from the program's history).
 * Earlier demo data noted the invented tandem people here as well; those rows go.
 */
export async function seedMunicipalitiesDemo(db: Db): Promise<void> {
  await db.delete(people).where(and(eq(people.isExample, true), isNotNull(people.tandemRole)));
  for (const account of demoAccounts.filter((a) => a.ags)) {
    const [place] = await db.select({ id: municipalities.id }).from(municipalities).where(eq(municipalities.ags, account.ags!));
    if (!(await findUserByEmail(db, account.email))) await addUser(db, { ...account, municipalityId: place?.id ?? null, password: demoPassword });
    if (account.role !== "staff" || !place) continue;
    const [listed] = await db.select({ id: people.id }).from(people).where(eq(people.email, account.email));
    if (!listed)
      await db
        .insert(people)
        .values({ municipalityId: place.id, name: account.name, jobTitle: "Jugendhilfeplanung", email: account.email, showOnProfile: true, isExample: true });
  }
}
