import { acceptOf, fileKinds } from "../../../platform/files.ts";

/** German texts of practice reports: notices after a change and what a report still needs. */
export const notices: Record<string, string> = {
  entwurf: "Der Entwurf ist gespeichert.",
  eingereicht: "Der Bericht ist eingereicht. Das Team der Initiative sieht ihn durch.",
  veroeffentlicht: "Der Bericht ist veröffentlicht.",
  zurueck: "Der Bericht ist an die Kommune zurückgegeben.",
  anhang: "Der Anhang ist gespeichert.",
  entfernt: "Der Anhang ist entfernt.",
  geloescht: "Der Bericht ist gelöscht.",
};

export const limits = { topics: 5 };

export const messages = {
  report: "Der Bericht",
  attachment: "Der Anhang",
  title: "Bitte geben Sie einen Titel mit mindestens 5 Zeichen ein.",
  problem: "Bitte beschreiben Sie das Problem, von dem Sie ausgegangen sind.",
  approach: "Bitte beschreiben Sie, wie Sie vorgegangen sind.",
  unknownTopic: "Bitte wählen Sie nur Themen aus der Liste.",
  noTopic: "Bitte wählen Sie mindestens ein Thema.",
  project: "Bitte wählen Sie ein Veränderungsvorhaben Ihrer Kommune.",
  reviewNote: "Bitte schreiben Sie der Kommune, was sie ändern soll.",
  noFile: "Bitte wählen Sie eine Datei aus.",
  tooManyFiles: (max: number) => `Ein Bericht kann höchstens ${max} Anhänge haben. Bitte entfernen Sie zuerst einen.`,
};

/** Attachments a report may carry: PDFs and images, at most ten. */
export const attachmentKinds = [fileKinds.pdf, fileKinds.png, fileKinds.jpeg];
export const acceptedAttachments = acceptOf(attachmentKinds);
export const maxAttachments = 10;

/** What the team and authors read in notifications about a report. */
export const reportNotices = {
  submitted: (report: { id: number; title: string }) => ({
    subject: `Praxisbeispiel zur Prüfung: ${report.title}`,
    text: `Das Praxisbeispiel „${report.title}“ wurde eingereicht und wartet auf die Prüfung.`,
    path: "/austausch/pruefung",
  }),
  published: (report: { id: number; title: string }) => ({
    subject: `Veröffentlicht: ${report.title}`,
    text: `Ihr Praxisbeispiel „${report.title}“ ist veröffentlicht.`,
    path: `/austausch/berichte/${report.id}`,
  }),
  returned: (report: { id: number; title: string }) => ({
    subject: `Zur Überarbeitung zurück: ${report.title}`,
    text: `Das Team hat Ihr Praxisbeispiel „${report.title}“ mit einem Hinweis zur Überarbeitung zurückgegeben.`,
    path: `/austausch/berichte/${report.id}/bearbeiten`,
  }),
};

/** The practice reports' panels on "Mein K360". */
export const startTexts = {
  ownInReview: "Ihre Praxisbeispiele in der Prüfung",
  waiting: "wartet auf die Prüfung durch das Team",
  returned: "zur Überarbeitung zurückgegeben",
  noneInReview: "Keines Ihrer Praxisbeispiele ist gerade in der Prüfung.",
  ownReports: "Meine Praxisbeispiele",
  onTopics: "Neue Praxisbeispiele zu Ihren Themen",
  noneOnTopics: "In den letzten 60 Tagen kam kein neues Praxisbeispiel zu den Themen Ihrer Kommune hinzu.",
  finder: "Zum Austausch",
  toReview: (n: number) => (n === 1 ? "1 Praxisbeispiel wartet auf die Prüfung" : `${n} Praxisbeispiele warten auf die Prüfung`),
  noneToReview: "Kein Praxisbeispiel wartet auf die Prüfung.",
  review: "Zur Prüfung",
};

/** The section of practice reports on a municipality's profile. */
export const profileTexts = {
  heading: "Praxisbeispiele",
  intro: (name: string) => `Was ${name} im Austausch über die eigene Arbeit berichtet hat:`,
  example: "Beispielbericht, erfunden",
};
