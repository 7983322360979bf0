/** German strings of the indicator catalogue. */
export const fieldLabels: Record<string, string> = {
  key: "Schlüssel",
  name: "Name",
  unit: "Einheit",
  polarity: "Richtung",
  definition: "Definition",
  numerator: "Zähler",
  denominator: "Nenner",
  source: "Quelle",
  referenceDate: "Stichtag",
  period: "Zeitraum eines Werts",
  minCases: "Mindestfallzahl",
};

export const hints = {
  key: "Nur Kleinbuchstaben ohne Umlaute, Ziffern und Unterstrich, z. B. schulweg_km. Der Schlüssel steht in Importdateien und Skripten und lässt sich später nicht ändern.",
  polarity: "Für die Sozialraumanalyse: zeigt ein höherer Wert mehr oder weniger Bedarf an?",
  denominator: "Leer lassen bei Anzahlen.",
  referenceDate: "Zum Beispiel 31.12. oder Ende des Schuljahres.",
  minCases: "Werte aus weniger Fällen werden zum Schutz der Betroffenen nicht angezeigt. Üblich sind 3.",
};

export const polarityShort = { more: "höher = mehr Bedarf", less: "höher = weniger Bedarf" } as const;

export const messages = {
  keyInCatalogue: (key: string) => `Den Schlüssel „${key}“ gibt es schon im Startkatalog. Bitte wählen Sie einen anderen.`,
  keyTaken: (key: string) => `Den Schlüssel „${key}“ hat schon einer Ihrer eigenen Indikatoren. Bitte wählen Sie einen anderen.`,
  minCasesMissing: "Bitte geben Sie die Mindestfallzahl ein (üblich sind 3).",
  minCasesWhole: "Bitte geben Sie eine ganze Zahl ein.",
  notFound: "Der Indikator",
};

export const notices: Record<string, string> = {
  angelegt: "Der Indikator ist angelegt.",
  geaendert: "Die Änderungen sind gespeichert.",
};

export const pageTexts = {
  title: "Indikatoren",
  starter: "Startkatalog",
  starterIntro: "Diese Indikatoren gibt es für alle Kommunen in gleicher Form. Ihre Schlüssel gelten in Importdateien und Skripten.",
  own: "Eigene Indikatoren",
  noOwn: "Ihre Kommune hat noch keine eigenen Indikatoren.",
  add: "Eigenen Indikator anlegen",
  noCut: "Noch kein Gebietsstand angelegt",
  noValues: "keine",
  starterLocked:
    "Indikatoren des Startkatalogs sind für alle Kommunen gleich und lassen sich nicht ändern. Wenn Sie eine andere Definition brauchen, legen Sie einen eigenen Indikator an.",
};
