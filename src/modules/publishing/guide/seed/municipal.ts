import type { ChapterSeed } from "./chapter-seed.ts";

/** Chapters of the municipal level: politics, participation of young people, integrated planning. */
export const municipalChapters: ChapterSeed[] = [
  {
    slug: "politik-gewinnen",
    title: "Politik gewinnen",
    intro:
      "Integrierte Planung braucht politische Rückendeckung – spätestens, wenn es um Geld und Prioritäten geht. Doch Rückendeckung muss nicht am Anfang stehen. Oft wächst sie aus ersten Erfahrungen, die gut erzählt werden. Dieses Kapitel zeigt, wie Verwaltung und Politik ins Gespräch kommen.",
    topics: ["politische-kommunikation", "datenbasierte-planung", "ressourcen-priorisieren"],
    sections: [
      {
        kind: "modell",
        title: "Der politische Kalender",
        body: "Politische Aufmerksamkeit folgt einem Rhythmus, den die Planung kennen sollte:\n\n- **Haushaltsberatungen**: Wer Mittel für ein Vorhaben braucht, muss es Monate vorher in die Beratungen einbringen.\n- **Sitzungskalender**: Der Jugendhilfeausschuss tagt nur wenige Male im Jahr; Vorlagen haben lange Vorläufe.\n- **Wahlperioden**: Vor Wahlen sind schnelle, sichtbare Erfolge gefragt, danach ist Raum für längerfristige Vorhaben.\n\nLegen Sie diese drei Zeitachsen neben den Zeitplan Ihres Vorhabens. So erkennen Sie, wann ein Thema Gehör findet und wann es untergeht.",
      },
      {
        kind: "methode",
        title: "Die Planungsgeschichte in drei Minuten",
        body: "Ausschussmitglieder haben wenig Zeit und viele Vorlagen. Bereiten Sie Ihr Vorhaben deshalb als kurze Geschichte vor, die Sie in drei Minuten erzählen können:\n\n1. **Die Lage**: ein konkretes Bild statt einer Tabelle, etwa die Zahl der Kinder in einem Stadtteil, die ohne Kita-Platz eingeschult werden.\n2. **Die Idee**: Was wollen Sie anders machen, und warum gerade jetzt?\n3. **Der erste Schritt**: Was passiert in den nächsten Monaten, und was braucht es dafür vom Ausschuss?\n4. **Der Gewinn**: Was hat die Kommune davon – auch aus Sicht der Mitglieder, die dem Thema fernstehen?\n\nÜben Sie die Geschichte mit Kolleginnen und Kollegen, die das Vorhaben nicht kennen. Wenn sie danach den ersten Schritt nennen können, ist die Geschichte gut.",
      },
      {
        kind: "praxistipp",
        title: "Auf Fachebene anfangen und davon erzählen",
        body: "Nicht immer gibt es von Anfang an einen politischen Auftrag für integrierte Planung. Warten Sie nicht darauf. Probieren Sie auf der Fachebene aus, was ohne Beschluss möglich ist: ein gemeinsamer Termin zweier Ämter, eine abgestimmte Datenauswertung, ein Treffen mit Trägern in einem Stadtteil.\n\nDokumentieren Sie, was dabei herauskommt, und erzählen Sie es bei passender Gelegenheit – in einer Ausschusssitzung, im Gespräch mit Fraktionen, im Jahresbericht. Konkrete Beispiele überzeugen mehr als Konzepte und bereiten den Boden für einen späteren Auftrag.",
      },
      {
        kind: "reflexionsfrage",
        title: "Fragen zum Gespräch mit der Politik",
        body: "- Welche Ausschussmitglieder interessieren sich schon heute für mein Thema?\n- Wann ist im politischen Kalender der richtige Moment für mein Anliegen?\n- Welche Geschichte aus der Praxis könnte ich in drei Minuten erzählen?\n- Was braucht die Politik von mir, um das Vorhaben vor ihrer eigenen Basis zu vertreten?",
      },
    ],
  },
  {
    slug: "junge-menschen-beteiligen",
    title: "Junge Menschen beteiligen",
    intro:
      "Kinder und Jugendliche sind Expertinnen und Experten für ihr eigenes Leben. Das SGB VIII verpflichtet die öffentliche Jugendhilfe, sie an den Entscheidungen zu beteiligen, die sie betreffen. Dieses Kapitel zeigt, wie Beteiligung über Einzelprojekte hinaus ein fester Teil der Planung wird.",
    topics: ["beteiligung", "laendlicher-raum"],
    sections: [
      {
        kind: "modell",
        title: "Stufen der Beteiligung",
        body: "Nicht alles, was Beteiligung heißt, gibt jungen Menschen tatsächlich Einfluss. Eine einfache Stufung hilft bei der ehrlichen Einordnung:\n\n1. **Information**: Junge Menschen erfahren, was geplant ist.\n2. **Anhörung**: Ihre Meinung wird eingeholt; entschieden wird ohne sie.\n3. **Mitsprache**: Ihre Vorschläge fließen nachvollziehbar in Entscheidungen ein.\n4. **Mitentscheidung**: Sie entscheiden gemeinsam mit Erwachsenen, etwa in einem Gremium mit Stimmrecht.\n5. **Selbstbestimmung**: Sie verantworten einen Bereich selbst, zum Beispiel ein eigenes Budget.\n\nJede Stufe hat ihren Platz. Problematisch wird es, wenn eine Anhörung als Mitentscheidung ausgegeben wird – junge Menschen merken das schnell.",
      },
      {
        kind: "methode",
        title: "Stadtteilerkundung mit Jugendlichen",
        body: "Bei einer Stadtteilerkundung führen Jugendliche die Planung durch ihr Viertel oder ihr Dorf. Sie zeigen Orte, an denen sie sich gern aufhalten, und Orte, die sie meiden.\n\n1. Gewinnen Sie eine kleine Gruppe über Jugendtreff, Schule oder Verein.\n2. Lassen Sie die Jugendlichen die Route selbst festlegen.\n3. Halten Sie unterwegs Fotos und kurze Aussagen fest – mit Einverständnis der Jugendlichen.\n4. Werten Sie das Material gemeinsam aus und fragen Sie: Was sollte die Kommune ändern?\n5. Stellen Sie die Ergebnisse dort vor, wo entschieden wird, am besten mit den Jugendlichen selbst.\n\nIm ländlichen Raum lohnt es sich, die Wege mitzudenken: Die Erkundung kann im Bus beginnen, mit dem die Jugendlichen täglich unterwegs sind.",
      },
      {
        kind: "praxistipp",
        title: "Rückmeldung geben, was aus den Ideen wurde",
        body: "Die häufigste Enttäuschung nach einer Beteiligung ist Stille: Junge Menschen bringen Ideen ein und hören danach nie wieder davon. Planen Sie die Rückmeldung deshalb von Anfang an ein. Wer informiert wann und auf welchem Weg, was umgesetzt wird, was nicht – und warum?\n\nAuch ein Nein ist eine Rückmeldung, wenn es begründet wird. Es zeigt, dass die Vorschläge gelesen wurden. Eine kurze Nachricht über die Kanäle, die Jugendliche tatsächlich nutzen, wirkt mehr als ein ausführlicher Bericht im Ratsinformationssystem.",
      },
      {
        kind: "reflexionsfrage",
        title: "Fragen zur Beteiligung",
        body: "- Auf welcher Stufe der Beteiligung stehen unsere Formate wirklich?\n- Welche jungen Menschen erreichen wir bisher nicht, und warum?\n- Wie erfahren die Beteiligten, was aus ihren Ideen geworden ist?\n- Welche Entscheidung im nächsten Jahr könnten wir gemeinsam mit Jugendlichen treffen?",
      },
    ],
  },
  {
    slug: "integrierte-planung-vor-ort",
    title: "Integrierte Planung vor Ort",
    intro:
      "Integrierte Planung bringt zusammen, was in vielen Kommunen nebeneinander läuft: Fachplanungen, Daten, Träger und die Sicht der Menschen vor Ort. Dieses Kapitel beschreibt einen Planungskreislauf, der diese Teile verbindet, und zeigt, wie freie Träger zu echten Partnern werden.",
    topics: ["integrierte-sozialplanung", "sozialraumorientierung", "kooperation-traeger"],
    sections: [
      {
        kind: "modell",
        title: "Der Planungskreislauf",
        body: "Das SGB VIII beschreibt Jugendhilfeplanung als wiederkehrenden Kreislauf. Integriert wird er, wenn an jeder Station mehrere Ressorts und Partner mitwirken:\n\n1. **Bestand erheben**: Welche Angebote gibt es, wo und für wen – quer über Jugendhilfe, Schule, Gesundheit und Soziales?\n2. **Bedarf ermitteln**: Was brauchen Kinder, Jugendliche und Familien? Daten und Beteiligung ergänzen sich hier.\n3. **Maßnahmen planen**: Welche Angebote werden ausgebaut, verändert oder beendet? Wer setzt sie um?\n4. **Wirkung überprüfen**: Was hat sich verändert? Die Antworten fließen in die nächste Runde ein.\n\nDer Kreislauf endet nie. Es hilft, ihn mit dem Haushaltsjahr zu verknüpfen, damit Ergebnisse rechtzeitig in die Mittelplanung einfließen.",
      },
      {
        kind: "methode",
        title: "Steckbrief für einen Planungsraum",
        body: "Ein Steckbrief fasst auf zwei Seiten zusammen, was über einen Planungsraum bekannt ist. Er ist ein guter Anlass, Wissen aus verschiedenen Ämtern zusammenzutragen:\n\n- wenige Kennzahlen im Vergleich zur ganzen Kommune, etwa die Zahl der Kinder, der Anteil der Familien im Leistungsbezug, die Übergangsquoten;\n- die wichtigsten Angebote und Treffpunkte;\n- Einschätzungen von Fachkräften und Trägern vor Ort;\n- Aussagen junger Menschen aus Beteiligungsformaten;\n- offene Fragen, die bisher niemand beantworten kann.\n\nErstellen Sie den ersten Steckbrief gemeinsam mit Fachkräften, die im Raum arbeiten. So entsteht nebenbei ein Netzwerk, das die spätere Planung trägt.",
      },
      {
        kind: "praxistipp",
        title: "Bedarfe gemeinsam mit Trägern deuten",
        body: "Freie Träger kennen die Lebenslagen vor Ort oft besser als die Verwaltung. Sie sind aber auch Anbieter, die von Planungsentscheidungen wirtschaftlich abhängen. Diese doppelte Rolle lässt sich nicht auflösen, aber offen ansprechen.\n\nBewährt hat sich, Daten zuerst gemeinsam zu deuten und erst danach über Angebote und Mittel zu sprechen. In der Deutungsrunde geht es nur um die Frage: Was sehen wir hier? Wenn alle ein gemeinsames Bild der Lage haben, werden die anschließenden Verteilungsfragen sachlicher.",
      },
      {
        kind: "reflexionsfrage",
        title: "Fragen zur integrierten Planung",
        body: "- An welcher Station des Planungskreislaufs arbeiten bei uns schon mehrere Ämter zusammen?\n- Welche Daten anderer Ämter würden unsere Bedarfsermittlung verbessern?\n- Wie unterscheiden wir bei Trägern zwischen Fachwissen und wirtschaftlichem Interesse?\n- Wann sind die Ergebnisse unserer Planung zuletzt in eine Haushaltsentscheidung eingeflossen?",
      },
    ],
  },
];
