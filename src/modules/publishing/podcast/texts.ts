/** The podcast's own words, used by its pages and its feed. */
export const show = {
  title: "Rebellion im Aktenschrank",
  subtitle: "Zukunftsthemen für Menschen, die Kommunen gestalten",
  description:
    "Der Kommunen-Podcast der Initiative Kommune 360°: Menschen aus Jugendämtern, Planung, Politik und freien Trägern erzählen, wie sie Verwaltung beweglicher machen – damit Kinder und Jugendliche gut aufwachsen. Jede Staffel hat ein Schwerpunktthema: Beteiligung junger Menschen, die kooperative Kommune und kooperative Führung.",
  author: "Initiative Kommune 360°",
};

/** The team's mailbox for podcast directories: "redaktion@" at the domain the platform sends mail from. */
export function editorialMailbox(mailFrom: string): string {
  const domain = /@([^\s>]+)/.exec(mailFrom)?.[1] ?? "k360.example";
  return `redaktion@${domain}`;
}

export const notices: Record<string, string> = {
  staffel: "Die Staffel ist gespeichert.",
  folge: "Die Folge ist gespeichert.",
  neu: "Die Folge ist als Entwurf angelegt. Laden Sie jetzt die Audiodatei hoch; danach können Sie ein Datum für die Veröffentlichung eintragen.",
  audio: "Die Audiodatei ist gespeichert.",
  geloescht: "Die Folge ist gelöscht.",
};

/** What the editors' forms say where the podcast words a message better than the field type. */
export const seasonMessages: Record<string, string> = {
  number: "Bitte geben Sie die Nummer der Staffel als ganze Zahl von 1 bis 99 ein.",
  slug: "Bitte verwenden Sie nur Kleinbuchstaben ohne Umlaute, Ziffern und Bindestriche, höchstens 80 Zeichen.",
};
export const episodeMessages: Record<string, string> = {
  ...seasonMessages,
  seasonId: "Bitte wählen Sie eine Staffel.",
  number: "Bitte geben Sie die Nummer der Folge als ganze Zahl von 1 bis 999 ein.",
  publishedOn: "Bitte geben Sie ein gültiges Datum ein, zum Beispiel 12.03.2026.",
};

/** Messages of the commands: what only the database can tell. */
export const refusals = {
  seasonNumberTaken: (number: number) => `Eine Staffel ${number} gibt es schon.`,
  seasonSlugTaken: "Diese Adresse hat schon eine andere Staffel.",
  episodeNumberTaken: (number: number) => `Diese Staffel hat schon eine Folge ${number}.`,
  episodeSlugTaken: "Diese Adresse hat schon eine andere Folge.",
  noSlug: "Aus dem Titel lässt sich keine Adresse bilden. Bitte geben Sie eine an.",
  reservedSlug: "Diese Adresse ist für eine Seite des Podcasts reserviert. Bitte wählen Sie eine andere.",
  seasonMissing: "Bitte wählen Sie eine Staffel.",
  unknownTopics: "Bitte wählen Sie nur Themen aus der Liste.",
  audioFirst: "Bitte laden Sie zuerst die Audiodatei hoch; danach können Sie die Folge veröffentlichen.",
  guestName: "Bitte geben Sie den Namen des Gastes ein.",
  severalMunicipalities: (names: string[]) => `Mehrere Kommunen passen: ${names.join(", ")}. Bitte schreiben Sie den Namen genauer.`,
  noMunicipality: (names: string[]) =>
    names.length
      ? `Keine Kommune mit diesem Namen gefunden. Meinten Sie: ${names.join(", ")}?`
      : "Keine Kommune mit diesem Namen oder Gemeindeschlüssel gefunden.",
  noFile: "Bitte wählen Sie eine Audiodatei aus.",
  fileTooLarge: "Die Datei ist zu groß: höchstens 200 MB sind möglich.",
  confirmDelete: "Bitte bestätigen Sie, dass die Folge mit ihrer Audiodatei gelöscht werden soll.",
};

export const notFoundTexts = {
  season: "Die Staffel",
  episode: "Die Folge",
  audio: "Die Audiodatei",
  chapters: "Die Kapitelliste",
  transcript: "Das Transkript",
};
