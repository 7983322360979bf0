import type { Polarity } from "../reference.ts";

/** One indicator of the starter catalogue, as every installation has it (planning_indicators with no municipality). */
export interface StarterIndicator {
  key: string;
  name: string;
  definition: string;
  numerator: string;
  denominator: string;
  unit: string;
  polarity: Polarity;
  source: string;
  referenceDate: string;
  period: string;
  minCases: number;
}

const registry = "Einwohnermelderegister (Auswertung der kommunalen Statistikstelle)";
const employment = "Statistik der Bundesagentur für Arbeit";

/** The common indicators of youth-welfare planning, in our own words; the keys are stable for scripts and imports. */
export const starterCatalogue: StarterIndicator[] = [
  {
    key: "einwohner",
    name: "Einwohnerinnen und Einwohner",
    definition:
      "Alle Personen mit Hauptwohnsitz im Gebiet. Dient der Regel zur Mindestbevölkerung: Gebiete mit weniger als 300 Menschen bleiben aus dem Index heraus.",
    numerator: "Personen mit Hauptwohnsitz im Gebiet",
    denominator: "",
    unit: "Anzahl",
    polarity: "more",
    source: registry,
    referenceDate: "31.12.",
    period: "Jahr",
    minCases: 3,
  },
  {
    key: "u18",
    name: "Minderjährige (unter 18 Jahren)",
    definition: "Kinder und Jugendliche mit Hauptwohnsitz im Gebiet, die am Stichtag noch nicht 18 Jahre alt sind.",
    numerator: "Personen unter 18 Jahren mit Hauptwohnsitz im Gebiet",
    denominator: "",
    unit: "Anzahl",
    polarity: "more",
    source: registry,
    referenceDate: "31.12.",
    period: "Jahr",
    minCases: 3,
  },
  {
    key: "u6",
    name: "Kinder unter 6 Jahren",
    definition: "Kinder im Alter vor der Einschulung; Grundlage für die Planung von Kindertagesbetreuung und Frühen Hilfen.",
    numerator: "Personen unter 6 Jahren mit Hauptwohnsitz im Gebiet",
    denominator: "",
    unit: "Anzahl",
    polarity: "more",
    source: registry,
    referenceDate: "31.12.",
    period: "Jahr",
    minCases: 3,
  },
  {
    key: "sgb2_u15",
    name: "Kinder unter 15 Jahren im SGB-II-Bezug",
    definition:
      "Anteil der Kinder unter 15 Jahren, die in einer Bedarfsgemeinschaft nach dem SGB II (Bürgergeld) leben. Gilt als wichtigster Hinweis auf Kinderarmut im Gebiet.",
    numerator: "Nicht erwerbsfähige Leistungsberechtigte unter 15 Jahren in Bedarfsgemeinschaften",
    denominator: "Personen unter 15 Jahren mit Hauptwohnsitz im Gebiet",
    unit: "%",
    polarity: "more",
    source: employment,
    referenceDate: "31.12.",
    period: "Jahr",
    minCases: 3,
  },
  {
    key: "alleinerziehend",
    name: "Alleinerziehende Haushalte",
    definition: "Anteil der Haushalte mit minderjährigen Kindern, in denen nur ein Elternteil lebt.",
    numerator: "Haushalte mit Kindern unter 18 Jahren und einer erwachsenen Person",
    denominator: "Alle Haushalte mit Kindern unter 18 Jahren",
    unit: "%",
    polarity: "more",
    source: `${registry}, Haushaltegenerierung`,
    referenceDate: "31.12.",
    period: "Jahr",
    minCases: 3,
  },
  {
    key: "hze_u21",
    name: "Hilfen zur Erziehung je 1.000 unter 21-Jährige",
    definition:
      "Laufende und im Jahr beendete Hilfen zur Erziehung nach §§ 27–35 SGB VIII sowie Hilfen für junge Volljährige nach § 41 SGB VIII, bezogen auf 1.000 junge Menschen unter 21 Jahren.",
    numerator: "Hilfen zur Erziehung für junge Menschen mit Wohnsitz im Gebiet",
    denominator: "Personen unter 21 Jahren mit Hauptwohnsitz im Gebiet, geteilt durch 1.000",
    unit: "je 1.000",
    polarity: "more",
    source: "Jugendamt, Fallstatistik der Hilfen zur Erziehung (HzE-Statistik)",
    referenceDate: "31.12.",
    period: "Jahr",
    minCases: 3,
  },
  {
    key: "kita_u3",
    name: "Betreuungsquote unter 3 Jahren",
    definition:
      "Anteil der Kinder unter 3 Jahren, die eine Kindertageseinrichtung oder Kindertagespflege besuchen. Ein höherer Wert bedeutet hier weniger Bedarf.",
    numerator: "Betreute Kinder unter 3 Jahren mit Wohnsitz im Gebiet",
    denominator: "Personen unter 3 Jahren mit Hauptwohnsitz im Gebiet",
    unit: "%",
    polarity: "less",
    source: "Jugendamt, Kita-Bedarfsplanung (Belegungsmeldungen)",
    referenceDate: "01.03.",
    period: "Kindergartenjahr",
    minCases: 3,
  },
  {
    key: "ohne_abschluss",
    name: "Schulabgänge ohne Abschluss",
    definition: "Anteil der Schülerinnen und Schüler, die die allgemeinbildende Schule ohne mindestens den Ersten Schulabschluss verlassen, nach Wohnort.",
    numerator: "Abgängerinnen und Abgänger ohne Ersten Schulabschluss mit Wohnsitz im Gebiet",
    denominator: "Alle Abgängerinnen und Abgänger allgemeinbildender Schulen mit Wohnsitz im Gebiet",
    unit: "%",
    polarity: "more",
    source: "IT.NRW, Schulstatistik (Auswertung nach Wohnort)",
    referenceDate: "Ende des Schuljahres",
    period: "Schuljahr",
    minCases: 3,
  },
  {
    key: "jugendarbeitslos",
    name: "Arbeitslose junge Menschen (15 bis unter 25 Jahre)",
    definition: "Anteil der Arbeitslosen im Alter von 15 bis unter 25 Jahren an allen Einwohnerinnen und Einwohnern dieses Alters.",
    numerator: "Arbeitslose von 15 bis unter 25 Jahren mit Wohnsitz im Gebiet (SGB II und SGB III)",
    denominator: "Personen von 15 bis unter 25 Jahren mit Hauptwohnsitz im Gebiet",
    unit: "%",
    polarity: "more",
    source: employment,
    referenceDate: "31.12.",
    period: "Jahr",
    minCases: 3,
  },
  {
    key: "migration_u18",
    name: "Minderjährige mit Einwanderungsgeschichte",
    definition:
      "Anteil der unter 18-Jährigen, die selbst oder deren Eltern nicht mit deutscher Staatsangehörigkeit geboren sind. Zeigt, wo Angebote sprachlich und kulturell offen sein müssen, nicht mehr Bedarf an sich.",
    numerator: "Personen unter 18 Jahren mit Einwanderungsgeschichte (abgeleitet aus dem Melderegister)",
    denominator: "Personen unter 18 Jahren mit Hauptwohnsitz im Gebiet",
    unit: "%",
    polarity: "more",
    source: `${registry}, Ableitung der Einwanderungsgeschichte`,
    referenceDate: "31.12.",
    period: "Jahr",
    minCases: 3,
  },
  {
    key: "wohndauer",
    name: "Durchschnittliche Wohndauer",
    definition:
      "Wie viele Jahre die Einwohnerinnen und Einwohner im Mittel schon an ihrer Adresse wohnen. Kurze Wohndauer deutet auf viel Zu- und Wegzug und wenig gewachsene Nachbarschaft.",
    numerator: "Summe der Wohnjahre an der aktuellen Adresse",
    denominator: "Personen mit Hauptwohnsitz im Gebiet",
    unit: "Jahre",
    polarity: "less",
    source: registry,
    referenceDate: "31.12.",
    period: "Jahr",
    minCases: 3,
  },
];
