/** German strings of the page where the leader allows members to change planning data. */
export const editorTexts = {
  title: "Wer Planungsdaten ändern darf",
  intro:
    "Die Führungskraft und die Planungsfachkräfte dürfen Planungsräume, Indikatoren und Werte immer ändern. Weiteren Mitarbeitenden Ihrer Kommune können Sie es hier erlauben; alle Mitglieder sehen die Planungsdaten.",
  byRole: "Dürfen es durch ihre Rolle",
  legend: "Mitarbeitende, die Planungsdaten ändern dürfen",
  noStaff: "Ihre Kommune hat keine weiteren Mitarbeitenden. Laden Sie sie unter „Mitglieder meiner Kommune“ ein.",
  save: "Berechtigungen speichern",
  saved: "Die Berechtigungen sind gespeichert.",
  notStaff: "Diese Auswahl enthält eine Person, die nicht zu den Mitarbeitenden Ihrer Kommune gehört. Bitte laden Sie die Seite neu.",
};
