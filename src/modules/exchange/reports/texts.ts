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

/** The section of practice reports on a municipality's profile. */
export const profileTexts = {
  heading: "Praxisbeispiele",
  intro: (name: string) => `Was ${name} im Austausch über die eigene Arbeit berichtet hat:`,
  example: "Beispielbericht, erfunden",
};
