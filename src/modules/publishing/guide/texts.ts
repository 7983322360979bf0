/** German texts of the Change-Guide's pages that are not content of the guide itself. */
export const texts = {
  intro: [
    "Veränderung in der Jugendhilfeplanung beginnt selten mit einem großen Beschluss. Sie beginnt bei Menschen, die anders arbeiten wollen, wächst in Teams und Ämtern, die neue Wege zulassen, und trägt erst dann, wenn Politik, freie Träger und junge Menschen sie mitgestalten.",
    "Der Change-Guide sammelt, was die Initiative Kommune 360° gemeinsam mit Kommunen über solche Veränderungen gelernt hat: Methoden zum Ausprobieren, Modelle zum Einordnen, Praxistipps aus dem Verwaltungsalltag und Fragen, die zum Nachdenken über die eigene Lage einladen. Er ist nach drei Ebenen geordnet – lesen Sie dort, wo Sie gerade stehen.",
  ],
  filterHint: "Zeigt alle passenden Abschnitte aus allen Kapiteln.",
  searchHint: "Zum Beispiel: „Wie gewinne ich den Ausschuss für unser Vorhaben?“",
  printHint: "Jedes Kapitel lässt sich drucken oder als barrierearmes PDF herunterladen.",
  notices: {
    gespeichert: "Das Kapitel ist gespeichert.",
    angelegt: "Das Kapitel ist angelegt. Fügen Sie jetzt Abschnitte hinzu.",
    geloescht: "Das Kapitel ist gelöscht.",
    abschnitt: "Der Abschnitt ist gespeichert.",
    entfernt: "Der Abschnitt ist gelöscht.",
    reihenfolge: "Die Reihenfolge ist gespeichert.",
  } as Record<string, string>,
  chapterLabels: {
    title: "Titel des Kapitels",
    level: "Ebene",
    position: "Position innerhalb der Ebene",
    intro: "Einleitung",
    topics: "Themen",
  } as Record<string, string>,
  sectionLabels: {
    kind: "Art des Abschnitts",
    title: "Titel des Abschnitts",
    body: "Inhalt",
    position: "Position im Kapitel",
  } as Record<string, string>,
};

/** What the editors' forms say where the guide words a message better than the field type; position-12 takes the message of position. */
export const fieldMessages: Record<string, string> = {
  level: "Bitte wählen Sie eine Ebene.",
  kind: "Bitte wählen Sie die Art des Abschnitts.",
  position: "Bitte geben Sie eine ganze Zahl von 1 bis 999 ein.",
};

/** Messages of the commands and the editors' routes. */
export const refusals = {
  unknownTopics: "Bitte wählen Sie nur Themen aus der Liste.",
  noTopic: "Bitte wählen Sie mindestens ein Thema.",
  noPosition: "Bitte geben Sie eine Position ein.",
  confirmChapterDelete: "Bitte bestätigen Sie, dass das Kapitel mit allen Abschnitten gelöscht werden soll.",
  confirmSectionDelete: "Bitte bestätigen Sie, dass der Abschnitt gelöscht werden soll.",
  emptySearch: "Bitte geben Sie ein oder mehrere Suchwörter ein.",
};

export const notFoundTexts = { chapter: "Das Kapitel", section: "Der Abschnitt" };
