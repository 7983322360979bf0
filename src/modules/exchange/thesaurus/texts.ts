/** German texts of the thesaurus: notices after a change and what a group of expressions needs. */
export const notices: Record<string, string> = { gespeichert: "Die Gruppe ist gespeichert.", geloescht: "Die Gruppe ist gelöscht." };

export const limits = { fewest: 2, most: 12, expression: 120 };

export const messages = {
  group: "Die Gruppe",
  tooFew: "Bitte geben Sie mindestens zwei Ausdrücke an, jeden in einer eigenen Zeile.",
  tooMany: `Bitte fassen Sie höchstens ${limits.most} Ausdrücke zu einer Gruppe zusammen.`,
  tooLong: `Jeder Ausdruck darf höchstens ${limits.expression} Zeichen lang sein.`,
  stopwordsOnly: "Jeder Ausdruck braucht ein Wort, nach dem gesucht werden kann (nicht nur Wörter wie „und“ oder „der“).",
};
