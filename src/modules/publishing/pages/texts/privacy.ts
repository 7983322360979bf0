/** The privacy statement's list of what the platform stores, why, on which legal basis and for how long. */

export interface Processing {
  title: string;
  what: string;
  purpose: string;
  legalBasis: string;
  retention: string;
}

/** What the platform stores beyond accounts and sign-ins: newsletter, comments, registrations and the rest. */
const furtherProcessing: Processing[] = [
  {
    title: "Newsletter",
    what: "Ihre E-Mail-Adresse und als Nachweis Ihrer Einwilligung (Double-Opt-in): der Zeitpunkt der Anmeldung, der genaue Einwilligungstext, den Sie gesehen haben, und der Zeitpunkt Ihrer Bestätigung. Für jede Ausgabe vermerken wir, wann sie an Ihre Adresse ging und ob sie unzustellbar war.",
    purpose:
      "Versand des vierteljährlichen Newsletters und Nachweis, dass Sie ihn bestellt haben. Bestätigungs-E-Mails senden wir an dieselbe Adresse höchstens einmal in der Stunde.",
    legalBasis: "Art. 6 Abs. 1 lit. a DSGVO (Einwilligung); den Nachweis bewahren wir nach Art. 6 Abs. 1 lit. c in Verbindung mit Art. 7 Abs. 1 DSGVO auf.",
    retention:
      "Nicht bestätigte Anmeldungen löschen wir nach 7 Tagen automatisch. Nach einer Abmeldung – mit einem Klick in jeder Ausgabe – senden wir nichts mehr; die Adresse bleibt mit dem Zeitpunkt der Abmeldung als Nachweis gespeichert, bis Sie die vollständige Löschung verlangen.",
  },
  {
    title: "Kommentare im Magazin",
    what: "Der Name, den Sie angeben (er wird veröffentlicht), Ihre E-Mail-Adresse (sie wird nie veröffentlicht), Ihr Kommentar, der Zeitpunkt und die Entscheidung der Moderation. Ihre IP-Adresse speichern wir nicht.",
    purpose:
      "Eine moderierte Diskussion unter den Beiträgen; wir benachrichtigen Sie per E-Mail, wenn Ihr Kommentar freigeschaltet ist. Adressen, von denen wiederholt gegen die Netiquette verstoßen wurde, können gesperrt werden.",
    legalBasis: "Art. 6 Abs. 1 lit. f DSGVO (berechtigtes Interesse an einer sachlichen, moderierten Diskussion).",
    retention: "Solange der Beitrag veröffentlicht ist oder bis Sie die Löschung verlangen; eine gesperrte Adresse, bis die Sperre aufgehoben wird.",
  },
  {
    title: "Anmeldungen zu Veranstaltungen",
    what: "Name, E-Mail-Adresse, Status der Anmeldung (zum Beispiel Warteliste), bei angemeldeten Personen das Konto und die Kommune und nach der Veranstaltung die Anwesenheit je Veranstaltungstag. Ohne Konto bestätigen Sie Ihre Adresse über einen Link; davon speichern wir nur einen Prüfwert.",
    purpose:
      "Organisation der Veranstaltungen, Bestätigungen und Nachrücken von der Warteliste; bei den Fellow-Tandems die Übersicht, welche verbindlichen Formate besucht wurden.",
    legalBasis: "Art. 6 Abs. 1 lit. b DSGVO.",
    retention:
      "Bis zum Ende des Programms, zu dem die Veranstaltung gehört, oder bis Sie die Löschung verlangen. Ist Ihre Anwesenheit bereits erfasst, entfernen wir bei einer Löschung Name, E-Mail-Adresse und Konto und behalten nur die anonyme Anwesenheit für die Statistik.",
  },
  {
    title: "Bewerbungen um freie Plätze in den Lernpfaden",
    what: "Name, E-Mail-Adresse, Kommune, Funktion, Berufserfahrung, Perspektive, Motivation und gegebenenfalls die Person im Tandem; dazu die Entscheidung und ihre Begründung.",
    purpose:
      "Vergabe der freien Plätze. Die Plattform schlägt eine Auswahl vor, die unterschiedliche Erfahrungen, Perspektiven und eine Verteilung über Deutschland berücksichtigt und sich selbst begründet; entschieden wird vom Team (keine ausschließlich automatisierte Entscheidung im Sinne von Art. 22 DSGVO).",
    legalBasis: "Art. 6 Abs. 1 lit. b DSGVO (Anbahnung der Teilnahme).",
    retention: "Bis zum Ende der Fortbildung oder bis Sie die Löschung verlangen.",
  },
  {
    title: "Meldungen von Barrieren",
    what: "Die Adresse der Seite, Ihre Beschreibung und – nur wenn Sie sie angeben – Ihr Name und Ihre E-Mail-Adresse. Die Meldung geht per E-Mail an die Administration der Plattform.",
    purpose: "Barrieren beheben, Ihnen antworten und diese Erklärung zur Barrierefreiheit aktuell halten.",
    legalBasis: "Art. 6 Abs. 1 lit. f DSGVO (berechtigtes Interesse an einem barrierefreien Angebot).",
    retention:
      "Solange wir die Meldung für die Behebung und die nächste Überprüfung der Erklärung zur Barrierefreiheit brauchen, oder bis Sie die Löschung verlangen.",
  },
  {
    title: "Erfahrungsberichte und Profile der Kommunen",
    what: "Kommunen können in Erfahrungsberichten und Vorhaben eine Ansprechperson mit Name und E-Mail-Adresse nennen.",
    purpose: "Andere Kommunen sollen Fragen direkt an die richtige Stelle richten können.",
    legalBasis: "Art. 6 Abs. 1 lit. f DSGVO.",
    retention: "Solange der Bericht oder das Vorhaben veröffentlicht ist.",
  },
];

export function processing(sessionDays: number): Processing[] {
  return [
    {
      title: "Aufruf der Seiten",
      what: "Damit eine Seite bei Ihnen ankommt, verarbeitet der Server Ihre IP-Adresse, die aufgerufene Adresse, Datum und Uhrzeit sowie die Angaben Ihres Browsers. Die Plattform schreibt diese Angaben in kein Zugriffsprotokoll.",
      purpose: "Auslieferung der Seiten und Schutz vor Missbrauch: Anmeldung, Kommentare und Formulare begrenzen die Zahl der Versuche je IP-Adresse.",
      legalBasis: "Art. 6 Abs. 1 lit. f DSGVO (berechtigtes Interesse an einem sicheren, funktionsfähigen Angebot).",
      retention:
        "Die IP-Adresse wird nur für den Zählzeitraum der Begrenzung – höchstens zehn Minuten – im Arbeitsspeicher gehalten und nie in der Datenbank gespeichert.",
    },
    {
      title: "Benutzerkonten",
      what: "Name, E-Mail-Adresse, Rolle, gegebenenfalls die Kommune, der Zeitpunkt der Einrichtung und das Passwort – dieses nur als nicht umkehrbarer Prüfwert (Argon2id), nie im Klartext.",
      purpose: "Anmeldung der Fellow-Tandems, der Mitarbeitenden von Kommunen und des Teams; Teilnahme am Fellow-Programm und am geschützten Austausch.",
      legalBasis: "Art. 6 Abs. 1 lit. b DSGVO (Teilnahme am Programm und an der Plattform).",
      retention: "Solange das Konto besteht. Die Administration löscht Konten auf Wunsch.",
    },
    {
      title: "Anmeldesitzungen und Anmeldelinks",
      what: "Für jede Anmeldung ein Prüfwert (Hash) der Sitzungskennung aus dem Cookie, das Konto und das Ablaufdatum; für Anmeldelinks und Links zum Zurücksetzen des Passworts ebenfalls nur ein Prüfwert, das Ablaufdatum und der Zeitpunkt der Nutzung.",
      purpose: "Sie angemeldet zu halten und Links zu prüfen, die wir Ihnen per E-Mail schicken.",
      legalBasis: "Art. 6 Abs. 1 lit. b DSGVO.",
      retention: `Eine Sitzung endet nach ${sessionDays} Tagen oder sobald Sie sich abmelden; abgelaufene Sitzungen werden gelöscht. Anmeldelinks gelten 20 Minuten, Links für ein neues Passwort 60 Minuten; ihre Prüfwerte bleiben bis zur Löschung des Kontos gespeichert.`,
    },
    ...furtherProcessing,
  ];
}

export const rights = [
  "Auskunft über die Daten, die wir zu Ihnen speichern (Art. 15 DSGVO) – auf Wunsch als Datei zum Herunterladen",
  "Berichtigung unrichtiger Daten (Art. 16 DSGVO)",
  "Löschung (Art. 17 DSGVO) und Einschränkung der Verarbeitung (Art. 18 DSGVO)",
  "Datenübertragbarkeit (Art. 20 DSGVO)",
  "Widerspruch gegen eine Verarbeitung auf Grundlage berechtigter Interessen (Art. 21 DSGVO)",
  "Widerruf einer Einwilligung mit Wirkung für die Zukunft, etwa für den Newsletter (Art. 7 Abs. 3 DSGVO)",
  "Beschwerde bei einer Datenschutz-Aufsichtsbehörde (Art. 77 DSGVO)",
];
