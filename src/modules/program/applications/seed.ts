import { isNull } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { applications } from "../tables.ts";
import { exampleApplicants } from "./rules/generate.ts";

const jobTitles: Record<string, string> = {
  Jugendhilfeplanung: "Leitung der Jugendhilfeplanung",
  Kita: "Fachbereichsleitung Kindertagesbetreuung",
  "Schule/Bildung": "Leitung des Bildungsbüros",
  Sozialplanung: "Leitung der Sozialplanung",
  "Hilfen zur Erziehung": "Abteilungsleitung Hilfen zur Erziehung",
  Jugendarbeit: "Leitung der Kinder- und Jugendarbeit",
  Gesundheit: "Leitung des Gesundheitsamts",
  Verwaltungsleitung: "Dezernentin für Jugend und Soziales",
};

const motivations = [
  "Wir bauen gerade eine gemeinsame Planung von Jugendhilfe, Schule und Gesundheit auf und möchten lernen, wie andere Kommunen das steuern.",
  "Als neue Führungskraft suche ich den Austausch mit Kolleginnen und Kollegen, die vor ähnlichen Fragen stehen wie wir.",
  "Unsere Kommune wächst schnell; wir wollen die Angebote für Familien vorausschauend planen statt nur auf Engpässe zu reagieren.",
  "Nach vielen Jahren in der Leitung möchte ich meine Erfahrung einbringen und neue Methoden der datengestützten Steuerung kennenlernen.",
];

const partnerNames = ["Lea Hoffmann", "Can Demir", "Julia Krämer", "Markus Albers", "Svenja Roth", "Piotr Lewandowski"];

/** "Anna Öztürk" → "anna.oeztuerk": addresses that look real but can never be delivered. */
function mailbox(name: string): string {
  const folded = name.toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss");
  return folded.replace(/[^a-z]+/g, ".").replace(/^\.|\.$/g, "");
}

/** Sixty invented applications for the demo, so the team can try the selection; marked as examples. */
export async function seedApplicationsDemo(db: Db, formatId: number): Promise<void> {
  const rows = exampleApplicants(60, 2025).map((a, i) => ({
    formatId,
    name: a.name,
    email: `${mailbox(a.name)}.${a.id}@beispiel.example`,
    municipalityId: null,
    municipalityName: a.municipalityName,
    stateCode: a.stateCode,
    municipalityKind: a.municipalityKind,
    jobTitle: jobTitles[a.perspective] ?? "Leitung des Jugendamts",
    yearsOfExperience: a.yearsOfExperience,
    perspective: a.perspective,
    motivation: motivations[i % motivations.length],
    tandemPartnerApplying: a.tandemPartnerApplying,
    partnerName: a.tandemPartnerApplying ? partnerNames[i % partnerNames.length] : "",
    isExample: true,
    createdAt: new Date(a.submittedAt),
  }));
  await db
    .insert(applications)
    .values(rows)
    .onConflictDoNothing({ target: [applications.formatId, applications.email], where: isNull(applications.confirmTokenHash) });
}
