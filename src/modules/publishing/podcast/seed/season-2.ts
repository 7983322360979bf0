import type { DemoSeason } from "./types.ts";

export const cooperationSeason: DemoSeason = {
  number: 2,
  slug: "kooperative-kommune",
  title: "Die kooperative Kommune",
  description:
    "Gutes Aufwachsen lässt sich nicht von einem Amt allein planen. In der zweiten Staffel erzählen Menschen aus Verwaltungen, wie Jugendhilfe, Schule, Soziales und freie Träger zusammenarbeiten – und woran es im Alltag hakt.",
  episodes: [
    {
      number: 1,
      slug: "drei-fachplanungen-an-einem-tisch",
      title: "Ein Planungsraum, drei Fachplanungen: Jugendhilfe, Schule und Soziales an einem Tisch",
      description:
        "Jugendhilfeplanung, Schulentwicklungsplanung und Sozialplanung arbeiten oft mit denselben Stadtteilen, aber mit unterschiedlichen Zahlen und Grenzen. Eine Sozialplanerin und ein Schulentwicklungsplaner erzählen, wie sie sich auf gemeinsame Planungsräume geeinigt haben und welche Fragen sie seitdem gemeinsam beantworten können.\n\nEine erfundene Beispielfolge.",
      guests: [
        { name: "Dr. Katrin Wehmeyer", role: "Sozialplanerin", ags: "15002" },
        { name: "Tobias Hartung", role: "Schulentwicklungsplanung", ags: "15002" },
      ],
      chapters: [
        "00:00:00 Begrüßung",
        "00:02:20 Drei Ämter, drei Landkarten",
        "00:10:40 Der Streit um die Grenzen der Planungsräume",
        "00:19:55 Gemeinsame Daten, gemeinsame Fragen",
        "00:31:10 Was sich für die Stadtteile geändert hat",
      ].join("\n"),
      transcript: [
        "Moderation: Willkommen zur zweiten Staffel. Wir beginnen mit einem Thema, das trocken klingt und trotzdem viel verändert: gemeinsame Planungsräume. Zu Gast sind Dr. Katrin Wehmeyer aus der Sozialplanung und Tobias Hartung aus der Schulentwicklungsplanung.",
        "Katrin Wehmeyer: Als ich angefangen habe, hatte jedes Amt seine eigene Landkarte. Die Jugendhilfe plante nach Sozialräumen, die Schulverwaltung nach Schulbezirken, wir nach statistischen Bezirken. Wenn der Stadtrat gefragt hat, wie es Kindern in einem Stadtteil geht, haben wir drei Antworten geliefert, die nicht zusammenpassten.",
        "Tobias Hartung: Und jede Antwort war für sich richtig. Das war das Frustrierende.",
        "Moderation: Wie sind Sie zu gemeinsamen Grenzen gekommen?",
        "Katrin Wehmeyer: Mit viel Geduld. Wir haben ein Jahr lang einmal im Monat zusammengesessen, Karten übereinandergelegt und ausgehandelt, wo wir Kompromisse machen können. Am Ende hatten wir 28 Planungsräume, die für alle drei Planungen funktionieren – nicht perfekt, aber gemeinsam.",
        "Tobias Hartung: Für die Schulentwicklungsplanung war wichtig, dass wir die Schulbezirke trotzdem weiter auswerten können. Das geht, weil die Daten auf Adressebene liegen und wir sie für beide Einteilungen zusammenfassen.",
        "Moderation: Was können Sie heute, was vorher nicht ging?",
        "Katrin Wehmeyer: Wir legen Kinderarmut, Übergangsquoten auf weiterführende Schulen und Hilfen zur Erziehung für denselben Raum nebeneinander. Daraus ist zum Beispiel eine gemeinsame Priorität für zwei Grundschulen entstanden, die jetzt Schulsozialarbeit und ein Familienzentrum bekommen.",
        "Tobias Hartung: Und die Diskussion im Ausschuss ist eine andere. Es geht nicht mehr darum, wessen Zahl stimmt, sondern darum, was wir gemeinsam tun.",
      ].join("\n\n"),
      topics: ["integrierte-sozialplanung", "sozialraumorientierung", "datenbasierte-planung"],
      publishedOn: "2025-10-07",
      seconds: 12,
    },
    {
      number: 2,
      slug: "freie-traeger-als-partner",
      title: "Freie Träger als Partner, nicht als Auftragnehmer",
      description:
        "Wer plant, wer führt aus? Eine Jugendhilfeplanerin und der Geschäftsführer eines freien Trägers sprechen über Wirkungsdialoge statt Berichtsformularen, über knappe Haushaltsmittel und darüber, wie Vertrauen zwischen Jugendamt und Trägern entsteht.\n\nEine erfundene Beispielfolge.",
      guests: [
        { name: "Sabine Rottmann", role: "Jugendhilfeplanerin", ags: "05966" },
        { name: "Georg Almstedt", role: "Geschäftsführer eines freien Trägers der Jugendhilfe", ags: "05966" },
      ],
      chapters: [
        "00:00:00 Begrüßung",
        "00:01:50 Berichte, die niemand liest",
        "00:09:30 Der erste Wirkungsdialog",
        "00:20:15 Wenn das Geld knapp wird",
        "00:29:40 Was beide Seiten gelernt haben",
      ].join("\n"),
      transcript: [
        "Moderation: In dieser Folge sitzen zwei Seiten am Tisch, die sonst oft über Verträge miteinander reden: Sabine Rottmann aus der Jugendhilfeplanung und Georg Almstedt, Geschäftsführer eines freien Trägers.",
        "Georg Almstedt: Früher lief es so: Wir haben jedes Jahr einen Sachbericht geschrieben, zwanzig Seiten, mit Teilnehmerzahlen und Fotos. Rückmeldung gab es keine. Ich war mir nicht sicher, ob ihn überhaupt jemand liest.",
        "Sabine Rottmann: Wir haben sie gelesen, aber wir konnten wenig damit anfangen. Jeder Träger hat anders gezählt. Deshalb haben wir die Berichte durch Wirkungsdialoge ersetzt: einmal im Jahr ein Gespräch pro Arbeitsfeld, mit allen Trägern gemeinsam.",
        "Moderation: Wie läuft so ein Dialog ab?",
        "Sabine Rottmann: Wir vereinbaren vorher zwei, drei Fragen, zum Beispiel: Welche Jugendlichen erreichen wir nicht? Jeder Träger bringt eine Beobachtung und eine Zahl mit. Dann reden wir darüber, was das für die Planung heißt.",
        "Georg Almstedt: Der Unterschied ist, dass wir jetzt auch sagen können, was nicht funktioniert hat, ohne Angst um die Förderung zu haben. Das war anfangs ungewohnt – für beide Seiten.",
        "Moderation: Und wenn die Haushaltsmittel knapp werden?",
        "Sabine Rottmann: Dann zeigt sich, ob das Vertrauen trägt. Im letzten Jahr mussten wir kürzen. Wir haben die Träger früh informiert und gemeinsam überlegt, wo Angebote zusammengelegt werden können, statt pauschal überall zehn Prozent zu streichen.",
        "Georg Almstedt: Schön war das nicht. Aber es war nachvollziehbar, und wir konnten mitreden. Das ist mehr, als viele Kolleginnen und Kollegen aus anderen Kreisen erzählen.",
      ].join("\n\n"),
      topics: ["kooperation-traeger", "wirkungsorientierung", "ressourcen-priorisieren"],
      publishedOn: "2026-01-20",
      seconds: 6,
    },
  ],
};
