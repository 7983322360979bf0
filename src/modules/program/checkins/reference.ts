/** What a check-in may be about. */
export const checkInTopics = [
  "Reflexion des Status quo",
  "Planung nächster Schritte",
  "Umgang mit Widerstand",
  "Beteiligung",
  "Zusammenarbeit mit Politik",
  "Daten und Berichte",
  "Sonstiges",
];
