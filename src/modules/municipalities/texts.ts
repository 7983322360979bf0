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

export const profileLabels = { description: "Beschreibung", ...contactLabels, topics: "Themen", officialDomains: "Offizielle E-Mail-Domains" };
export const officialDomainsHint =
  "Nur für das Team: Domains der Behörde, durch Kommas getrennt, z. B. kreis-olpe.de. Wer eine Adresse dort (oder in einer Subdomain) hat, erhält Zugang nach Bestätigung per E-Mail.";

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
  badDomain: (domain: string) => `„${domain}“ ist keine Domain. Bitte geben Sie Domains wie kreis-olpe.de ein, durch Kommas getrennt.`,
};

/** The mail a new member gets with the link to set a password. */
export const invitationMail = (name: string, municipality: string, baseUrl: string, token: string) => ({
  subject: "Ihr Zugang zu K360",
  text: `Guten Tag ${name},\n\nfür Sie wurde ein Konto bei K360 angelegt, mit dem Sie das Profil von ${municipality} pflegen können.\nLegen Sie mit diesem Link Ihr Passwort fest (7 Tage gültig):\n\n${baseUrl}/konto-einrichten/${token}\n\nDanach können Sie sich jederzeit unter ${baseUrl}/anmelden anmelden, auch mit einem Link per E-Mail.\n`,
});

export const personalDataLabels = { people: "Personen der Kommunen", youthOffice: "Kontaktadresse eines Jugendamts" };

/** The municipalities' panel on "Mein K360". */
export const startTexts = {
  peers: "Kommunen, die Ähnliches bewegt",
  noPeers: "Sobald Ihre Kommune Themen oder Vorhaben angibt, finden Sie hier Kommunen mit ähnlichen Vorhaben.",
  ownProfile: (name: string) => `Profil von ${name}`,
};

/** Key figures on the profile and in the directory. */
export const figureTexts = {
  none: "keine Angabe",
  source: "Kennzahlen: Statistisches Bundesamt, Gemeindeverzeichnis",
  asOf: (day: string) => `Stand ${day}`,
  unknownDate: "Stand nicht angegeben",
  noneForDistricts: "Für die Bezirke Berlins und Hamburgs liegen im Verzeichnis keine amtlichen Kennzahlen vor.",
  towns: "Kreisangehörige Städte mit eigenem Jugendamt",
  districts: "Bezirke mit eigenem Jugendamt",
};
