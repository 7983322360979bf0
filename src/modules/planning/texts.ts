/** German strings the planning features share. */
export const sharedTexts = {
  municipalityNotFound: "Diese Kommune gibt es im Verzeichnis nicht.",
  noAreas: "Für diese Kommune sind noch keine Planungsräume angelegt.",
  workbench: "Planung",
};

/** The sections of the planning workbench, in the order of the work. */
export const sections = [
  { path: "", label: "Übersicht" },
  { path: "/gebiete", label: "Planungsräume" },
  { path: "/indikatoren", label: "Indikatoren" },
  { path: "/werte", label: "Werte importieren" },
  { path: "/analyse", label: "Sozialraumanalyse" },
  { path: "/karte", label: "Karte" },
  { path: "/veroeffentlichungen", label: "Veröffentlichungen" },
] as const;

/** The workbench's overview page. */
export const overviewTexts = {
  cut: "Aktueller Gebietsstand",
  areas: "Planungsräume",
  problems: "Planungsräume mit Hinweisen der Prüfung",
  withoutGeometry: "Planungsräume ohne Geometrie",
  cuts: "Gebietsstände insgesamt (mit früheren)",
  periods: "Zeiträume mit Werten",
  indicators: "Indikatoren mit Werten",
  noIndicators: "Für den aktuellen Gebietsstand sind noch keine Werte eingelesen.",
  sections: "Bereiche der Planung",
  next: "Als Nächstes",
  readOnly: "Sie können die Planungsdaten ansehen. Ändern dürfen sie die Planungsfachkräfte, die Führungskraft und wem die Führungskraft es erlaubt.",
  editors: "Festlegen, wer Planungsdaten ändern darf",
  stepAreas: "Legen Sie die Planungsräume an: als GeoJSON oder Shapefile aus Ihrem GIS oder als einfache Liste.",
  stepValues: "Lesen Sie Werte ein: CSV oder XLSX, wie Ihr Statistikamt sie liefert.",
  stepAnalysis: "Erstellen Sie eine Sozialraumanalyse mit gewichteten Indikatoren, oder veröffentlichen Sie eine Karte.",
  stepProblems: (count: number) => `Prüfen Sie die Hinweise zu ${count === 1 ? "einem Planungsraum" : `${count} Planungsräumen`}.`,
};
