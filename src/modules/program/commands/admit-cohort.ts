import { asc, eq, like } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { cohort, formats, programs, tandemMembers } from "../tables.ts";
import { currentProgram } from "../queries/events.ts";
import { slugify } from "../../../platform/slug.ts";

export interface CohortAdmission {
  program: { title: string; startsOn: string; endsOn: string; description?: string };
  members: { municipalityId: number; tandem: { userId: number; role: "leader" | "planningSpecialist" }[] }[];
  /** The day the tandems start (the decision's day). */
  fromDate: string;
}

async function freeSlug(db: Db, title: string): Promise<string> {
  const base = slugify(title).slice(0, 80) || "programm";
  const taken = new Set(
    (
      await db
        .select({ slug: programs.slug })
        .from(programs)
        .where(like(programs.slug, `${base}%`))
    ).map((r) => r.slug),
  );
  let slug = base;
  for (let suffix = 2; taken.has(slug); suffix++) slug = `${base}-${suffix}`;
  return slug;
}

/**
 * Creates the program of a new cohort: the program itself, the formats and rules of the current Fellow
 * program (without the old period's free seats), the cohort and the tandems. Runs in the caller's transaction.
 */
export async function admitCohort(db: Db, admission: CohortAdmission): Promise<{ programId: number; slug: string }> {
  const slug = await freeSlug(db, admission.program.title);
  const [program] = await db
    .insert(programs)
    .values({ slug, ...admission.program })
    .returning({ id: programs.id });
  const model = await currentProgram(db);
  const copied = model ? await db.select().from(formats).where(eq(formats.programId, model.id)).orderBy(asc(formats.position)) : [];
  if (copied.length > 0) {
    await db.insert(formats).values(
      copied.map((format) => ({
        programId: program.id,
        slug: format.slug,
        title: format.title,
        kind: format.kind,
        description: format.description,
        rule: format.rule,
        position: format.position,
      })),
    );
  }
  if (admission.members.length > 0) {
    await db.insert(cohort).values(admission.members.map((m) => ({ programId: program.id, municipalityId: m.municipalityId })));
  }
  const seats = admission.members.flatMap((m) => m.tandem.map((t) => ({ ...t, municipalityId: m.municipalityId })));
  if (seats.length > 0) {
    await db.insert(tandemMembers).values(seats.map((seat) => ({ programId: program.id, fromDate: admission.fromDate, ...seat })));
  }
  return { programId: program.id, slug };
}
