/** The selection's German texts: the team's page, its notices and the decision mails. */
import { formatDate, formatDateTime } from "../../../platform/dates.ts";
import type { Call } from "../queries.ts";

export const pageTexts = {
  title: (call: Call) => `Auswahl: ${call.title}`,
  notFound: "Die Ausschreibung",
  applicationNotFound: "Die Bewerbung",
  beforeDeadline: (call: Call) =>
    `Die Bewerbungsfrist läuft noch bis ${formatDateTime(call.deadline)}. Die Auswahl beginnt erst danach, damit alle Bewerbungen die gleiche Chance haben.`,
  intro: (call: Call, count: number) =>
    `${count} ${count === 1 ? "eingereichte Bewerbung" : "eingereichte Bewerbungen"} für ${call.places} Plätze. ` +
    `Der Vorschlag wählt die Bewerbungen mit den besten Bewertungen und achtet zugleich darauf, dass die Gruppe möglichst verschieden ist: ` +
    `Länder und Regionen, Art und Größe der Kommunen, Themen der Vorhaben und Stand der Planung. Bei Gleichstand entscheidet der frühere Eingang.`,
  overridesHelp:
    "Sie können jede Wahl ändern. „Aufnehmen“ setzt eine Bewerbung in die Gruppe; sind alle Plätze vergeben, wählen Sie, wen sie ersetzt – " +
    "diese Bewerbung steht dann vorn auf der Warteliste. „Herausnehmen“ nimmt eine Bewerbung aus der Gruppe, und die Bewerbung, die die Gruppe dann am meisten ergänzt, rückt nach.",
  noApplications: "Zu dieser Ausschreibung wurde keine Bewerbung eingereicht.",
  unreviewed: (count: number) =>
    `${count} ${count === 1 ? "Bewerbung ist" : "Bewerbungen sind"} noch ohne Bewertung. Sie stehen hinter allen bewerteten Bewerbungen; bitte lassen Sie sie vor dem Versand bewerten.`,
  proposal: (places: number) => `Vorschlag für die ${places} Plätze`,
  chosenCaption: (count: number) => `Vorgeschlagene Gruppe (${count})`,
  waitingHeading: "Warteliste",
  waitingHelp: "In der Reihenfolge, in der die Bewerbungen die Gruppe am meisten ergänzen würden. Sagt eine Kommune ab, rückt die erste nach.",
  waitingCaption: (count: number) => `Warteliste (${count})`,
  excludedHeading: "Vom Team nicht aufgenommen",
  excludedCaption: (count: number) => `Nicht aufgenommen (${count})`,
  spreadHeading: "Zusammensetzung der Gruppe",
  spreadCaption: "Streuung: alle Bewerbungen und die vorgeschlagene Gruppe im Vergleich",
  decidedHeading: "Entscheidungen",
  decidedCaption: "Versandte Entscheidungen",
  decided: (call: Call) => `Die Entscheidungen wurden am ${call.decidedAt ? formatDate(call.decidedAt) : ""} versandt. Sie lassen sich nicht mehr ändern.`,
  sendHeading: "Entscheidungen versenden",
  sendHelp: (accepted: number, declined: number) =>
    `Beide Personen jedes Tandems erhalten genau eine E-Mail: ${accepted} ${accepted === 1 ? "Zusage" : "Zusagen"} und ${declined} ${declined === 1 ? "Absage" : "Absagen"}. ` +
    "Danach ist die Auswahl abgeschlossen und lässt sich nicht mehr ändern.",
  fellowHelp: "Die ausgewählten Kommunen bilden dann die Kohorte eines neuen Fellow-Programms mit ihren Tandems und Vorhaben.",
  confirm: "Ich habe den Vorschlag geprüft und möchte die Entscheidungen versenden.",
  send: "Entscheidungen versenden",
};

export const columns = {
  municipality: "Kommune",
  municipalityAndProject: "Kommune und Vorhaben",
  score: "Bewertung",
  reasons: "Begründung",
  actions: "Ändern",
  rank: "Platz",
  decision: "Entscheidung",
  feature: "Merkmal",
  pool: (size: number) => `Bewerbungen (${size})`,
  group: (size: number) => `Gruppe (${size})`,
};

export const spreadLabels = {
  lands: "Bundesländer",
  regions: "Regionen",
  kinds: "Art der Kommune",
  sizeClasses: "Größenklasse",
  topics: "Themen der Vorhaben",
  stages: "Stand der Planung",
  meanScore: "Mittlere Bewertung",
} as const;

export const controls = {
  include: "Aufnehmen",
  exclude: "Herausnehmen",
  undo: "Rückgängig",
  replaces: (municipality: string) => `${municipality} aufnehmen: ersetzt …`,
  forced: "vom Team gesetzt",
  noScore: "ohne Bewertung",
  reviews: (count: number) => `${count} ${count === 1 ? "Bewertung" : "Bewertungen"}`,
};

export const messages = {
  overrideSaved: "Die Änderung ist gespeichert; der Vorschlag ist neu berechnet.",
  badOverride: "Bitte wählen Sie, ob die Bewerbung aufgenommen werden soll oder nicht.",
  chooseReplaced: "Alle Plätze sind vergeben. Bitte wählen Sie, welche Kommune den Platz abgibt.",
  alreadyDecided: "Die Entscheidungen sind schon versandt; die Auswahl lässt sich nicht mehr ändern.",
  notYet: "Die Bewerbungsfrist läuft noch; die Auswahl beginnt erst danach.",
  confirm: "Bitte bestätigen Sie, dass Sie die Entscheidungen versenden möchten.",
  sent: (count: number) => `Die Entscheidungen sind versandt: ${count} ${count === 1 ? "E-Mail geht" : "E-Mails gehen"} an die Tandems.`,
  sentBefore: "Die Entscheidungen waren schon versandt. Es wurde nichts erneut verschickt.",
};

export const declineReasons = {
  places: (places: number, count: number) =>
    `Für die ${places} Plätze haben sich ${count} Kommunen beworben. Wir mussten uns für eine Gruppe entscheiden, die möglichst verschieden ist und in der jede Kommune von den anderen lernen kann.`,
  waiting: (rank: number) => `Ihre Bewerbung steht auf Platz ${rank} unserer Nachrückliste. Wird ein Platz frei, melden wir uns bei Ihnen.`,
  team: "Nach Abwägung aller Bewerbungen hat sich das Team für andere Kommunen entschieden.",
};

interface MailInput {
  call: Call;
  name: string;
  municipality: string;
  reasons: string[];
  baseUrl: string;
}

export function acceptanceMail({ call, name, municipality, baseUrl }: MailInput) {
  const next =
    call.kind === "fellow"
      ? "Was als Nächstes kommt: Ihr Tandem gehört ab heute zur neuen Kohorte. Unter „Mein Programm“ sehen Sie, was das Programm von Ihnen erwartet – " +
        `den Kommunal-Workshop vor Ort, die Check-Ins, die beiden Lernpfade und die AG-Treffen:\n${baseUrl}/mein-programm\n\n` +
        "Ihr Veränderungsvorhaben steht auf dem Profil Ihrer Kommune; Sie können es dort weiter ausarbeiten. " +
        "In den nächsten Wochen melden wir uns für ein erstes Gespräch mit Ihrem Tandem.\n"
      : "In den nächsten Wochen melden wir uns mit den nächsten Schritten und den Terminen.\n";
  return {
    subject: `Zusage: ${call.title}`,
    text:
      `Guten Tag ${name},\n\nwir freuen uns sehr: ${municipality} ist eine der ${call.places} Kommunen im ${call.title}. ` +
      `Vielen Dank für Ihre Bewerbung und die Zeit, die Sie und Ihr Tandem hineingesteckt haben.\n\n${next}\nHerzliche Grüße\nIhr K360-Team\n`,
  };
}

export function declineMail({ call, name, municipality, reasons, baseUrl }: MailInput) {
  return {
    subject: `Ihre Bewerbung: ${call.title}`,
    text:
      `Guten Tag ${name},\n\nvielen Dank, dass sich ${municipality} für das ${call.title} beworben hat. ` +
      "Wir haben jede Bewerbung sorgfältig gelesen – und es fällt uns schwer, Ihnen diesmal keinen Platz anbieten zu können.\n\n" +
      `${reasons.join("\n")}\n\n` +
      "Vieles von K360 steht Ihnen trotzdem offen:\n" +
      `– Kommune gestaltet!, unser offenes Online-Format dreimal im Jahr: ${baseUrl}/termine\n` +
      `– der Austausch mit Praxisbeispielen anderer Kommunen: ${baseUrl}/austausch\n` +
      `– der Newsletter, der über neue Angebote und Ausschreibungen informiert: ${baseUrl}/newsletter\n\n` +
      "Wir würden uns freuen, Sie dort zu treffen.\n\nHerzliche Grüße\nIhr K360-Team\n",
  };
}
