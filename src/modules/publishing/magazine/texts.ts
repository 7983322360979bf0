/** German texts of the Magazin: notices, messages of the forms, the feeds' titles and the articles' states. */

/** Notices after a save, by the `stand` the editors' pages are sent back with. */
export const notices: Record<string, string> = {
  entwurf: "Der Entwurf ist gespeichert.",
  veroeffentlicht: "Der Beitrag ist veröffentlicht.",
  geplant: "Der Beitrag ist geplant und erscheint zu seinem Datum von selbst.",
  autorin: "Die Angaben zur Person sind gespeichert.",
  wiederhergestellt: "Die Version ist wiederhergestellt.",
};

/** What a 404 names. */
export const notFoundTexts = {
  article: "Der Beitrag",
  author: "Die Autorin oder der Autor",
  image: "Das Bild",
  revision: "Die Version",
  tag: "Das Schlagwort",
};

export const maxTags = 10;
export const maxTagLength = 40;

/** Messages of the article form for what only the Magazin's data can tell. */
export const articleMessages = {
  title: "Bitte geben Sie einen Titel ein.",
  teaserToPublish: "Bitte geben Sie eine Kurzbeschreibung ein, bevor Sie veröffentlichen.",
  bodyToPublish: "Bitte schreiben Sie den Text des Beitrags, bevor Sie veröffentlichen.",
  unknownAuthors: "Bitte wählen Sie nur Autor:innen aus der Liste.",
  noAuthor: "Bitte wählen Sie mindestens eine Autorin oder einen Autor.",
  unknownArticles: "Bitte wählen Sie nur Beiträge aus der Liste.",
  unknownMunicipalities: "Bitte wählen Sie nur Kommunen aus der Liste.",
  unknownAgs: (ags: string) => `Zum Schlüssel „${ags}“ gibt es keine Kommune. Bitte geben Sie den fünf- oder achtstelligen Amtlichen Gemeindeschlüssel ein.`,
  unknownEvents: "Bitte wählen Sie nur Termine aus der Liste.",
  timeWithoutDate: "Bitte geben Sie zur Uhrzeit auch ein Datum ein.",
  tagTooLong: `Ein Schlagwort darf höchstens ${maxTagLength} Zeichen haben.`,
  tagWithoutLetters: "Schlagwörter brauchen Buchstaben oder Ziffern.",
  tooManyTags: `Bitte vergeben Sie höchstens ${maxTags} Schlagwörter.`,
};

export const authorMessages = { name: "Bitte geben Sie den Namen ein." };

export const imageMessages = {
  alt: "Bitte beschreiben Sie, was auf dem Bild zu sehen ist. Menschen, die das Bild nicht sehen, lesen diesen Text.",
  noFile: "Bitte wählen Sie ein Bild aus.",
  tooLarge: "Das Bild ist größer als 5 MB. Bitte verkleinern Sie es.",
};

export const searchMessages = { empty: "Bitte geben Sie ein Suchwort ein." };

export const feedTexts = {
  title: "Magazin – Initiative Kommune 360°",
  description: "Berichte, Interviews und Gedanken aus der Initiative Kommune 360° und ihren Kommunen.",
  publisher: "Initiative Kommune 360°",
};

/** The publish button: „Einplanen“ when the form's date lies in the future. */
export const publishLabels = { publish: "Veröffentlichen", schedule: "Einplanen" };

/** The states of an article as the team reads them. */
export const stateLabels = { draft: "Entwurf", published: "Veröffentlicht", scheduled: "Geplant" } as const;

/** Links of the editors' overview. */
export const teamLinks = {
  queue: (waiting: number) => `Kommentare moderieren (${waiting === 1 ? "1 wartet" : `${waiting} warten`})`,
};

/** The Magazin's panels on "Mein K360". */
export const startTexts = {
  drafts: (n: number) => (n === 1 ? "1 Entwurf" : `${n} Entwürfe`),
  changed: (when: string) => `zuletzt geändert am ${when}`,
  noDrafts: "Es gibt keine Entwürfe.",
  newsroom: "Alle Beiträge in der Redaktion",
  scheduled: "Geplante Beiträge",
  appears: (when: string) => `erscheint am ${when}`,
  noneScheduled: "Kein Beitrag ist für später geplant.",
};
