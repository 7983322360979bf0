/** The German wording of the privacy desk: looking up, exporting and erasing a person's data. */

export const labels = { email: "E-Mail-Adresse", bestaetigt: "Bestätigung" };

export const messages = {
  email: "Bitte geben Sie die E-Mail-Adresse ein, zu der Sie Daten suchen.",
  confirm: "Bitte bestätigen Sie, dass die Person die Löschung verlangt hat.",
};

export const accountLabel = "Benutzerkonto";
export const accountKept =
  "Konten werden hier nicht gelöscht: Zu einem Konto gehören die Teilnahme am Programm, das Tandem und die Berichte einer Kommune. Soll das Konto weg, entfernt es die Administration gesondert; Sitzungen und Anmeldelinks verschwinden dann mit ihm.";
