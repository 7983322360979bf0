import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { addUser, findUserByEmail } from "../../../platform/auth/service.ts";
import { demoPassword } from "../../../platform/auth/demo-accounts.ts";
import { attendance, checkIns, registrations, tandemMembers } from "../tables.ts";
import { seedNextStepsDemo } from "../checkins/seed.ts";
import { cohortMunicipalityIds, listEvents, listFormats, municipalityNames } from "../queries/events.ts";
import { seedApplicationsDemo } from "../applications/seed.ts";
import { addTandemMember } from "../seed.ts";
import { examplePeople } from "../../municipalities/index.ts";

/** Who missed what in the demo, so the obligations overview has tandems at risk to show. */
const absences: Record<string, string[]> = {
  "15089:leader": ["Lernpfad Führung, Modul 2: Zusammenarbeit und Veränderung in Verwaltung"],
  "02000:planningSpecialist": ["Lernpfad Change, Modul 3"],
  "02000": ["AG-Treffen: Knappe Ressourcen priorisieren", "AG-Treffen: Politik und Verwaltung im Gespräch"],
  "13072": ["AG-Treffen: Knappe Ressourcen priorisieren"],
  "15002": ["AG-Treffen: Politik und Verwaltung im Gespräch"],
  "05758012": ["AG-Treffen: Politik und Verwaltung im Gespräch"],
  "15089": ["AG-Treffen: Politik und Verwaltung im Gespräch"],
};

async function demoUser(db: Db, email: string, name: string, role: "leader" | "planningSpecialist", municipalityId: number) {
  return (await findUserByEmail(db, email)) ?? (await addUser(db, { email, name, role, municipalityId, password: demoPassword }));
}

/** Invented tandems for the nine Fellow municipalities, their registrations and the attendance of past dates. */
export async function seedProgramDemo(db: Db, programId: number, today: string): Promise<void> {
  const members = [...(await municipalityNames(db, await cohortMunicipalityIds(db, programId))).values()];
  const all = await listEvents(db, programId);
  for (const member of members) {
    const handle = member.slug.slice(member.ags.length + 1);
    const [leaderName, plannerName] = examplePeople[member.ags] ?? ["Leitung (Beispiel)", "Planung (Beispiel)"];
    const leader = await demoUser(db, `leitung.${handle}@k360.example`, leaderName, "leader", member.id);
    const planner = await demoUser(db, `planung.${handle}@k360.example`, plannerName, "planningSpecialist", member.id);
    await addTandemMember(db, programId, member.id, leader.id, "leader", "2025-09-01");
    let successor: typeof planner | null = null;
    if (member.ags === "05966") {
      // A tandem that changed: the first planning specialist left in spring 2026.
      await db
        .insert(tandemMembers)
        .values({ programId, municipalityId: member.id, userId: planner.id, role: "planningSpecialist", fromDate: "2025-09-01", toDate: "2026-03-31" });
      successor = await demoUser(db, `planung2.${handle}@k360.example`, "Paul Wechsel", "planningSpecialist", member.id);
      await addTandemMember(db, programId, member.id, successor.id, "planningSpecialist", "2026-04-01");
    } else await addTandemMember(db, programId, member.id, planner.id, "planningSpecialist", "2025-09-01");
    const tandem = [
      { user: leader, role: "leader" },
      { user: planner, role: "planningSpecialist" },
    ];
    for (const { user: first, role } of tandem) {
      const pathTitle = role === "leader" ? "Lernpfad Führung" : "Lernpfad Change";
      const mine = all.filter((e) => e.title.startsWith(pathTitle) || e.formatKind === "workingGroupMeeting");
      for (const eventSummary of mine) {
        const user = successor && role === "planningSpecialist" && eventSummary.days[0].date >= "2026-04-01" ? successor : first;
        if (eventSummary.formatKind === "workingGroupMeeting" && eventSummary.days[0].date > today) continue;
        const [row] = await db
          .insert(registrations)
          .values({ eventId: eventSummary.id, userId: user.id, municipalityId: member.id, name: user.name, email: user.email, status: "registered" })
          .returning({ id: registrations.id });
        if (eventSummary.days.some((d) => d.date >= today)) continue;
        const missed = [...(absences[`${member.ags}:${role}`] ?? []), ...(absences[member.ags] ?? [])].includes(eventSummary.title);
        await db.insert(attendance).values(eventSummary.days.map((d) => ({ registrationId: row.id, eventDayId: d.id, present: !missed })));
        await db
          .update(registrations)
          .set({ status: missed ? "noShow" : "attended" })
          .where(and(eq(registrations.id, row.id)));
      }
    }
  }
  await seedCheckIns(
    db,
    programId,
    members.map((m) => m.id),
  );
  await seedNextStepsDemo(db, programId);
  const leadership = (await listFormats(db, programId)).find((f) => f.slug === "lernpfad-fuehrung");
  if (leadership) await seedApplicationsDemo(db, leadership.id);
  const open = all.find((e) => e.audience === "public" && e.days[0].date >= today);
  if (open) {
    await db.insert(registrations).values([
      { eventId: open.id, name: "Sanja Beispielfrau", email: "sanja@beispiel-traeger.example", status: "registered" },
      { eventId: open.id, name: "Tim Vorlage", email: "tim.vorlage@kreis.example", status: "registered" },
    ]);
  }
}

/** Check-ins so far: one in autumn 2025 for everyone, the 2026 ones for most; notes are invented examples. */
async function seedCheckIns(db: Db, programId: number, municipalityIds: number[]) {
  const notes = [
    "Beispielnotiz: Ausgangslage besprochen, die Verwaltungsspitze unterstützt das Vorhaben, im Jugendhilfeausschuss gibt es noch Vorbehalte.",
    "Beispielnotiz: Widerstand aus einer Fachabteilung; vereinbart, die Ziele des Vorhabens in deren Teamsitzung vorzustellen.",
    "Beispielnotiz: Daten der Sozialraumanalyse liegen vor; Frage, wie sie verständlich im Ausschuss präsentiert werden.",
  ];
  const rows = municipalityIds.flatMap((municipalityId, index) => {
    const dates = ["2025-10-15", ...(index % 3 === 2 ? ["2026-04-22"] : ["2026-04-22", "2026-09-30"])];
    return dates.map((heldOn, k) => ({
      programId,
      municipalityId,
      heldOn,
      participants: "Tandem der Kommune, Begleitung durch das K360-Team",
      topics: [["Reflexion des Status quo"], ["Umgang mit Widerstand", "Planung nächster Schritte"], ["Daten und Berichte", "Zusammenarbeit mit Politik"]][k],
      notes: notes[k],
      nextSteps: "Beispiel: Termin mit der Amtsleitung vereinbaren, Entwurf bis zum nächsten Check-In abstimmen.",
    }));
  });
  await db.insert(checkIns).values(rows);
}
