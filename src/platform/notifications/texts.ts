import type { Delivery } from "./kinds.ts";

/** The German texts of notifications: the settings page and the mails. */
export const notificationTexts = {
  title: "Benachrichtigungen",
  intro: "Legen Sie fest, worüber K360 Sie per E-Mail informiert: sofort oder einmal am Tag in einer Zusammenfassung am Morgen.",
  none: "Für Ihre Rolle gibt es keine Benachrichtigungen.",
  save: "Einstellungen speichern",
  saved: "Ihre Einstellungen sind gespeichert.",
};

export const deliveryLabels: Record<Delivery, string> = {
  off: "Aus",
  immediate: "Sofort",
  digest: "Tägliche Zusammenfassung",
};

const footer = (baseUrl: string) => `\n\n--\nWas Sie erhalten, stellen Sie hier ein: ${baseUrl}/konto/benachrichtigungen\n`;

export function immediateMail(name: string, item: { subject: string; text: string; path: string }, baseUrl: string) {
  return { subject: item.subject, text: `Guten Tag ${name},\n\n${item.text}\n\n${baseUrl}${item.path}${footer(baseUrl)}` };
}

export function digestMail(name: string, items: { subject: string; text: string; path: string }[], baseUrl: string) {
  const lines = items.map((i) => `- ${i.subject}\n  ${i.text}\n  ${baseUrl}${i.path}`).join("\n\n");
  const count = items.length === 1 ? "eine Neuigkeit" : `${items.length} Neuigkeiten`;
  return {
    subject: `K360: Ihre tägliche Zusammenfassung (${count})`,
    text: `Guten Tag ${name},\n\nseit gestern gibt es ${count} für Sie:\n\n${lines}${footer(baseUrl)}`,
  };
}
