import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { cohort, eventDays, events, formats, programs, tandemMembers } from "./tables.ts";
import type { FormatKind, FormatRule } from "./reference.ts";
import { fellowProgramSlug } from "./reference.ts";

interface FormatSeed {
  slug: string;
  title: string;
  kind: FormatKind;
  description: string;
  rule: FormatRule;
  freeSeats?: number;
  applicationDeadline?: string;
}

/** The formats of the Fellow program with the rules the initiative set for 2025–2027. */
export const formatSeeds: FormatSeed[] = [
  {
    slug: "kommunal-workshop",
    title: "Kommunal-Workshop",
    kind: "municipalWorkshop",
    description: "Einmal in der Laufzeit vor Ort in der Kommune, zu einem Thema, das die Kommune wählt.",
    rule: { obligee: "municipality", required: 1, byModule: false },
  },
  {
    slug: "check-in",
    title: "Check-In",
    kind: "checkIn",
    description: "Telefonische Begleitung: ab Herbst 2025, je zweimal 2026 und 2027.",
    rule: { obligee: "municipality", required: 5, byModule: false },
  },
  {
    slug: "lernpfad-fuehrung",
    title: "Lernpfad Führung",
    kind: "trainingPath",
    description:
      "Drei zweitägige Module für die Führungskraft, zeitgleich und am selben Ort wie der Lernpfad Change. 16 Plätze: die neun Fellow-Führungskräfte sind gesetzt, 7 Plätze sind frei.",
    rule: { obligee: "leader", required: 3, byModule: true },
    freeSeats: 7,
    applicationDeadline: "2025-09-30",
  },
  {
    slug: "lernpfad-change",
    title: "Lernpfad Change",
    kind: "trainingPath",
    description: "Drei zweitägige Module für die Planungsfachkraft, zeitgleich und am selben Ort wie der Lernpfad Führung.",
    rule: { obligee: "planningSpecialist", required: 3, byModule: true },
  },
  {
    slug: "ag-treffen",
    title: "K360 AG-Treffen",
    kind: "workingGroupMeeting",
    description: "Vier Treffen 2026/27 zu Themen aus den Vorhaben der Kohorte; die Teilnahme an mindestens zwei ist verbindlich.",
    rule: { obligee: "municipality", required: 2, byModule: false },
  },
  {
    slug: "kommune-gestaltet",
    title: "Kommune gestaltet!",
    kind: "openOnlineEvent",
    description: "Online, dreimal im Jahr, etwa eine Stunde, offen für alle und freiwillig.",
    rule: { obligee: "none", required: 0, byModule: false },
  },
  {
    slug: "fellowtag",
    title: "Fellowtag und Festival",
    kind: "oneOff",
    description: "Einmalige Treffen der ganzen Kohorte.",
    rule: { obligee: "none", required: 0, byModule: false },
  },
];

interface EventSeed {
  format: string;
  title: string;
  moduleNumber?: number;
  place?: string;
  onlineUrl?: string;
  capacity?: number;
  audience: "cohort" | "public";
  days: [string, string, string][];
  description: string;
}

/** The module topics of the Lernpfad Führung as the initiative announced them. */
const leadershipTopics = ["Neue Anforderungen an Planung und Steuerung", "Zusammenarbeit und Veränderung in Verwaltung", "Kooperation mit Politik und Trägern"];

const training = (format: string, path: string, n: number, days: [string, string]): EventSeed => ({
  format,
  title: `${path}, Modul ${n}${format === "lernpfad-fuehrung" ? `: ${leadershipTopics[n - 1]}` : ""}`,
  moduleNumber: n,
  place: "Leipzig (Beispielort, Tagungshaus wird bekannt gegeben)",
  capacity: 16,
  audience: "cohort",
  days: [
    [days[0], "10:00", "17:30"],
    [days[1], "09:00", "15:00"],
  ],
  description: "Präsenzmodul mit fachlichen Impulsen, Reflexion der eigenen Ausgangslage und kollegialer Beratung. Anreise bitte am Vortag.",
});

export const eventSeeds: EventSeed[] = [
  ...(["2025-12-03", "2026-03-18", "2026-06-17"] as const).flatMap((entry, index) => {
    const second = new Date(`${entry}T00:00:00Z`);
    second.setUTCDate(second.getUTCDate() + 1);
    const days: [string, string] = [entry, second.toISOString().slice(0, 10)];
    return [training("lernpfad-fuehrung", "Lernpfad Führung", index + 1, days), training("lernpfad-change", "Lernpfad Change", index + 1, days)];
  }),
  {
    format: "ag-treffen",
    title: "AG-Treffen: Knappe Ressourcen priorisieren",
    onlineUrl: "https://k360.example/online/ag-1",
    capacity: 30,
    audience: "cohort",
    days: [["2026-05-06", "10:00", "13:00"]],
    description: "Digitales Treffen zu Kriterien und Verfahren, mit denen Kommunen Prioritäten setzen.",
  },
  {
    format: "ag-treffen",
    title: "AG-Treffen: Politik und Verwaltung im Gespräch",
    place: "Berlin",
    capacity: 30,
    audience: "cohort",
    days: [["2026-10-14", "10:00", "16:00"]],
    description: "Treffen in Präsenz: wie Planung im Jugendhilfeausschuss Gehör findet.",
  },
  {
    format: "ag-treffen",
    title: "AG-Treffen: Beteiligung von Trägern und Adressat:innen",
    onlineUrl: "https://k360.example/online/ag-3",
    capacity: 30,
    audience: "cohort",
    days: [["2027-02-24", "10:00", "13:00"]],
    description: "Digitales Treffen zu Formaten, die freie Träger und junge Menschen einbeziehen.",
  },
  {
    format: "ag-treffen",
    title: "AG-Treffen: Inklusive Jugendhilfeplanung",
    place: "Frankfurt am Main",
    capacity: 30,
    audience: "cohort",
    days: [["2027-06-09", "10:00", "16:00"]],
    description: "Treffen in Präsenz zur Umsetzung des KJSG in der Planung.",
  },
  {
    format: "kommune-gestaltet",
    title: "Kommune gestaltet! Daten erzählen lassen",
    onlineUrl: "https://k360.example/online/kg",
    capacity: 100,
    audience: "public",
    days: [["2026-11-25", "12:00", "13:00"]],
    description: "Eine Stunde online: wie Planungsdaten im Ausschuss verständlich werden. Offen für alle Interessierten.",
  },
  {
    format: "kommune-gestaltet",
    title: "Kommune gestaltet! Jugendhilfeplanung und Schule",
    onlineUrl: "https://k360.example/online/kg",
    capacity: 100,
    audience: "public",
    days: [["2027-02-10", "12:00", "13:00"]],
    description: "Eine Stunde online zur Zusammenarbeit von Jugendhilfe- und Schulentwicklungsplanung.",
  },
  {
    format: "kommune-gestaltet",
    title: "Kommune gestaltet! Beteiligung im ländlichen Raum",
    onlineUrl: "https://k360.example/online/kg",
    capacity: 100,
    audience: "public",
    days: [["2027-06-23", "12:00", "13:00"]],
    description: "Eine Stunde online: was Beteiligung in Flächenkreisen möglich macht.",
  },
];

export async function hasProgram(db: Db): Promise<boolean> {
  return (await db.select({ id: programs.id }).from(programs).where(eq(programs.slug, fellowProgramSlug))).length > 0;
}

/** The Fellow program 2025–2027, its cohort, formats and dates. */
export async function seedProgram(db: Db, fellowIds: number[]): Promise<number> {
  return db.transaction(async (tx) => {
    const [program] = await tx
      .insert(programs)
      .values({
        slug: fellowProgramSlug,
        title: "K360 Fellow-Programm 2025–2027",
        startsOn: "2025-09-01",
        endsOn: "2027-10-31",
        description: "Zwei Jahre Begleitung für neun Kommunen auf dem Weg zu integrierter Planung und Steuerung.",
      })
      .returning({ id: programs.id });
    if (fellowIds.length) await tx.insert(cohort).values(fellowIds.map((municipalityId) => ({ programId: program.id, municipalityId })));
    const formatIds = new Map<string, number>();
    for (const [position, formatSeed] of formatSeeds.entries()) {
      const [row] = await tx
        .insert(formats)
        .values({ ...formatSeed, programId: program.id, position })
        .returning({ id: formats.id });
      formatIds.set(formatSeed.slug, row.id);
    }
    for (const eventSeed of eventSeeds) {
      const { format, days, ...values } = eventSeed;
      const [row] = await tx
        .insert(events)
        .values({ ...values, programId: program.id, formatId: formatIds.get(format)! })
        .returning({ id: events.id });
      await tx.insert(eventDays).values(days.map(([date, startsAt, endsAt]) => ({ eventId: row.id, date, startsAt, endsAt })));
    }
    return program.id;
  });
}

export async function addTandemMember(
  db: Db,
  programId: number,
  municipalityId: number,
  userId: number,
  role: "leader" | "planningSpecialist",
  fromDate: string,
) {
  const existing = await db
    .select({ id: tandemMembers.id })
    .from(tandemMembers)
    .where(and(eq(tandemMembers.programId, programId), eq(tandemMembers.userId, userId), eq(tandemMembers.role, role)));
  if (existing.length === 0) await db.insert(tandemMembers).values({ programId, municipalityId, userId, role, fromDate });
}
