/** The newsletter's German wording in one place. */

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
  termine: "Termine",
  testEmail: "E-Mail-Adresse für die Testmail",
};

export const messages = {
  email: "Bitte geben Sie eine gültige E-Mail-Adresse ein.",
  consent: "Bitte bestätigen Sie mit dem Häkchen, dass Sie den Newsletter erhalten möchten.",
  number: "Bitte geben Sie die Nummer im Format „2-2026“ ein: die laufende Nummer im Jahr, ein Bindestrich, das Jahr.",
  numberTaken: "Diese Nummer hat schon eine andere Ausgabe.",
  title: "Bitte geben Sie einen Titel mit 5 bis 150 Zeichen ein.",
  editorial: "Bitte schreiben Sie höchstens 10.000 Zeichen.",
  articles: "Bitte wählen Sie höchstens zehn veröffentlichte Beiträge aus der Liste.",
  events: "Bitte wählen Sie höchstens zehn kommende Termine aus der Liste.",
  mailFailed: "Die E-Mail konnte gerade nicht verschickt werden. Bitte versuchen Sie es in einigen Minuten noch einmal.",
  confirmationMailFailed: "Die E-Mail mit dem Bestätigungslink konnte gerade nicht verschickt werden. Bitte versuchen Sie es in einigen Minuten noch einmal.",
  unknownLink: "Diesen Link zum Abbestellen gibt es nicht.",
  notDraft: "Diese Ausgabe wird schon verschickt oder ist verschickt und lässt sich nicht mehr ändern.",
};

/** Notices after a redirect, by the `stand` query parameter. */
export const notices: Record<string, string> = {
  gespeichert: "Die Ausgabe ist gespeichert.",
  testmail: "Die Testmail ist verschickt.",
  versand: "Der Versand hat begonnen. Die Plattform verschickt die E-Mails nach und nach im Hintergrund.",
};

export const signedUpTitle = "Fast geschafft: Bitte schauen Sie in Ihr Postfach";
/** The same answer for a new, a known and a confirmed address: the page must not tell which it was. */
export const signedUpText =
  "Wenn die Adresse noch nicht bestätigt ist, schicken wir Ihnen eine E-Mail mit einem Bestätigungslink. Erst wenn Sie darin auf „Abonnement bestätigen“ klicken, erhalten Sie den Newsletter. Der Link gilt sieben Tage. Ist keine E-Mail angekommen, sehen Sie bitte im Spam-Ordner nach.";

export function confirmationMail(link: string) {
  return {
    subject: "Bitte bestätigen Sie Ihr Newsletter-Abonnement",
    text:
      "Guten Tag,\n\n" +
      "diese E-Mail-Adresse wurde für den Newsletter der Initiative Kommune 360° angemeldet. " +
      "Bitte bestätigen Sie das Abonnement innerhalb von sieben Tagen. Öffnen Sie dazu diesen Link und klicken Sie auf „Abonnement bestätigen“:\n\n" +
      `${link}\n\n` +
      "Ohne Bestätigung erhalten Sie keinen Newsletter, und wir löschen Ihre Adresse nach sieben Tagen.\n" +
      "Haben Sie sich nicht angemeldet, können Sie diese E-Mail einfach ignorieren.\n\n" +
      "Ihr Team der Initiative Kommune 360°\n",
  };
}

/** The mail preview is a document of its own with its inline stylesheet; it runs no script and may only be framed by our own pages. */
export const previewPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

/** The newsletter's panel on "Mein K360". */
export const startTexts = {
  bounces: "Unzustellbare Newsletter-Adressen (letzte 90 Tage)",
  noBounces: "Keine Adresse ist in den letzten 90 Tagen unzustellbar gewesen.",
  issues: "Alle Ausgaben",
};
