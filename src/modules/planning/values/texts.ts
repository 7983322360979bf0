/** German strings of the value import. */
export const importTexts = {
  title: "Werte importieren",
  noAreas: "Für diese Kommune sind noch keine Planungsräume angelegt. Legen Sie zuerst die Planungsräume an; Werte gehören immer zu einem Gebiet.",
  aborted: "Der Import ist unerwartet abgebrochen. Es wurde nichts gespeichert. Bitte versuchen Sie es erneut.",
  noFile: "Bitte wählen Sie eine Datei aus.",
  tooLarge: "Die Datei ist größer als 50 MB. Bitte teilen Sie sie auf (zum Beispiel nach Jahren) und laden Sie die Teile nacheinander hoch.",
  unknownMapping: "Diese gespeicherte Zuordnung gibt es nicht.",
  uploadGone: "Diese hochgeladene Datei gibt es nicht mehr. Hochgeladene Dateien werden nach einem Tag gelöscht; bitte laden Sie sie erneut hoch.",
  saved: "Die Werte sind gespeichert.",
  failed: "Es wurde nichts gespeichert. Bitte korrigieren Sie die Datei und laden Sie sie erneut hoch.",
  running: "Der Import läuft. Diese Seite aktualisiert sich alle zwei Sekunden von selbst.",
};

/** The statuses of planning_imports. */
export const statusLabels: Record<string, string> = { running: "läuft", done: "gespeichert", failed: "nicht gespeichert (Fehler)" };

/** Labels of the mapping form's fields, also for the error summary. */
export const mappingLabels = {
  name: "Name der Zuordnung",
  gebiet: "Spalte mit dem Gebietsschlüssel",
  zeitraum_spalte: "Spalte mit dem Zeitraum",
  zeitraum: "Fester Zeitraum",
  indikator_spalte: "Spalte mit dem Indikatorschlüssel",
  indikator: "Fester Indikator",
  fallzahl_spalte: "Spalte mit der Fallzahl",
  spalten: "Wertespalten",
  blatt: "Tabellenblatt",
};

export const mappingMessages = {
  name: "Bitte geben Sie der Zuordnung einen Namen, zum Beispiel die Quelle der Datei („Statistikstelle Bevölkerung“).",
  area: "Bitte wählen Sie die Spalte mit dem Gebietsschlüssel.",
  noValues: "Bitte ordnen Sie mindestens eine Spalte als Werte zu.",
  period: "Die Werte brauchen einen Zeitraum: Wählen Sie eine Spalte oder tragen Sie einen festen Zeitraum ein.",
  indicator: "Die Werte brauchen einen Indikator: Wählen Sie eine Spalte oder einen festen Indikator.",
  unknownColumn: "Diese Spalte gibt es in der Datei nicht.",
};
