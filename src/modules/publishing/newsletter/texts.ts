/** The newsletter's German wording in one place. */
import { operator } from "../pages/texts/operator.ts";

/** Shown beside the checkbox and stored word for word with every sign-up as the proof of consent. */
export const consentText =
  "Ja, ich möchte den Newsletter der Initiative Kommune 360° per E-Mail erhalten (etwa viermal im Jahr). Dafür wird meine E-Mail-Adresse gespeichert. Ich kann den Newsletter jederzeit über den Link in jeder Ausgabe abbestellen.";

export const fieldLabels = {
  email: "E-Mail-Adresse",
  zustimmung: "Einwilligung",
  number: "Nummer",
  title: "Titel",
  editorial: "Editorial",
  artikel: "Beiträge aus dem Magazin",
  berichte: "Praxisbeispiele aus dem Austausch",
  termine: "Termine",
  testEmail: "E-Mail-Adresse für die Testmail",
  sendDate: "Datum des Versands",
  sendTime: "Uhrzeit des Versands",
  bestaetigt: "Bestätigung",
};

export const messages = {
  email: "Bitte geben Sie eine gültige E-Mail-Adresse ein.",
  consent: "Bitte bestätigen Sie mit dem Häkchen, dass Sie den Newsletter erhalten möchten.",
  number: "Bitte geben Sie die Nummer im Format „2-2026“ ein: die laufende Nummer im Jahr, ein Bindestrich, das Jahr.",
  numberTaken: "Diese Nummer hat schon eine andere Ausgabe.",
  title: "Bitte geben Sie einen Titel mit 5 bis 150 Zeichen ein.",
  editorial: "Bitte schreiben Sie höchstens 10.000 Zeichen.",
  articles: "Bitte wählen Sie höchstens zehn veröffentlichte Beiträge aus der Liste.",
  reports: "Bitte wählen Sie höchstens zehn öffentliche Praxisbeispiele aus der Liste.",
  events: "Bitte wählen Sie höchstens zehn kommende Termine aus der Liste.",
  mailFailed: "Die E-Mail konnte gerade nicht verschickt werden. Bitte versuchen Sie es in einigen Minuten noch einmal.",
  unknownLink: "Diesen Link zum Abbestellen gibt es nicht.",
  notDraft: "Diese Ausgabe wird schon verschickt oder ist verschickt und lässt sich nicht mehr ändern.",
  sendDate: "Bitte geben Sie das Datum des Versands ein, zum Beispiel 14.03.2027.",
  sendTime: "Bitte geben Sie die Uhrzeit im Format 09:30 ein.",
  notInFuture: "Bitte wählen Sie einen Zeitpunkt in der Zukunft. Für den sofortigen Versand nutzen Sie „An alle senden“.",
  notConfirmed: "Bitte bestätigen Sie den Versand mit dem Knopf unten.",
};

/** The confirmation before an issue goes to every confirmed subscriber. */
export const sendTexts = {
  title: (number: string) => `Nr. ${number} an alle senden?`,
  recipients: (n: number) =>
    `Die Ausgabe geht an ${n.toLocaleString("de-DE")} ${n === 1 ? "bestätigte Abonnentin oder bestätigten Abonnenten" : "bestätigte Abonnent:innen"}. Danach lässt sie sich nicht mehr ändern oder zurückholen.`,
  confirm: (n: number) => `Ja, jetzt an ${n.toLocaleString("de-DE")} senden`,
  cancel: "Abbrechen und zurück zur Ausgabe",
  scheduledFor: (when: string) => `Geplant: Der Versand beginnt von selbst am ${when}.`,
};

/** Notices after a redirect, by the `stand` query parameter. */
export const notices: Record<string, string> = {
  gespeichert: "Die Ausgabe ist gespeichert.",
  testmail: "Die Testmail ist verschickt.",
  versand: "Der Versand hat begonnen. Die Plattform verschickt die E-Mails nach und nach im Hintergrund.",
  geplant: "Der Versand ist geplant. Bis dahin können Sie die Ausgabe noch ändern.",
  "planung-aufgehoben": "Die Planung ist aufgehoben. Die Ausgabe ist wieder ein Entwurf ohne Versandtermin.",
};

export const signedUpTitle = "Fast geschafft: Bitte schauen Sie in Ihr Postfach";
/** The same answer for a new, a known and a confirmed address: the page must not tell which it was. */
export const signedUpText =
  "Wenn die Adresse noch nicht bestätigt ist, schicken wir Ihnen eine E-Mail mit einem Bestätigungslink. Erst wenn Sie darin auf „Abonnement bestätigen“ klicken, erhalten Sie den Newsletter. Der Link gilt sieben Tage. Ist keine E-Mail angekommen, sehen Sie bitte im Spam-Ordner nach.";

/** The provider's identification (§ 5 DDG) at the foot of every newsletter mail: who sends it, where, and the Impressum. */
export const imprintLines = (baseUrl: string) => [
  `Anbieterin: ${operator.name}`,
  `${operator.street}, ${operator.postcode} ${operator.city}`,
  `Vertreten durch: ${operator.representatives}`,
  `${operator.register} · USt-IdNr.: ${operator.vatId}`,
  `Telefon: ${operator.phone} · E-Mail: ${operator.email}`,
  `Impressum: ${baseUrl}/impressum`,
];

export function confirmationMail(link: string, baseUrl: string) {
  return {
    subject: "Bitte bestätigen Sie Ihr Newsletter-Abonnement",
    text:
      "Guten Tag,\n\n" +
      "diese E-Mail-Adresse wurde für den Newsletter der Initiative Kommune 360° angemeldet. " +
      "Bitte bestätigen Sie das Abonnement innerhalb von sieben Tagen. Öffnen Sie dazu diesen Link und klicken Sie auf „Abonnement bestätigen“:\n\n" +
      `${link}\n\n` +
      "Ohne Bestätigung erhalten Sie keinen Newsletter, und wir löschen Ihre Adresse nach sieben Tagen.\n" +
      "Haben Sie sich nicht angemeldet, können Sie diese E-Mail einfach ignorieren.\n\n" +
      "Ihr Team der Initiative Kommune 360°\n\n" +
      `--\n${imprintLines(baseUrl).join("\n")}\n`,
  };
}

/** The mail preview is a document of its own with its inline stylesheet; it runs no script and may only be framed by our own pages. */
export const previewPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

/** The import of a subscriber list: what is wrong with the file, or with one of its rows. */
export const importMessages = {
  noFile: "Bitte wählen Sie eine CSV-Datei aus.",
  tooLarge: "Die Datei ist größer als 2 MB. Bitte teilen Sie die Liste auf.",
  notCsv: "Bitte laden Sie eine CSV-Datei hoch (Endung .csv), zum Beispiel aus Excel mit „Speichern unter“ → „CSV (Trennzeichen-getrennt)“.",
  empty: "Die Datei enthält keine Zeilen unter der Überschriftenzeile.",
  tooMany: "Die Datei hat mehr als 5.000 Zeilen. Bitte teilen Sie die Liste auf.",
  noEmailColumn: "Die erste Zeile braucht eine Spalte „E-Mail“. Erwartet werden die Spalten „E-Mail;Einwilligung am;Quelle“.",
  noProofColumns:
    "Ohne Nachweis der Einwilligung lässt sich niemand importieren: Die erste Zeile braucht die Spalten „Einwilligung am“ (Datum) und „Quelle“ (wie und wo eingewilligt wurde).",
  email: "Die E-Mail-Adresse ist ungültig.",
  noProof: "Der Nachweis der Einwilligung fehlt: Datum und Quelle sind leer.",
  noDay: "Das Datum der Einwilligung fehlt.",
  badDay: (value: string) => `„${value.slice(0, 40)}“ ist kein gültiges Datum. Bitte im Format TT.MM.JJJJ, zum Beispiel 14.03.2025.`,
  futureDay: "Das Datum der Einwilligung liegt in der Zukunft.",
  noSource: "Die Quelle der Einwilligung fehlt (zum Beispiel „Anmeldeliste Fachtag 2025“).",
  badSource: "Die Quelle darf höchstens 200 Zeichen und keine spitzen Klammern enthalten.",
  twice: "Die Adresse steht weiter oben schon in der Datei.",
  unsubscribed: "Die Adresse hat den Newsletter nach dieser Einwilligung abbestellt. Nur sie selbst kann ihn wieder bestellen.",
};

/** Stored as the consent text of an imported address, beside its day and source. */
export const importedConsentText = "Einwilligung außerhalb der Website erteilt; Nachweis (Datum und Quelle) von der Redaktion beim Import erfasst.";

/** The states of a subscriber as the team reads them. */
export const subscriberStatuses: Record<string, string> = { pending: "unbestätigt", confirmed: "bestätigt", unsubscribed: "abgemeldet" };

/** The columns of the subscriber export (CSV) and the team's list. */
export const subscriberColumns = ["E-Mail", "Stand", "Einwilligung am", "Quelle", "Einwilligungstext", "Bestätigt am", "Abgemeldet am"];

/** The newsletter's panel on "Mein K360". */
export const startTexts = {
  ownHeading: "Sie erhalten den Newsletter",
  ownSince: (day: string) => `bestätigt am ${day}`,
  ownUnsubscribe: "Newsletter abbestellen",
  bounces: "Unzustellbare Newsletter-Adressen (letzte 90 Tage)",
  noBounces: "Keine Adresse ist in den letzten 90 Tagen unzustellbar gewesen.",
  issues: "Alle Ausgaben",
};
