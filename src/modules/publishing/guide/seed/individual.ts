import type { ChapterSeed } from "./chapter-seed.ts";

/** Chapters of the individual level: role, resistance, leading oneself. */
export const individualChapters: ChapterSeed[] = [
  {
    slug: "haltung-und-rolle",
    title: "Haltung und Rolle klären",
    intro:
      "Wer in der Jugendhilfeplanung Veränderung anstoßen will, wird schnell zur Projektionsfläche: Die einen erwarten Zahlen, die anderen Lösungen, wieder andere vor allem Ruhe. Dieses Kapitel hilft Ihnen, die eigene Rolle bewusst zu wählen, statt sie sich zuschreiben zu lassen.",
    topics: ["organisationsentwicklung", "integrierte-sozialplanung"],
    sections: [
      {
        kind: "text",
        title: "Warum die Rolle den Unterschied macht",
        body: "Planungsfachkräfte sitzen an einer ungewöhnlichen Stelle: Sie haben selten Weisungsbefugnis, aber oft den besten Überblick. Sie kennen die Daten, die Gremien und die Menschen in den Diensten. Aus dieser Lage lässt sich viel machen – wenn klar ist, in welcher Rolle Sie gerade sprechen.\n\nWer das eigene Rollenverständnis nicht klärt, gerät leicht zwischen die Stühle: Die Leitung erwartet Zuarbeit, die Träger eine Anwaltschaft für ihre Angebote, die Politik schnelle Antworten. Eine geklärte Haltung schützt nicht vor diesen Erwartungen, aber sie macht sie verhandelbar.",
      },
      {
        kind: "modell",
        title: "Vier Rollen der Planungsfachkraft",
        body: "Das Modell unterscheidet vier Rollen, die Planungsfachkräfte im Wandel einnehmen. Keine ist besser als die andere; entscheidend ist, bewusst zwischen ihnen zu wechseln.\n\n- **Analytiker:in**: bereitet Daten auf, deutet sie und macht Entwicklungen sichtbar.\n- **Moderator:in**: bringt Ämter, Träger und junge Menschen an einen Tisch und sorgt für faire Verfahren.\n- **Übersetzer:in**: macht fachliche Befunde für Politik und Öffentlichkeit verständlich – und politische Erwartungen für die Fachpraxis.\n- **Impulsgeber:in**: bringt neue Ideen ein, stellt Routinen in Frage und wirbt für Experimente.\n\nViele Konflikte entstehen, wenn Rollen vermischt werden: Wer in einer Sitzung moderiert, kann nicht gleichzeitig für eine bestimmte Lösung werben. Sagen Sie deshalb offen, in welcher Rolle Sie gerade auftreten.",
      },
      {
        kind: "methode",
        title: "Rollenlandkarte zeichnen",
        body: "Die Rollenlandkarte macht sichtbar, wer was von Ihnen erwartet – und wo sich Erwartungen widersprechen. Planen Sie dafür etwa 45 Minuten ein, allein oder mit einer vertrauten Kollegin.\n\n1. Schreiben Sie Ihren Namen in die Mitte eines großen Blatts.\n2. Ordnen Sie ringsum alle Personen und Gruppen an, mit denen Sie in Ihrem Vorhaben zu tun haben: Leitung, Fachdienste, Träger, Ausschuss, Schulverwaltung, junge Menschen.\n3. Notieren Sie an jede Verbindung in wenigen Worten, was diese Seite von Ihnen erwartet.\n4. Markieren Sie widersprüchliche Erwartungen mit einer Farbe und Erwartungen, die Sie nicht erfüllen wollen, mit einer zweiten.\n5. Entscheiden Sie für zwei markierte Stellen, wie Sie das Gespräch darüber suchen.\n\nDie Karte ist eine Momentaufnahme. Zeichnen Sie sie nach einem halben Jahr erneut und vergleichen Sie.",
      },
      {
        kind: "reflexionsfrage",
        title: "Fragen zur eigenen Rolle",
        body: "- In welcher der vier Rollen fühle ich mich am sichersten – und welche meide ich?\n- Wer hat mir meine jetzige Rolle zugeschrieben, und habe ich ihr zugestimmt?\n- Welche Erwartung an mich würde ich gern offen zurückweisen?\n- Woran würde meine Leitung merken, dass ich meine Rolle verändert habe?\n- Mit wem kann ich regelmäßig über meine Rolle sprechen, ohne dass es gleich um Zuständigkeiten geht?",
      },
    ],
  },
  {
    slug: "umgang-mit-widerstand",
    title: "Umgang mit Widerstand",
    intro:
      "Jede Veränderung stößt auf Widerstand – auch eine, die alle für richtig halten. Widerstand ist dabei weniger ein Hindernis als eine Nachricht: Er zeigt, wo Sorgen, Verluste oder offene Fragen liegen. Das Kapitel zeigt, wie Sie diese Nachricht lesen und beantworten.",
    topics: ["organisationsentwicklung", "kooperation-traeger"],
    sections: [
      {
        kind: "modell",
        title: "Die Veränderungskurve",
        body: "Menschen durchlaufen bei Veränderungen oft ähnliche Phasen. Die Veränderungskurve beschreibt sie vereinfacht:\n\n1. **Überraschung**: Die Ankündigung trifft auf Unverständnis – „Das betrifft uns doch nicht.“\n2. **Ablehnung**: Das Bisherige wird verteidigt, Gegenargumente werden gesammelt.\n3. **Einsicht**: Der Kopf versteht, warum sich etwas ändern soll; das Gefühl hinkt hinterher.\n4. **Tal der Tränen**: Der Verlust des Vertrauten wird spürbar, die Leistung sinkt vorübergehend.\n5. **Ausprobieren**: Erste Schritte in der neuen Arbeitsweise, mit Rückschlägen.\n6. **Integration**: Das Neue wird zur Routine.\n\nNicht alle Beteiligten stehen zur selben Zeit an derselben Stelle. Wer schon lange am Vorhaben arbeitet, probiert oft bereits aus, während andere gerade erst in die Ablehnung gehen. Geduld mit dieser Ungleichzeitigkeit ist ein großer Teil der Arbeit.",
      },
      {
        kind: "methode",
        title: "Einwände sammeln und sortieren",
        body: "Statt Einwände in der Sitzung einzeln zu entkräften, sammeln Sie sie zunächst vollständig – auf Karten oder in einer gemeinsamen Liste. Danach sortieren Sie gemeinsam in drei Gruppen:\n\n- **Sachfragen**: Eine Information fehlt oder ein Detail ist ungeklärt. Diese Einwände lassen sich mit Fakten beantworten.\n- **Sorgen**: Es geht um Arbeitslast, Zuständigkeit oder Ansehen. Sie brauchen ein Gespräch und oft eine Zusage.\n- **Grundsätzliche Bedenken**: Das Ziel selbst wird in Frage gestellt. Sie gehören in die Leitungsrunde, nicht in die Arbeitsgruppe.\n\nHalten Sie jeden Einwand sichtbar fest und sagen Sie später, was daraus geworden ist. Wer erlebt, dass Bedenken ernst genommen werden, bringt sich eher wieder ein.",
      },
      {
        kind: "praxistipp",
        title: "Widerstand als Hinweis nutzen",
        body: "*Beispiel aus einer erfundenen Kreisverwaltung:* Als die Jugendhilfeplanerin vorschlug, die Fallzahlen des Allgemeinen Sozialen Dienstes künftig nach Planungsräumen auszuwerten, lehnte das Team rundweg ab. Im Gespräch zeigte sich: Niemand war gegen die Auswertung – aber alle fürchteten, dass die Zahlen zur Bewertung einzelner Fachkräfte genutzt würden.\n\nDie Planerin vereinbarte mit der Leitung eine schriftliche Zusage, dass die Daten nur zusammengefasst nach Räumen ausgewertet werden. Danach halfen dieselben Fachkräfte, die Kategorien zu verbessern. Der Widerstand hatte auf eine Lücke im Vorhaben hingewiesen, die sonst später aufgebrochen wäre.",
      },
      {
        kind: "reflexionsfrage",
        title: "Fragen zum Widerstand im eigenen Vorhaben",
        body: "- Welcher Einwand gegen mein Vorhaben ärgert mich am meisten – und was könnte er berechtigt anzeigen?\n- Wer verliert durch die Veränderung etwas, und habe ich das schon einmal ausgesprochen?\n- Wo auf der Veränderungskurve stehen die wichtigsten Beteiligten gerade?\n- Welche Sorge könnte ich mit einer verbindlichen Zusage auflösen?",
      },
    ],
  },
  {
    slug: "selbstfuehrung",
    title: "Selbstführung im Wandel",
    intro:
      "Veränderungsprozesse in der Verwaltung dauern Jahre, nicht Monate. Wer sie voranbringt, braucht einen langen Atem und einen guten Umgang mit den eigenen Kräften. In diesem Kapitel geht es darum, wie Sie sich selbst durch den Wandel führen.",
    topics: ["fuehrung", "organisationsentwicklung"],
    sections: [
      {
        kind: "modell",
        title: "Kreise von Kontrolle, Einfluss und Sorge",
        body: "Das Modell teilt die Dinge, die uns beschäftigen, in drei Kreise:\n\n- Im **inneren Kreis** liegt, was Sie selbst entscheiden: wie Sie eine Sitzung vorbereiten, welche Frage Sie stellen, wie Sie Ihre Woche planen.\n- Im **mittleren Kreis** liegt, worauf Sie Einfluss nehmen können, ohne es zu bestimmen: die Haltung Ihrer Leitung, die Tagesordnung des Ausschusses, die Zusammenarbeit mit der Schulverwaltung.\n- Im **äußeren Kreis** liegt, was Sie beschäftigt, aber nicht beeinflussen: Landesgesetze, die Haushaltslage, die nächste Wahl.\n\nEnergie, die in den äußeren Kreis fließt, verpufft meist. Wer sich auf die beiden inneren Kreise konzentriert, erlebt mehr Wirksamkeit – und der mittlere Kreis wächst mit der Zeit.",
      },
      {
        kind: "methode",
        title: "Der Wochenrückblick in fünf Minuten",
        body: "Nehmen Sie sich am Ende jeder Woche fünf Minuten und beantworten Sie schriftlich drei Fragen:\n\n1. Was ist in dieser Woche im Vorhaben vorangegangen, und sei es nur ein kleines Stück?\n2. Was hat mich Kraft gekostet, und was hat mir Kraft gegeben?\n3. Was ist der eine Schritt, den ich mir für die nächste Woche vornehme?\n\nNach einigen Wochen entsteht ein Protokoll, das zweierlei zeigt: dass sich mehr bewegt, als es im Alltag scheint, und welche Situationen Sie regelmäßig erschöpfen. Beides ist wertvoll für Gespräche mit Ihrer Leitung oder in der kollegialen Beratung.",
      },
      {
        kind: "praxistipp",
        title: "Kleine Erfolge sichtbar machen",
        body: "Große Ziele wie eine integrierte Planung für die ganze Kommune motivieren zu Beginn, ermüden aber auf lange Sicht. Legen Sie deshalb Zwischenschritte fest, die innerhalb weniger Wochen erreichbar sind: ein gemeinsamer Termin mit der Schulentwicklungsplanung, eine erste Karte mit Daten aus zwei Ämtern, ein Jugendforum im kleinen Rahmen.\n\nFeiern Sie diese Schritte bewusst – mit einer kurzen Nachricht an alle Beteiligten, einem Kaffee im Team oder einem Punkt in der Dienstbesprechung. Sichtbare kleine Erfolge halten nicht nur Sie selbst in Bewegung, sondern auch alle, die Sie mitnehmen wollen.",
      },
      {
        kind: "reflexionsfrage",
        title: "Fragen zur Selbstführung",
        body: "- Woran merke ich früh, dass mir die Kraft ausgeht?\n- Wie viel meiner Zeit verbringe ich mit Dingen im äußeren Kreis?\n- Wer unterstützt mich, wenn das Vorhaben stockt – und habe ich diese Person darum gebeten?\n- Welchen kleinen Erfolg der letzten Wochen habe ich noch niemandem erzählt?",
      },
    ],
  },
];
