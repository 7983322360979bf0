import { and, asc, eq, isNotNull, isNull } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { applications, formats } from "../tables.ts";
import { currentProgram } from "../queries/events.ts";
import { formatDays } from "../../../platform/dates.ts";

/** A training path of the current program that takes applications for its free seats. */
export interface ApplicationFormat {
  id: number;
  slug: string;
  title: string;
  freeSeats: number;
  applicationDeadline: string | null;
}

export type ApplicationRow = typeof applications.$inferSelect;

/** The format by slug or id, or null when it is unknown, in another program or has no free seats. */
export async function findApplicationFormat(db: Db, by: { slug: string } | { id: number }): Promise<ApplicationFormat | null> {
  const program = await currentProgram(db);
  if (!program) return null;
  const match = "slug" in by ? eq(formats.slug, by.slug) : eq(formats.id, by.id);
  const [format] = await db
    .select()
    .from(formats)
    .where(and(eq(formats.programId, program.id), match));
  if (!format || !format.freeSeats || format.freeSeats < 1) return null;
  return { id: format.id, slug: format.slug, title: format.title, freeSeats: format.freeSeats, applicationDeadline: format.applicationDeadline };
}

/** The applications of a format whose address is confirmed, in the order they came in. */
export async function listApplications(db: Db, formatId: number): Promise<ApplicationRow[]> {
  return db
    .select()
    .from(applications)
    .where(and(eq(applications.formatId, formatId), isNull(applications.confirmTokenHash)))
    .orderBy(asc(applications.createdAt), asc(applications.id));
}

/** Applications are taken until the end of the deadline day (in Germany); without a deadline always. */
export function deadlinePassed(format: ApplicationFormat, today: string): boolean {
  return format.applicationDeadline !== null && format.applicationDeadline < today;
}

export function deadlineLabel(format: ApplicationFormat): string {
  return format.applicationDeadline ? formatDays([format.applicationDeadline]) : "keine Frist";
}

/** The training paths whose offered seat this address took. */
export async function takenSeats(db: Db, email: string): Promise<{ formatId: number; title: string }[]> {
  return db
    .select({ formatId: formats.id, title: formats.title })
    .from(applications)
    .innerJoin(formats, eq(formats.id, applications.formatId))
    .where(and(eq(applications.email, email.toLowerCase()), eq(applications.status, "accepted"), isNotNull(applications.answeredAt)))
    .orderBy(asc(formats.position));
}

/** The applications for training paths from a municipality's people (confirmed ones), with the path's title and the state. */
export async function trainingApplicationsOf(db: Db, municipalityId: number): Promise<{ title: string; status: string }[]> {
  return db
    .select({ title: formats.title, status: applications.status })
    .from(applications)
    .innerJoin(formats, eq(formats.id, applications.formatId))
    .where(and(eq(applications.municipalityId, municipalityId), isNull(applications.confirmTokenHash)))
    .orderBy(asc(formats.position), asc(applications.id));
}
