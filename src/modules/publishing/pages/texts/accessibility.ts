/** What the accessibility statement lists: known gaps with their reason and alternative, and what already works. */

export interface Gap {
  title: string;
  what: string;
  why: string;
  alternative: string;
}

export const gaps: Gap[] = [
  {
    title: "Keine Erklärungen in Deutscher Gebärdensprache",
    what: "Es gibt noch keine Videos in Deutscher Gebärdensprache, die erklären, was die Plattform bietet und wie man sich auf ihr zurechtfindet (§ 4 BITV 2.0).",
    why: "Die Videos sind noch nicht produziert. Wir wollen sie selbst ausliefern und nicht über eine fremde Videoplattform einbinden, damit beim Ansehen keine Daten an Dritte gehen.",
    alternative: "Die Startseite in Leichter Sprache erklärt dasselbe in einfachen Sätzen. Gern beantworten wir Ihre Fragen auch per E-Mail.",
  },
  {
    title: "PDF-Dateien sind nicht als PDF/UA geprüft",
    what: "Die Teilnahmebescheinigungen und die PDF-Ausgabe des Change-Guides erzeugt die Plattform als getaggte PDF-Dateien mit Dokumentsprache, Titel und Lesereihenfolge. Sie sind aber nicht nach dem Standard PDF/UA (ISO 14289-1) erklärt und nicht mit einem Prüfwerkzeug für PDF/UA geprüft.",
    why: "Unser PDF-Erzeuger schreibt die Struktur, aber noch nicht alle Angaben, die PDF/UA verlangt. Die Prüfung steht noch aus.",
    alternative:
      "Den Change-Guide gibt es vollständig als Webseiten. Die Angaben einer Teilnahmebescheinigung sehen Fellow-Tandems auch unter „Mein Programm“.",
  },
  {
    title: "Hochgeladene Dokumente sind oft nicht barrierefrei",
    what: "Unterlagen zu Terminen (etwa Tagesordnungen und Folien) und Anhänge von Erfahrungsberichten laden das Team und die Kommunen selbst hoch. Viele dieser Dateien sind nicht barrierefrei.",
    why: "Die Dateien stammen von vielen Autor:innen und Programmen. Die Plattform prüft sie beim Hochladen nur auf Dateiart und Größe, nicht auf Barrierefreiheit.",
    alternative: "Schreiben Sie uns, welches Dokument Sie brauchen. Wir schicken Ihnen eine barrierefreie Fassung oder den Inhalt als Text.",
  },
  {
    title: "Leichte Sprache nur auf einer Seite",
    what: "In Leichter Sprache gibt es bisher nur die Startseite mit einer Erklärung der Plattform. Das Magazin, der Change-Guide und die Programmseiten sind in Alltagssprache und Fachsprache geschrieben.",
    why: "Die Plattform richtet sich vor allem an Fachleute in Verwaltungen. Weitere Texte in Leichter Sprache sind geplant.",
    alternative: "Wenn Sie einen Text nicht verstehen, erklären wir ihn Ihnen gern.",
  },
];

export const strengths = [
  "Alle Seiten sind nach dem Designsystem KERN UX der öffentlichen Verwaltung gestaltet und funktionieren ohne JavaScript.",
  "Alle Funktionen sind gewöhnliche Links, Schaltflächen und Formularfelder und lassen sich deshalb mit der Tastatur bedienen; ein Link am Seitenanfang springt direkt zum Inhalt.",
  "Formularfelder haben sichtbare Beschriftungen. Fehler werden über dem Formular zusammengefasst und direkt am Feld in Worten erklärt.",
  "Die Seiten passen sich dem hellen oder dunklen Farbschema Ihres Geräts an und lassen sich bis 320 Pixel Breite lesen, ohne die ganze Seite waagerecht zu verschieben.",
  "Zu den Podcast-Folgen gibt es Transkripte und die Kapitel als Text; der Audioplayer ist der eingebaute Player des Browsers und mit der Tastatur bedienbar.",
  "Die Plattform lädt nichts von anderen Servern nach: keine Schriften, Videos oder Skripte, die sich Ihrer Kontrolle entziehen.",
];
