import type { DemoSeason } from "./types.ts";

export const participationSeason: DemoSeason = {
  number: 1,
  slug: "beteiligung",
  title: "Beteiligung junger Menschen",
  description:
    "Wie reden Kinder und Jugendliche in ihrer Kommune wirklich mit – und nicht nur zum Schein? Die erste Staffel fragt nach der richtigen Ansprache, nach den Unterschieden zwischen Stadt und Land und danach, was mit den Vorschlägen junger Menschen passiert, wenn das Forum vorbei ist.",
  episodes: [
    {
      number: 1,
      slug: "jugendforum-das-nicht-nur-kulisse-ist",
      title: "Wer fragt hier eigentlich wen? Ein Jugendforum, das nicht nur Kulisse ist",
      description:
        "Ein Jugendforum ist schnell gegründet. Schwieriger ist es, dass die Vorschläge der Jugendlichen tatsächlich im Kinder- und Jugendförderplan landen. Eine Jugendhilfeplanerin und ein Mitglied des Jugendforums erzählen, wie sie den Weg vom Forum in den Jugendhilfeausschuss verbindlich gemacht haben – und warum die Rückmeldung an die Jugendlichen wichtiger ist als jede Einladung.\n\nEine erfundene Beispielfolge.",
      guests: [
        { name: "Lena Brandauer", role: "Jugendhilfeplanerin", ags: "05314" },
        { name: "Malik Özdemir", role: "Mitglied des Jugendforums", ags: "05314" },
      ],
      chapters: [
        "00:00:00 Begrüßung",
        "00:02:40 Wie das Jugendforum entstanden ist",
        "00:11:15 Was der Jugendhilfeausschuss mit den Vorschlägen macht",
        "00:24:30 Rückmeldung: der unterschätzte Teil",
        "00:33:50 Drei Tipps für den Anfang",
      ].join("\n"),
      transcript: [
        "Moderation: Willkommen zu „Rebellion im Aktenschrank“. Heute geht es um eine Frage, die sich viele Jugendämter stellen: Wie wird aus einem Jugendforum mehr als ein schöner Termin im Rathaus? Zu Gast sind Lena Brandauer, Jugendhilfeplanerin, und Malik Özdemir, der seit zwei Jahren im Jugendforum mitarbeitet.",
        "Lena Brandauer: Ehrlich gesagt hatten wir am Anfang genau dieses Problem. Wir haben Jugendliche eingeladen, sie haben gute Ideen mitgebracht, und dann hat ein halbes Jahr niemand mehr etwas davon gehört. Beim zweiten Treffen kamen nur noch halb so viele.",
        "Malik Özdemir: Ich war bei diesem zweiten Treffen dabei. Die Frage im Raum war eigentlich nur: Was ist mit unseren Vorschlägen zum Jugendtreff passiert? Und darauf gab es keine Antwort.",
        "Moderation: Was haben Sie danach geändert?",
        "Lena Brandauer: Wir haben mit dem Jugendhilfeausschuss vereinbart, dass das Forum zweimal im Jahr einen festen Tagesordnungspunkt bekommt. Die Jugendlichen stellen ihre Vorschläge selbst vor, und die Verwaltung muss bis zur nächsten Sitzung schriftlich sagen, was daraus wird – auch wenn die Antwort „nein“ ist.",
        "Malik Özdemir: Das „Nein“ war übrigens gar nicht das Schlimme. Schlimm war das Schweigen. Als wir einmal eine klare Absage bekommen haben, mit Begründung, fanden das die meisten in Ordnung. Man weiß dann wenigstens, woran man ist.",
        "Moderation: Wie viel Arbeit steckt für die Jugendhilfeplanung darin?",
        "Lena Brandauer: Mehr, als ich gedacht hätte. Jeder Vorschlag braucht jemanden in der Verwaltung, der ihn prüft. Das haben wir inzwischen im Förderplan als Aufgabe festgeschrieben, mit einer halben Stelle für die Koordination. Ohne diese Zeit wäre es wieder eingeschlafen.",
        "Moderation: Zum Schluss: Was würden Sie einer Kommune raten, die morgen anfangen will?",
        "Malik Özdemir: Fragt nicht nur die, die sowieso schon in der Schülervertretung sind. Geht in die Jugendtreffs und in die Berufsschulen.",
        "Lena Brandauer: Und versprecht nichts, was ihr nicht halten könnt. Lieber ein kleines Budget, über das die Jugendlichen wirklich entscheiden, als eine große Beteiligung ohne Folgen.",
      ].join("\n\n"),
      topics: ["beteiligung", "kinder-und-jugendfoerderplan"],
      publishedOn: "2025-03-18",
      seconds: 9,
    },
    {
      number: 2,
      slug: "beteiligung-auf-dem-land",
      title: "Beteiligung auf dem Land: Wenn der Bus nur zweimal am Tag fährt",
      description:
        "Im ländlichen Raum scheitert Beteiligung oft schon an der Anreise. Eine Kreisjugendpflegerin und ein Mitarbeiter der mobilen Jugendarbeit berichten, warum sie mit einem umgebauten Kleinbus in die Dörfer fahren, was eine digitale Umfrage leisten kann und was nicht – und wie sie die Ergebnisse in die Jugendhilfeplanung des Kreises bringen.\n\nEine erfundene Beispielfolge.",
      guests: [
        { name: "Ute Sandmann", role: "Kreisjugendpflegerin", ags: "15089" },
        { name: "Jannik Reuter", role: "Mobile Jugendarbeit", ags: "15089" },
      ],
      chapters: [
        "00:00:00 Begrüßung",
        "00:03:10 Ein Kreis, 20 Gemeinden, kaum Busse",
        "00:12:45 Der Beteiligungsbus",
        "00:21:30 Was digitale Umfragen leisten – und was nicht",
        "00:30:05 Vom Dorfplatz in den Jugendhilfeausschuss",
      ].join("\n"),
      transcript: [
        "Moderation: Heute sprechen wir über Beteiligung dort, wo es keinen Jugendtreff um die Ecke gibt. Bei mir sind Ute Sandmann, Kreisjugendpflegerin, und Jannik Reuter aus der mobilen Jugendarbeit.",
        "Ute Sandmann: Unser Kreis ist groß, und viele Jugendliche wohnen in Orten mit ein paar hundert Menschen. Wenn wir zu einer Jugendkonferenz in die Kreisstadt einladen, kommen die, deren Eltern sie fahren können. Alle anderen fehlen.",
        "Jannik Reuter: Deshalb haben wir es umgedreht. Wir fahren mit einem Kleinbus in die Dörfer, bauen auf dem Dorfplatz oder am Sportplatz auf und bleiben einen Nachmittag. Es gibt etwas zu trinken, eine Musikbox und eine große Karte vom Ort, auf der die Jugendlichen markieren, wo sie sich aufhalten und was fehlt.",
        "Moderation: Und die digitale Umfrage, die viele Kreise machen?",
        "Ute Sandmann: Die machen wir auch, aber als Ergänzung. Eine Umfrage erreicht viele, aber sie erklärt nichts. Am Bus hören wir, warum die Bushaltestelle am Abend der wichtigste Treffpunkt ist. In der Umfrage steht nur „Treffpunkt fehlt“.",
        "Jannik Reuter: Wichtig ist, dass wir wiederkommen. Im zweiten Jahr haben uns die Jugendlichen schon erwartet und gefragt, was aus ihren Punkten auf der Karte geworden ist.",
        "Moderation: Was ist denn daraus geworden?",
        "Ute Sandmann: Die Ergebnisse fließen in die Sozialraumanalyse des Kreises. Zwei Gemeinden haben inzwischen einen Unterstand mit Licht und Steckdosen gebaut, eine dritte hat einen Raum im Feuerwehrhaus geöffnet. Das klingt klein, aber für die Jugendlichen dort ist es ein Unterschied.",
        "Jannik Reuter: Und wir haben gelernt, dass die Mobilität selbst ein Beteiligungsthema ist. Der Rufbus, den der Kreis gerade plant, steht jetzt ganz oben auf der Liste der Jugendlichen.",
      ].join("\n\n"),
      topics: ["beteiligung", "laendlicher-raum"],
      publishedOn: "2025-05-13",
      seconds: 6,
    },
  ],
};
