// The Fellow program at full size, on top of the demo data: a cohort of 50 municipalities (the 9 Fellows + 41 more),
// their tandems, two years of events with registrations, attendance of past days (≈ 85 % present, seeded
// pseudo-random, so every run builds the same data), check-ins and 1,000 applications for the Lernpfad Führung.
import { asc, desc, eq, inArray, notInArray, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../src/db/client.ts";
import { addUser } from "../src/platform/auth/service.ts";
import { users } from "../src/platform/auth/tables.ts";
import { municipalityTables } from "../src/modules/municipalities/testing.ts";
import { applications, attendance, checkIns, cohort, eventDays, events, registrations, tandemMembers } from "../src/modules/program/testing.ts";
import { exampleApplicants } from "../src/modules/program/testing.ts";
import { seededRandom } from "../src/modules/program/testing.ts";
import { listEvents, listFormats } from "../src/modules/program/index.ts";

const { municipalities } = municipalityTables;

export const extraMunicipalities = 41;
export const applicantCount = 1000;
const presentShare = 0.85;
const guestsPerOpenEvent = 25;

const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Bulk inserts in chunks, so no statement comes near PostgreSQL's limit of 65,535 parameters. */
async function inChunks<T, R>(rows: T[], insert: (chunk: T[]) => Promise<R[]>, size = 500): Promise<R[]> {
  const out: R[] = [];
  for (let index = 0; index < rows.length; index += size) out.push(...(await insert(rows.slice(index, index + size))));
  return out;
}

type NewEvent = { format: string; title: string; moduleNumber?: number; municipalityId?: number; audience: "cohort" | "public"; days: string[] };

/** Events that the seed does not have: a second run of both training paths, more AG-Treffen and online dates, two
 * cohort days and one on-site workshop per municipality, spread over the two years of the program. */
function newEvents(cohortIds: number[]): NewEvent[] {
  const list: NewEvent[] = [];
  ["2026-05-20", "2026-09-23", "2027-01-20"].forEach((text, index) => {
    for (const [format, path] of [
      ["lernpfad-fuehrung", "Lernpfad Führung"],
      ["lernpfad-change", "Lernpfad Change"],
    ])
      list.push({ format, title: `${path}, Modul ${index + 1} (2. Durchgang)`, moduleNumber: index + 1, audience: "cohort", days: [text, addDays(text, 1)] });
  });
  ["2025-11-12", "2026-02-11", "2026-07-08", "2027-09-15"].forEach((d, i) =>
    list.push({ format: "ag-treffen", title: `AG-Treffen: Vertiefung ${i + 1}`, audience: "cohort", days: [d] }),
  );
  ["2025-11-26", "2026-03-25", "2026-06-24"].forEach((d, i) =>
    list.push({ format: "kommune-gestaltet", title: `Kommune gestaltet! Beispielthema ${i + 1}`, audience: "public", days: [d] }),
  );
  list.push({ format: "fellowtag", title: "Fellowtag zum Auftakt", audience: "cohort", days: ["2025-09-24", "2025-09-25"] });
  list.push({ format: "fellowtag", title: "Festival zum Abschluss", audience: "cohort", days: ["2027-10-20"] });
  cohortIds.forEach((municipalityId, k) =>
    list.push({ format: "kommunal-workshop", title: "Kommunal-Workshop vor Ort", municipalityId, audience: "cohort", days: [addDays("2025-10-06", k * 14)] }),
  );
  return list;
}

const placeAndSeats = (format: string) =>
  format === "kommune-gestaltet"
    ? { onlineUrl: "https://k360.example/online/kg", capacity: 100 }
    : { place: "Beispielort", capacity: format === "kommunal-workshop" ? null : 30 };

/** 41 municipalities that are not Fellows, evenly spread over the AGS order (so over all Länder). */
async function joinCohort(db: Db, programId: number): Promise<void> {
  const inCohort = (await db.select({ id: cohort.municipalityId }).from(cohort).where(eq(cohort.programId, programId))).map((r) => r.id);
  const candidates = await db
    .select({ id: municipalities.id })
    .from(municipalities)
    .where(notInArray(municipalities.id, inCohort.length ? inCohort : [-1]))
    .orderBy(asc(municipalities.ags));
  const chosen = Array.from({ length: extraMunicipalities }, (_, i) => candidates[Math.floor((i * candidates.length) / extraMunicipalities)].id);
  await db.insert(cohort).values(chosen.map((municipalityId) => ({ programId, municipalityId })));
  const named = await db
    .select({ id: municipalities.id, ags: municipalities.ags, name: municipalities.name })
    .from(municipalities)
    .where(inArray(municipalities.id, chosen));
  const members: (typeof tandemMembers.$inferInsert)[] = [];
  for (const match of named) {
    for (const [role, prefix, label] of [
      ["leader", "leitung", "Leitung"],
      ["planningSpecialist", "planung", "Planung"],
    ] as const) {
      const user = await addUser(db, {
        email: `${prefix}.bench-${match.ags}@k360.example`,
        name: `${label} ${match.name} (Beispiel)`,
        role,
        municipalityId: match.id,
      });
      members.push({ programId, municipalityId: match.id, userId: user.id, role, fromDate: "2025-09-01" });
    }
  }
  await db.insert(tandemMembers).values(members);
}

/** Builds the dataset; returns the row counts and the id of the format that takes applications. */
export async function seedProgramBench(db: Db, programId: number, today: string): Promise<{ size: Record<string, number>; leadershipFormatId: number }> {
  const next = seededRandom(360);
  await joinCohort(db, programId);
  const formatRows = await listFormats(db, programId);
  const formatId = (slug: string) => formatRows.find((f) => f.slug === slug)!.id;
  const slugOf = new Map(formatRows.map((f) => [f.id, f.slug]));
  // Fellows first, so that they keep the first run of the training paths the demo registered them for.
  const cohortRows = await db
    .select({ id: municipalities.id, fellow: municipalities.isFellow })
    .from(cohort)
    .innerJoin(municipalities, eq(municipalities.id, cohort.municipalityId))
    .where(eq(cohort.programId, programId))
    .orderBy(desc(municipalities.isFellow), asc(municipalities.ags));
  const cohortIds = cohortRows.map((r) => r.id);

  const planned = newEvents(cohortIds);
  const inserted = await inChunks(planned, (chunk) =>
    db
      .insert(events)
      .values(chunk.map(({ format, days: _d, ...e }) => ({ ...e, programId, formatId: formatId(format), ...placeAndSeats(format) })))
      .returning({ id: events.id }),
  );
  await inChunks(
    planned.flatMap((e, i) => e.days.map((date) => ({ eventId: inserted[i].id, date, startsAt: "10:00", endsAt: "16:00" }))),
    (c) => db.insert(eventDays).values(c).returning({ id: eventDays.id }),
  );
  const added = new Set(inserted.map((r) => r.id));

  const memberRows = await db
    .select({
      municipalityId: tandemMembers.municipalityId,
      userId: tandemMembers.userId,
      role: tandemMembers.role,
      fromDate: tandemMembers.fromDate,
      toDate: tandemMembers.toDate,
      name: users.name,
      email: users.email,
    })
    .from(tandemMembers)
    .innerJoin(users, eq(users.id, tandemMembers.userId))
    .where(eq(tandemMembers.programId, programId));
  const holder = (municipalityId: number, role: string, date: string) => {
    const seats = memberRows.filter((p) => p.municipalityId === municipalityId && p.role === role);
    return seats.find((p) => p.fromDate <= date && (p.toDate === null || p.toDate >= date)) ?? seats[0];
  };

  // Who goes where: a person's path in their run (first 25 tandems: first run), both to AG-Treffen, cohort days and
  // their own workshop, the planning specialist to the open online dates, plus guests from outside the cohort.
  type Person = { userId: number | null; municipalityId: number | null; name: string; email: string };
  const all = await listEvents(db, programId);
  const plan: { event: (typeof all)[number]; person: Person }[] = [];
  cohortIds.forEach((cohortId, index) => {
    for (const eventSummary of all) {
      const slug = slugOf.get(eventSummary.formatId)!;
      const date = eventSummary.days[0]?.date ?? today;
      const roles: string[] = [];
      if (slug === "lernpfad-fuehrung" || slug === "lernpfad-change") {
        if (added.has(eventSummary.id) === index >= 25) roles.push(slug === "lernpfad-fuehrung" ? "leader" : "planningSpecialist");
      } else if (slug === "ag-treffen" || slug === "fellowtag") roles.push("leader", "planningSpecialist");
      else if (slug === "kommune-gestaltet") roles.push("planningSpecialist");
      else if (slug === "kommunal-workshop" && eventSummary.municipalityId === cohortId) roles.push("leader", "planningSpecialist");
      for (const role of roles) {
        const item = holder(cohortId, role, date);
        if (item) plan.push({ event: eventSummary, person: { userId: item.userId, municipalityId: cohortId, name: item.name, email: item.email } });
      }
    }
  });
  for (const eventSummary of all.filter((x) => x.audience === "public"))
    for (let group = 1; group <= guestsPerOpenEvent; group++)
      plan.push({
        event: eventSummary,
        person: { userId: null, municipalityId: null, name: `Gast ${group} (Beispiel)`, email: `gast${group}.t${eventSummary.id}@beispiel.example` },
      });

  const marks = new Map<string, { dayId: number; present: boolean }[]>();
  const rows = plan.map(({ event, person }) => {
    const past = event.days.filter((d) => d.date < today).map((d) => ({ dayId: d.id, present: next() < presentShare }));
    marks.set(`${event.id} ${person.email}`, past);
    const over = event.days.length > 0 && past.length === event.days.length;
    return { eventId: event.id, ...person, status: over ? (past.every((d) => d.present) ? "attended" : "noShow") : "registered" };
  });
  // The demo registered the nine Fellow tandems already; their existing registrations stay as they are.
  const created = await inChunks(rows, (c) =>
    db
      .insert(registrations)
      .values(c)
      .onConflictDoNothing({ target: [registrations.eventId, registrations.email] })
      .returning({ id: registrations.id, eventId: registrations.eventId, email: registrations.email }),
  );
  const present = created.flatMap((r) =>
    (marks.get(`${r.eventId} ${r.email}`) ?? []).map((m) => ({ registrationId: r.id, eventDayId: m.dayId, present: m.present })),
  );
  await inChunks(present, (c) => db.insert(attendance).values(c).returning({ id: attendance.registrationId }));

  const talks = ["2025-10-15", "2026-01-21", "2026-04-22", "2026-09-30", "2027-03-17", "2027-09-22"].filter((d) => d <= today);
  const checkInRows = cohortRows
    .filter((r) => !r.fellow)
    .flatMap((r) =>
      talks
        .filter(() => next() < 0.9)
        .map((heldOn) => ({
          programId,
          municipalityId: r.id,
          heldOn,
          participants: "Tandem, K360-Team",
          topics: ["Planung nächster Schritte"],
          notes: "Beispielnotiz.",
        })),
    );
  await inChunks(checkInRows, (c) => db.insert(checkIns).values(c).returning({ id: checkIns.id }));

  const leadershipFormatId = formatId("lernpfad-fuehrung");
  await seedApplications(db, leadershipFormatId);
  const count = async (table: PgTable) => (await db.select({ n: sql<number>`count(*)::int` }).from(table))[0].n;
  const size = {
    cohort: await count(cohort),
    tandemMembers: await count(tandemMembers),
    events: await count(events),
    eventDays: await count(eventDays),
    registrations: await count(registrations),
    attendance: await count(attendance),
    checkIns: await count(checkIns),
    applications: (
      await db
        .select({ n: sql<number>`count(*)::int` })
        .from(applications)
        .where(eq(applications.formatId, leadershipFormatId))
    )[0].n,
  };
  return { size, leadershipFormatId };
}

/** exampleApplicants(1000, 2025), mapped like applications/demo.ts; the demo's 60 are the first 60 of them. */
async function seedApplications(db: Db, formatId: number): Promise<void> {
  const rows = exampleApplicants(applicantCount, 2025).map((a) => ({
    formatId,
    name: a.name,
    email: `${a.name
      .toLowerCase()
      .replace(/ä/g, "ae")
      .replace(/ö/g, "oe")
      .replace(/ü/g, "ue")
      .replace(/ß/g, "ss")
      .replace(/[^a-z]+/g, ".")
      .replace(/^\.|\.$/g, "")}.${a.id}@beispiel.example`,
    municipalityId: null,
    municipalityName: a.municipalityName,
    stateCode: a.stateCode,
    municipalityKind: a.municipalityKind,
    jobTitle: `Leitung ${a.perspective}`,
    yearsOfExperience: a.yearsOfExperience,
    perspective: a.perspective,
    motivation: "Beispielbewerbung für den Lasttest: Austausch mit anderen Kommunen und neue Methoden der Steuerung kennenlernen.",
    tandemPartnerApplying: a.tandemPartnerApplying,
    partnerName: a.tandemPartnerApplying ? "Beispiel Partnerin" : "",
    isExample: true,
    createdAt: new Date(a.submittedAt),
  }));
  await inChunks(rows, (c) =>
    db
      .insert(applications)
      .values(c)
      .onConflictDoNothing({ target: [applications.formatId, applications.email] })
      .returning({ id: applications.id }),
  );
}
