/** German texts of the certificates of attendance. */
export const certificateTexts = {
  notFound: "Eine Teilnahmebescheinigung für diesen Lernpfad",
};

/** The full titles of the training paths as the certificate prints them. */
export const pathTitles: Record<string, string> = {
  "Lernpfad Führung": "Lernpfad Führung: Leitung gestaltet Veränderung",
  "Lernpfad Change": "Lernpfad Change: Integrierte Arbeitsweisen für Jugendhilfeplaner:innen",
};
