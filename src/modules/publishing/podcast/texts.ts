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
