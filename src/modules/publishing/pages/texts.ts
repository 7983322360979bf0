/** The German wording of the site's pages and of "Barriere melden"; the pages' long texts are in texts/. */

/** Notices on the team's list of reports, by the `stand` query parameter. */
export const notices: Record<string, string> = { done: "Die Meldung ist als erledigt markiert.", open: "Die Meldung ist wieder offen." };

export const messages = {
  description: "Bitte beschreiben Sie die Barriere.",
  oneLine: "Bitte geben Sie die Adresse der Seite in einer Zeile ein.",
  notFound: "Die Meldung",
};

/** The mail to the admins about a new report. */
export function barrierMail(id: number, values: Record<"pageUrl" | "description" | "name" | "email", string>, baseUrl: string) {
  const text = [
    `Über das Formular „Barriere melden“ ist eine neue Meldung eingegangen (Nr. ${id}).`,
    "",
    `Seite: ${values.pageUrl || "nicht angegeben"}`,
    "",
    "Beschreibung:",
    values.description,
    "",
    `Name: ${values.name || "nicht angegeben"}`,
    `E-Mail: ${values.email || "nicht angegeben"}`,
    "",
    `Alle Meldungen: ${baseUrl}/barrierefreiheit/meldungen`,
    "",
  ].join("\n");
  return { subject: `Barriere gemeldet (Nr. ${id})`, text };
}
