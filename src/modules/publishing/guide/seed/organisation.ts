import type { ChapterSeed } from "./chapter-seed.ts";

/** Chapters of the organisation level: culture, cooperation across departments, leadership. */
export const organisationChapters: ChapterSeed[] = [
  {
    slug: "organisationskultur",
    title: "Organisationskultur verstehen",
    intro:
      "Neue Verfahren lassen sich beschließen, neue Gewohnheiten nicht. Ob integriertes Arbeiten in einer Verwaltung gelingt, hängt stark von ihrer Kultur ab: von ungeschriebenen Regeln darüber, wer mit wem spricht, was als Erfolg gilt und wie mit Fehlern umgegangen wird.",
    topics: ["organisationsentwicklung", "fuehrung"],
    sections: [
      {
        kind: "modell",
        title: "Das Eisbergmodell der Organisation",
        body: "Wie bei einem Eisberg ist nur ein kleiner Teil einer Organisation sichtbar: Organigramm, Geschäftsverteilung, Dienstwege, Haushaltsstellen. Unter der Wasserlinie liegt der größere Teil: gewachsene Beziehungen, Konkurrenzen zwischen Ämtern, unausgesprochene Erwartungen, Erfahrungen mit früheren Reformen.\n\nVeränderungen, die nur an der Oberfläche ansetzen – etwa eine neue Arbeitsgruppe –, laufen oft ins Leere, weil die Kräfte unter Wasser unverändert bleiben. Wer integrierte Planung verankern will, bearbeitet deshalb beide Ebenen: die Struktur und das, was Menschen über die Zusammenarbeit denken und fühlen.",
      },
      {
        kind: "methode",
        title: "Kulturgeschichten sammeln",
        body: "Geschichten verraten viel über eine Kultur. Bitten Sie in einer Teamsitzung oder in Einzelgesprächen um kurze Erzählungen zu Fragen wie:\n\n- Wann hat die Zusammenarbeit mit einem anderen Amt einmal richtig gut funktioniert?\n- Welche Geschichte erzählt man Neuen hier, damit sie wissen, wie der Laden läuft?\n- Woran ist ein früheres Reformvorhaben gescheitert?\n\nHalten Sie die Geschichten fest und suchen Sie gemeinsam nach Mustern: Was wird belohnt, was bestraft? Welche Werte tauchen immer wieder auf? Die Muster zeigen, an welche Stärken Ihr Vorhaben anknüpfen kann und welche Gewohnheiten es ausdrücklich ansprechen muss.",
      },
      {
        kind: "praxistipp",
        title: "Fehler besprechbar machen",
        body: "Integrierte Planung bedeutet, Neues auszuprobieren – und manches davon wird nicht klappen. In Verwaltungen, in denen ein Fehler vor allem Anlass für Rechtfertigung ist, probiert aber niemand gern aus.\n\nEin einfacher Einstieg: Nehmen Sie in regelmäßige Besprechungen einen festen Punkt „Was wir gelernt haben“ auf. Die Leitung beginnt und erzählt von einem eigenen Irrtum. Wichtig ist, dass danach niemand nach Schuldigen sucht, sondern nach dem, was man beim nächsten Mal anders machen würde.",
      },
      {
        kind: "reflexionsfrage",
        title: "Fragen zur Kultur Ihrer Verwaltung",
        body: "- Welche ungeschriebene Regel würde eine neue Kollegin bei uns als erste lernen?\n- Was passiert bei uns, wenn jemand einen Fehler offen anspricht?\n- Welche früheren Reformen wirken in den Köpfen noch nach?\n- Wo zeigt unsere Kultur schon heute, dass Zusammenarbeit über Grenzen hinweg geschätzt wird?",
      },
    ],
  },
  {
    slug: "kooperation-ueber-ressorts",
    title: "Kooperation über Ressorts hinweg",
    intro:
      "Kinder und Familien halten sich nicht an Zuständigkeiten. Kita, Schule, Jugendhilfe, Gesundheit und Soziales begegnen ihnen oft in derselben Woche – und planen trotzdem häufig getrennt. Dieses Kapitel zeigt, wie Ämter und Dezernate Schritt für Schritt gemeinsam planen.",
    topics: ["integrierte-sozialplanung", "bildungsuebergaenge", "praeventionsketten"],
    sections: [
      {
        kind: "modell",
        title: "Stufen der Zusammenarbeit",
        body: "Zusammenarbeit zwischen Ressorts ist kein Entweder-oder. Das Modell unterscheidet vier Stufen, die aufeinander aufbauen:\n\n1. **Information**: Die Ämter wissen voneinander, was sie planen, etwa durch gegenseitige Einladungen.\n2. **Abstimmung**: Sie stimmen Termine, Daten und Zuständigkeiten ab, damit sich Planungen nicht widersprechen.\n3. **Kooperation**: Sie arbeiten an einzelnen Vorhaben zusammen, zum Beispiel an einem gemeinsamen Bericht zu Bildungsübergängen.\n4. **Kollaboration**: Sie verfolgen gemeinsame Ziele, teilen Ressourcen und verantworten Ergebnisse gemeinsam.\n\nNicht jede Beziehung muss die vierte Stufe erreichen. Hilfreich ist, gemeinsam festzustellen, wo man heute steht und welche Stufe man als Nächstes anstrebt.",
      },
      {
        kind: "methode",
        title: "Gemeinsames Zielbild in drei Schritten",
        body: "Ein gemeinsames Zielbild hilft, wenn mehrere Ämter an einem Thema arbeiten, aber jedes seine eigene Sprache spricht.\n\n1. **Eigene Sicht**: Jedes beteiligte Amt beschreibt in fünf Sätzen, wie gutes Aufwachsen in der Kommune in zehn Jahren aussehen soll – aus seiner Perspektive.\n2. **Gemeinsamkeiten**: In einem moderierten Treffen werden die Beschreibungen nebeneinandergelegt. Was kommt überall vor? Wo ergänzen sich die Sichtweisen, wo widersprechen sie sich?\n3. **Zielbild**: Aus den Gemeinsamkeiten entsteht ein kurzer Text, den alle Leitungen mittragen. Er wird nicht perfekt sein, aber er ist der erste gemeinsame Bezugspunkt.\n\nPlanen Sie für das Treffen einen halben Tag ein und holen Sie sich eine Moderation, die keinem der beteiligten Ämter angehört.",
      },
      {
        kind: "praxistipp",
        title: "Jugendhilfe- und Schulentwicklungsplanung legen Daten zusammen",
        body: "*Beispiel aus einer erfundenen kreisfreien Stadt:* Jugendhilfe- und Schulentwicklungsplanung nutzten seit Jahren unterschiedliche Gebietseinteilungen. Ein gemeinsames Bild der Übergänge von der Kita in die Grundschule war so nicht möglich.\n\nBeide Planungsstellen vereinbarten, ihre Daten künftig zusätzlich nach denselben Planungsräumen auszuwerten. Der Aufwand lag vor allem in der ersten Umstellung; danach konnten sie dem Ausschuss zum ersten Mal eine gemeinsame Karte vorlegen. Der wichtigste Gewinn war nach eigener Aussage nicht die Karte, sondern die regelmäßigen Treffen, die dadurch entstanden.",
      },
      {
        kind: "reflexionsfrage",
        title: "Fragen zur Zusammenarbeit der Ämter",
        body: "- Auf welcher Stufe der Zusammenarbeit stehen wir mit dem Schulamt, dem Gesundheitsamt, dem Sozialamt?\n- Wer in den anderen Ämtern hat ein ähnliches Anliegen wie ich?\n- Welche Daten würde ich gern teilen, und was hält mich davon ab?\n- Wer müsste einen gemeinsamen Auftrag erteilen, damit Zusammenarbeit nicht vom guten Willen Einzelner abhängt?",
      },
    ],
  },
  {
    slug: "fuehrung-im-wandel",
    title: "Führung im Wandel",
    intro:
      "Führungskräfte mit Planungs- und Steuerungsverantwortung setzen den Rahmen, in dem integriertes Arbeiten möglich wird – oder eben nicht. Dieses Kapitel richtet sich an Jugendamtsleitungen und andere Leitungspersonen, die Veränderung nicht nur anordnen, sondern gestalten wollen.",
    topics: ["fuehrung", "organisationsentwicklung", "ressourcen-priorisieren"],
    sections: [
      {
        kind: "text",
        title: "Vom Anordnen zum Ermöglichen",
        body: "In ruhigen Zeiten genügt es oft, Aufgaben klar zu verteilen und ihre Erledigung zu kontrollieren. Wenn sich Krisen überlagern, Mittel knapp werden und die Erwartungen wachsen, reicht das nicht mehr. Niemand in der Verwaltung kennt allein die richtige Antwort auf Fragen wie Fachkräftemangel oder Kinderarmut.\n\nFührung im Wandel heißt deshalb vor allem: Bedingungen schaffen, unter denen Mitarbeitende gemeinsam Lösungen entwickeln können. Dazu gehören klare Ziele, aber auch Freiräume, Schutz für Experimente und die Bereitschaft, selbst als Lernende aufzutreten.",
      },
      {
        kind: "modell",
        title: "Rahmen und Freiraum",
        body: "Das Modell beschreibt Führung als Balance zwischen zwei Aufgaben:\n\n- Der **Rahmen** gibt Orientierung: Worum geht es? Welche Ziele sind verbindlich? Welche Grenzen – rechtlich, finanziell, politisch – gelten?\n- Der **Freiraum** gibt Beweglichkeit: Wie das Team die Ziele erreicht, entscheidet es weitgehend selbst.\n\nZu viel Rahmen ohne Freiraum führt zu Dienst nach Vorschrift, zu viel Freiraum ohne Rahmen zu Unsicherheit und Aktionismus. Prüfen Sie für jedes Vorhaben, ob beide Seiten ausgesprochen sind – und ob Ihr Team sie genauso versteht wie Sie.",
      },
      {
        kind: "methode",
        title: "Kollegiale Beratung in sechs Schritten",
        body: "Kollegiale Beratung nutzt das Wissen einer Gruppe von Gleichgestellten, um einen konkreten Fall zu bearbeiten. Sie eignet sich besonders für Führungskräfte, die selten ehrliche Rückmeldung erhalten. Eine Runde dauert etwa 45 Minuten, die Gruppe umfasst vier bis sieben Personen.\n\n1. **Rollen verteilen**: Fallgeber:in, Moderation und Beratende.\n2. **Fall schildern**: Die Fallgeberin beschreibt ihre Situation, ohne unterbrochen zu werden.\n3. **Schlüsselfrage**: Sie formuliert, worauf sie eine Antwort sucht.\n4. **Nachfragen**: Die Beratenden stellen Verständnisfragen, noch keine Ratschläge.\n5. **Ideen sammeln**: Die Beratenden tragen Vermutungen und Vorschläge zusammen; die Fallgeberin hört nur zu.\n6. **Abschluss**: Die Fallgeberin sagt, was sie mitnimmt.\n\nVertraulichkeit ist Voraussetzung: Was in der Runde besprochen wird, bleibt dort.",
      },
      {
        kind: "reflexionsfrage",
        title: "Fragen an Führungskräfte",
        body: "- Welche Ziele meines Bereichs sind verbindlich, und weiß das mein Team?\n- Wo lasse ich Freiraum, und wo greife ich aus Gewohnheit ein?\n- Wann habe ich zuletzt vor meinem Team gesagt, dass ich etwas nicht weiß?\n- Wen könnte ich für eine Runde kollegialer Beratung gewinnen?",
      },
    ],
  },
];
