/** German texts of the application process: field labels, notices and the mails to applicants. */
import type { ApplicationFormat } from "./queries.ts";
import type { Decision, DecisionStatus } from "./rules/decisions.ts";
import { deadlineLabel } from "./queries.ts";

export const fieldLabels: Record<string, string> = {
  name: "Name",
  email: "E-Mail-Adresse",
  jobTitle: "Funktion",
  yearsOfExperience: "Jahre Führungserfahrung",
  ags: "Amtlicher Gemeindeschlüssel Ihrer Kommune",
  perspective: "Arbeitsfeld",
  motivation: "Motivation",
  partnerName: "Name der Planungsfachkraft",
};

export const statusLabels: Record<string, string> = {
  submitted: "eingegangen",
  accepted: "Zusage",
  waitlisted: "Warteliste",
  rejected: "Absage",
};

export const messages = {
  duplicate: "Mit dieser E-Mail-Adresse liegt für diesen Lernpfad bereits eine Bewerbung vor.",
  deadline: (f: ApplicationFormat) => `Die Bewerbungsfrist ist am ${deadlineLabel(f)} abgelaufen. Bewerbungen sind nicht mehr möglich.`,
  notYet: (f: ApplicationFormat) => `Die Entscheidungen können erst nach dem Ende der Bewerbungsfrist am ${deadlineLabel(f)} versandt werden.`,
  confirm: "Bitte bestätigen Sie, dass Sie den Vorschlag geprüft haben.",
  changed: "Der Stand hat sich geändert, seit Sie die Seite geladen haben. Bitte prüfen Sie den Vorschlag und versenden Sie erneut.",
  alreadySent: "Die Entscheidung über diese Bewerbung ist bereits versandt und lässt sich hier nicht mehr ändern.",
  badOverride: "Bitte wählen Sie eine der angebotenen Entscheidungen.",
  overrideSaved: "Die Auswahl ist angepasst.",
  chooseReplaced: "Alle Plätze sind vergeben: Bitte wählen Sie, wer aus der vorgeschlagenen Gruppe den Platz abgibt.",
};

export function sentNotice(item: { accepted: number; waitlisted: number; rejected: number }): string {
  const total = item.accepted + item.waitlisted + item.rejected;
  if (total === 0) return "Alle Entscheidungen waren bereits versandt; es ging keine weitere E-Mail hinaus.";
  return `${total} ${total === 1 ? "E-Mail ist" : "E-Mails sind"} versandt: ${item.accepted} Zusagen, ${item.waitlisted} Plätze auf der Warteliste, ${item.rejected} Absagen.`;
}

export function sendButtonLabel(item: { accepted: number; waitlisted: number; rejected: number; total: number }): string {
  return `${item.total} ${item.total === 1 ? "E-Mail" : "E-Mails"} versenden (${item.accepted} Zusagen, ${item.waitlisted} Warteliste, ${item.rejected} Absagen)`;
}

export function receivedMail(format: ApplicationFormat, name: string) {
  return {
    subject: `Ihre Bewerbung für den ${format.title} ist eingegangen`,
    text:
      `Guten Tag ${name},\n\nvielen Dank für Ihre Bewerbung für einen der ${format.freeSeats} freien Plätze im ${format.title}.\n` +
      `Die Bewerbungsfrist endet am ${deadlineLabel(format)}. Danach stellt das Team eine möglichst vielfältige Gruppe zusammen ` +
      `und schreibt Ihnen, ob Sie einen Platz erhalten.\n\nIhre Angaben sieht nur das Team der Initiative; wir nutzen sie nur für diese Auswahl.\n`,
  };
}

const decisionSubjects: Record<DecisionStatus, string> = {
  accepted: "Zusage",
  waitlisted: "Warteliste",
  rejected: "Ihre Bewerbung",
};

export function decisionMail(format: ApplicationFormat, name: string, decision: Decision, baseUrl: string) {
  const intro = `Guten Tag ${name},\n\n`;
  const body: Record<DecisionStatus, string> = {
    accepted:
      `wir freuen uns: Sie erhalten einen der ${format.freeSeats} freien Plätze im ${format.title}.\n` +
      `Die Termine der Module finden Sie hier: ${baseUrl}/termine\n\nBitte sagen Sie uns Bescheid, falls Sie doch nicht teilnehmen können, damit wir den Platz weitergeben können.\n`,
    waitlisted:
      `vielen Dank für Ihre Bewerbung für den ${format.title}. Die ${format.freeSeats} freien Plätze sind vergeben; ` +
      `Sie stehen auf Platz ${decision.rank ?? 1} der Warteliste. Wird ein Platz frei, melden wir uns bei Ihnen.\n`,
    rejected:
      `vielen Dank für Ihre Bewerbung für den ${format.title}. Wir hatten deutlich mehr Bewerbungen als Plätze und haben ` +
      `die Gruppe so zusammengestellt, dass sie möglichst viele Länder, Arbeitsfelder und Erfahrungen vereint. ` +
      `Leider können wir Ihnen diesmal keinen Platz anbieten.\n\nOffene Veranstaltungen der Initiative finden Sie hier: ${baseUrl}/termine\n`,
  };
  return { subject: `${decisionSubjects[decision.status]}: ${format.title}`, text: intro + body[decision.status] };
}

/** Messages of the application form beside its fields. */
export const formTexts = {
  name: "Bitte geben Sie Ihren Namen ein.",
  email: "Bitte geben Sie eine gültige E-Mail-Adresse ein.",
  jobTitle: "Bitte geben Sie Ihre Funktion an, z. B. Leitung des Jugendamts.",
  years: "Bitte geben Sie die Jahre als ganze Zahl von 0 bis 60 ein.",
  perspective: "Bitte wählen Sie Ihr Arbeitsfeld aus der Liste.",
  motivationShort: (min: number, length: number) => `Bitte beschreiben Sie Ihre Motivation in mindestens ${min} Zeichen (bisher ${length}).`,
  partnerName: "Bitte nennen Sie den Namen Ihrer Planungsfachkraft, die sich für den Lernpfad Change bewirbt.",
  agsFormat: "Bitte geben Sie den Gemeindeschlüssel mit 5 oder 8 Ziffern ein, z. B. 05314 für Bonn.",
  agsUnknown: "Zu diesem Gemeindeschlüssel kennen wir keine Kommune. Bitte schlagen Sie ihn im Kommunenverzeichnis nach.",
  agsFellow: (name: string) => `${name} ist Fellow-Kommune: Ihre Führungskraft ist im Lernpfad bereits gesetzt und muss sich nicht bewerben.`,
  notFound: "Die Ausschreibung",
  applicationNotFound: "Die Bewerbung",
};
