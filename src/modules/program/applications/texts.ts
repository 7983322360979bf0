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
  declined: "Platz abgegeben",
};

export const messages = {
  deadline: (f: ApplicationFormat) => `Die Bewerbungsfrist ist am ${deadlineLabel(f)} abgelaufen. Bewerbungen sind nicht mehr möglich.`,
  notYet: (f: ApplicationFormat) => `Die Entscheidungen können erst nach dem Ende der Bewerbungsfrist am ${deadlineLabel(f)} versandt werden.`,
  confirm: "Bitte bestätigen Sie, dass Sie den Vorschlag geprüft haben.",
  changed: "Der Stand hat sich geändert, seit Sie die Seite geladen haben. Bitte prüfen Sie den Vorschlag und versenden Sie erneut.",
  alreadySent: "Die Entscheidung über diese Bewerbung ist bereits versandt und lässt sich hier nicht mehr ändern.",
  badOverride: "Bitte wählen Sie eine der angebotenen Entscheidungen.",
  overrideSaved: "Die Auswahl ist angepasst.",
  seatFreed: "Platz durch eine Absage frei geworden und angeboten",
  linkInvalid: "Dieser Link gilt nicht mehr: Er ist abgelaufen, wurde schon benutzt oder ist unvollständig.",
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

export function confirmAddressMail(format: ApplicationFormat, name: string, link: string) {
  return {
    subject: `Bitte bestätigen Sie Ihre Bewerbung für den ${format.title}`,
    text:
      `Guten Tag ${name},\n\nüber das Formular der Initiative wurde mit dieser E-Mail-Adresse eine Bewerbung für den ${format.title} abgeschickt.\n` +
      `Bitte bestätigen Sie Ihre Adresse innerhalb von 7 Tagen über diesen Link; erst dann zählt die Bewerbung:\n${link}\n\n` +
      `Liegt unter dieser Adresse schon eine bestätigte Bewerbung vor, bleibt sie unverändert. ` +
      `Haben Sie sich nicht beworben, können Sie diese E-Mail löschen; dann wird nichts gespeichert.\n`,
  };
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

/** The mail of a decision; `link` is where the accepted applicant takes or declines the seat, or else the dates page. */
export function decisionMail(format: ApplicationFormat, name: string, decision: Decision, link: string) {
  const intro = `Guten Tag ${name},\n\n`;
  const body: Record<DecisionStatus, string> = {
    accepted:
      `wir freuen uns: Sie erhalten einen der ${format.freeSeats} freien Plätze im ${format.title}.\n` +
      `Bitte sagen Sie uns innerhalb von 7 Tagen über diesen Link, ob Sie den Platz annehmen:\n${link}\n\n` +
      `Mit der Zusage richten wir Ihnen ein Konto ein (oder nutzen Ihr bestehendes); unter „Mein Programm“ sehen Sie dann die Module Ihres Lernpfads. ` +
      `Sagen Sie ab, geben wir den Platz an die nächste Person auf der Warteliste weiter.\n`,
    waitlisted:
      `vielen Dank für Ihre Bewerbung für den ${format.title}. Die ${format.freeSeats} freien Plätze sind vergeben; ` +
      `Sie stehen auf Platz ${decision.rank ?? 1} der Warteliste. Wird ein Platz frei, melden wir uns bei Ihnen.\n`,
    rejected:
      `vielen Dank für Ihre Bewerbung für den ${format.title}. Wir hatten deutlich mehr Bewerbungen als Plätze und haben ` +
      `die Gruppe so zusammengestellt, dass sie möglichst viele Länder, Arbeitsfelder und Erfahrungen vereint. ` +
      `Leider können wir Ihnen diesmal keinen Platz anbieten.\n\nOffene Veranstaltungen der Initiative finden Sie hier: ${link}\n`,
  };
  return { subject: `${decisionSubjects[decision.status]}: ${format.title}`, text: intro + body[decision.status] };
}

/** The mail to the next person on the waiting list when someone declined their seat. */
export function seatOfferedMail(format: ApplicationFormat, name: string, link: string) {
  return {
    subject: `Ein Platz ist frei geworden: ${format.title}`,
    text:
      `Guten Tag ${name},\n\nim ${format.title} ist ein Platz frei geworden, und Sie stehen als Nächste oder Nächster auf der Warteliste. ` +
      `Wir bieten Ihnen den Platz gern an.\nBitte sagen Sie uns innerhalb von 7 Tagen über diesen Link, ob Sie ihn annehmen:\n${link}\n\n` +
      `Mit der Zusage richten wir Ihnen ein Konto ein (oder nutzen Ihr bestehendes); unter „Mein Programm“ sehen Sie dann die Module Ihres Lernpfads.\n`,
  };
}

export const answerTexts = {
  title: "Ihr Platz im Lernpfad",
  accepted: "Sie haben den Platz angenommen. Wir freuen uns auf Sie!",
  acceptedAccount:
    "Ihr Konto bei K360 ist eingerichtet. Melden Sie sich mit Ihrer E-Mail-Adresse über einen Anmeldelink an; unter „Mein Programm“ sehen Sie die Module Ihres Lernpfads.",
  declined: "Sie haben den Platz abgegeben. Vielen Dank für Ihre Nachricht – wir bieten ihn der nächsten Person auf der Warteliste an.",
  badChoice: "Bitte wählen Sie, ob Sie den Platz annehmen oder abgeben.",
};

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
