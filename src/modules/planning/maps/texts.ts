import { polarities, type Polarity } from "../reference.ts";

/** German strings of maps, area profiles, comparisons and published maps. */
export const mapTexts = {
  noClass: "kein Wert oder geschützt",
  nothing: "nichts vorhanden",
  noGeometry: "Die Planungsräume haben noch keine Geometrie; die Tabelle enthält alle Werte.",
  noValues: "Für diese Kommune sind noch keine Indikatorwerte eingelesen.",
  mapDescription: (indicator: string, period: string) =>
    `Karte der Planungsräume: ${indicator}, ${period}. Jede Klasse hat eine eigene Farbe und ein eigenes Muster. Die Tabelle neben der Karte enthält alle Werte.`,
  figureCaption: (indicator: { name: string; source: string; polarity: string }, period: string) =>
    `${indicator.name}, ${period}. ${polarityText(indicator.polarity)}.${indicator.source ? ` Quelle: ${indicator.source}.` : ""} Werte aus zu wenigen Fällen sind mit „·“ geschützt.`,
  tableCaption: (indicator: string, period: string) => `${indicator}, ${period}: Werte und Klassen je Planungsraum`,
  mapHeading: "Karte",
  chooseMap: "Karte wählen",
  showMap: "Karte zeigen",
  publishThis: "Diese Karte veröffentlichen",
  profileHeading: (name: string) => `Gebietsprofil: ${name}`,
  compareHeading: "Zwei Gebiete vergleichen",
  publicationsHeading: "Veröffentlichte Karten",
  publishedOn: "Veröffentlicht am",
  withdraw: "Zurückziehen",
  noPublications: "Diese Kommune hat noch keine Karte veröffentlicht.",
  profilePart: "Karten zur Sozialraumplanung",
  areaNotFound: "Das Gebiet",
  publicationNotFound: "Die Karte",
  publicHint: "Diese Karte hat die Kommune veröffentlicht. Werte aus zu wenigen Fällen sind zum Schutz der Betroffenen nicht ausgewiesen.",
};

const polarityText = (polarity: string) => (Object.hasOwn(polarities, polarity) ? polarities[polarity as Polarity] : "");

export const publishLabels: Record<string, string> = {
  title: "Titel",
  description: "Beschreibung",
  indicatorKey: "Indikator",
  period: "Zeitraum",
  classification: "Klassenbildung",
  classCount: "Anzahl der Klassen",
};

export const mapChoiceErrors = {
  indikator: "Diesen Indikator gibt es im Katalog der Kommune nicht; die Karte zeigt den ersten.",
  zeitraum: "Für diesen Zeitraum sind keine Werte eingelesen; die Karte zeigt den neuesten.",
};

export const publishErrors = {
  unknownIndicator: "Diesen Indikator gibt es im Katalog der Kommune nicht.",
  unknownPeriod: "Für diesen Zeitraum sind keine Werte eingelesen.",
};

export const publicationNotices: Record<string, string> = {
  veroeffentlicht: "Die Karte ist veröffentlicht und auf dem Profil der Kommune zu sehen.",
  zurueckgezogen: "Die Karte ist zurückgezogen und nicht mehr öffentlich.",
};

export const compareLabels = {
  a: "Erstes Gebiet",
  b: "Zweites Gebiet",
  zeitraum: "Zeitraum",
  unknownArea: "Dieses Gebiet gibt es im aktuellen Gebietsstand nicht.",
};
