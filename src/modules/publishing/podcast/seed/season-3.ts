import type { DemoSeason } from "./types.ts";

export const leadershipSeason: DemoSeason = {
  number: 3,
  slug: "kooperative-fuehrung",
  title: "Kooperative Führung",
  description:
    "Zusammenarbeit über Ämtergrenzen braucht Führungskräfte, die sie möglich machen. Die dritte Staffel fragt Leitungen aus Jugendämtern, wie sie führen, wenn sie nicht für alles zuständig sind, und was ihnen selbst beim Lernen hilft.",
  episodes: [
    {
      number: 1,
      slug: "fuehren-ohne-zustaendigkeit",
      title: "Führen ohne Zuständigkeit: Wie Leitung Zusammenarbeit möglich macht",
      description:
        "Eine Jugendamtsleiterin erzählt, warum sie ihren Planungsfachkräften mehr Spielraum gibt, seit sie ämterübergreifend arbeiten, wie sie mit der Dezernatsebene um Zeit für Kooperation verhandelt und was sie aus dem Lernpfad Führung mitgenommen hat.\n\nEine erfundene Beispielfolge.",
      guests: [{ name: "Henrike Vollmer", role: "Leiterin des Jugendamts", ags: "14713" }],
      chapters: [
        "00:00:00 Begrüßung",
        "00:02:05 Vom Zuständigkeitsdenken zur gemeinsamen Aufgabe",
        "00:13:20 Spielraum geben, Rückendeckung sichern",
        "00:24:45 Zeit für Kooperation ist Arbeitszeit",
        "00:34:10 Was Führungskräften beim Lernen hilft",
      ].join("\n"),
      transcript: [
        "Moderation: Die dritte Staffel widmet sich der Führung. Zu Gast ist Henrike Vollmer, die ein großes Jugendamt leitet. Frau Vollmer, was heißt für Sie kooperative Führung?",
        "Henrike Vollmer: Vor allem, dass ich nicht mehr alles selbst entscheiden muss. Wenn meine Jugendhilfeplanerin mit dem Schulamt und dem Gesundheitsamt an einem gemeinsamen Bericht arbeitet, dann kann ich nicht jeden Zwischenschritt freigeben. Das würde alles lähmen.",
        "Moderation: Das klingt einfach. War es das?",
        "Henrike Vollmer: Nein. Am Anfang hatte ich Sorge, die Kontrolle zu verlieren. Was mir geholfen hat: Wir haben vorher festgelegt, welche Entscheidungen die Planungsgruppe selbst trifft und wann sie zu mir kommt. Und ich habe zugesagt, mich vor die Gruppe zu stellen, wenn es im Dezernat Gegenwind gibt.",
        "Moderation: Gab es den?",
        "Henrike Vollmer: Einmal, ja. Ein gemeinsamer Vorschlag zur Verteilung von Schulsozialarbeit passte einem anderen Amt politisch nicht. Da war es meine Aufgabe, auf Leitungsebene zu klären, dass wir hinter dem Ergebnis stehen. Die Fachkräfte hätten das allein nicht durchsetzen können.",
        "Moderation: Sie haben am Lernpfad Führung teilgenommen. Was nehmen Sie mit?",
        "Henrike Vollmer: Die kollegiale Beratung. Es tut gut, mit Leitungen aus anderen Kommunen über die eigenen Zweifel zu sprechen, ohne dass jemand aus dem eigenen Haus zuhört. Viele Fragen, die ich für sehr speziell hielt, kannten die anderen genau.",
        "Moderation: Ein Satz zum Schluss für Führungskräfte, die anfangen wollen?",
        "Henrike Vollmer: Schützen Sie die Zeit Ihrer Leute für Zusammenarbeit. Wer nur nebenbei kooperieren darf, wird es irgendwann lassen.",
      ].join("\n\n"),
      topics: ["fuehrung", "organisationsentwicklung"],
      publishedOn: "2026-09-15",
      seconds: 9,
    },
    {
      number: 2,
      slug: "kollegiale-beratung-unter-fuehrungskraeften",
      title: "Kollegiale Beratung unter Führungskräften",
      description:
        "Ein Fachbereichsleiter erzählt, wie sich Leitungen aus mehreren Kommunen regelmäßig gegenseitig beraten – mit festem Ablauf und ohne Protokoll. Diese Folge ist noch in Arbeit.\n\nEine erfundene Beispielfolge.",
      guests: [{ name: "Martin Ebeling", role: "Fachbereichsleitung Jugend und Familie", ags: "01060063" }],
      chapters: ["00:00:00 Begrüßung", "00:04:30 Wie die Beratungsrunde entstand", "00:17:00 Der Ablauf in sechs Schritten"].join("\n"),
      transcript: "Moderation: Das Transkript folgt, sobald die Folge fertig geschnitten ist.",
      topics: ["fuehrung"],
      publishedOn: null,
      seconds: 3,
    },
  ],
};
