/** The municipalities module's German texts: labels of its forms, notices and messages. */

export const notFoundTexts = {
  municipality: "Die Kommune",
  byAgs: "Eine Kommune mit diesem Gemeindeschlüssel",
  project: "Das Vorhaben",
};

/** The Jugendamt's contact details, in the order the form and the profile show them. */
export const contactLabels = {
  youthOfficeName: "Name des Jugendamts",
  youthOfficeAddress: "Anschrift",
  youthOfficePhone: "Telefon",
  youthOfficeEmail: "E-Mail-Adresse",
  youthOfficeWebsite: "Website",
};

export const contactHints: Partial<Record<keyof typeof contactLabels, string>> = {
  youthOfficeAddress: "Straße, Postleitzahl und Ort, gern in zwei Zeilen.",
  youthOfficeEmail: "Die allgemeine Adresse des Jugendamts, keine persönliche.",
  youthOfficeWebsite: "Z. B. https://www.beispiel.de/jugendamt",
};

export const profileLabels = { description: "Beschreibung", ...contactLabels, topics: "Themen" };

export const projectLabels: Record<string, string> = {
  title: "Titel",
  summary: "Kurzbeschreibung",
  goals: "Ziele",
  phase: "Phase",
  startsOn: "Beginn",
  endsOn: "Ende",
  topics: "Themen",
  learnings: "Erkenntnisse",
};

export const milestoneLabel = (i: number) => `Meilenstein ${i + 1}`;
export const milestoneDueLabel = (i: number) => `Datum von Meilenstein ${i + 1}`;

export const municipalityLabels = { ags: "Amtlicher Gemeindeschlüssel (8 Ziffern)", name: "Name", population: "Einwohner:innen", areaKm2: "Fläche in km²" };

export const personLabels = { name: "Name", jobTitle: "Funktion", tandemRole: "Rolle im Tandem", email: "E-Mail-Adresse", accountRole: "Konto anlegen" };

export const messages = {
  unknownTopic: "Bitte wählen Sie nur Themen aus der Liste.",
  tooManyGoals: "Bitte nennen Sie höchstens 15 Ziele.",
  goalTooLong: "Bitte fassen Sie jedes Ziel in höchstens 300 Zeichen.",
  milestoneWithoutTitle: "Bitte geben Sie dem Meilenstein einen Titel.",
  agsTaken: "Eine Kommune mit diesem Gemeindeschlüssel gibt es bereits.",
  agsFormat: "Der Gemeindeschlüssel einer kreisangehörigen Stadt hat genau 8 Ziffern, z. B. 05758012.",
  noParentKreis: (kreis: string) => `Zu diesem Schlüssel gibt es keinen Kreis (${kreis}). Bitte prüfen Sie die ersten fünf Ziffern.`,
  accountNeedsEmail: "Für ein Konto braucht die Person eine E-Mail-Adresse.",
  accountExists: "Mit dieser Adresse gibt es bereits ein Konto.",
};

/** The mail a new member gets with the link to set a password. */
export const invitationMail = (name: string, municipality: string, baseUrl: string, token: string) => ({
  subject: "Ihr Zugang zu K360",
  text: `Guten Tag ${name},\n\nfür Sie wurde ein Konto bei K360 angelegt, mit dem Sie das Profil von ${municipality} pflegen können.\nLegen Sie mit diesem Link Ihr Passwort fest (60 Minuten gültig):\n\n${baseUrl}/passwort-neu/${token}\n\nDanach können Sie sich jederzeit unter ${baseUrl}/anmelden anmelden, auch mit einem Link per E-Mail.\n`,
});

export const personalDataLabels = { people: "Personen der Kommunen", youthOffice: "Kontaktadresse eines Jugendamts" };

/** Key figures on the profile and in the directory. */
export const figureTexts = {
  none: "keine Angabe",
  source: "Kennzahlen: Statistisches Bundesamt, Gemeindeverzeichnis",
  asOf: (day: string) => `Stand ${day}`,
  unknownDate: "Stand nicht angegeben",
  noneForDistricts: "Für die Bezirke Berlins liegen im Verzeichnis keine amtlichen Kennzahlen vor.",
  towns: "Kreisangehörige Städte mit eigenem Jugendamt",
  districts: "Bezirke mit eigenem Jugendamt",
};
