/** German texts of an event's documents. */
export const documentTexts = {
  notFound: "Die Unterlage",
  noFile: "Bitte wählen Sie eine Datei aus.",
};
