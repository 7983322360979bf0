import type { ReportSeed } from "./types.ts";

/** Invented practice reports by the Fellow municipalities Kreis Olpe, Landkreis Rostock, Leipzig and Salzlandkreis. */
export const fellowReportsB: ReportSeed[] = [
  // Kreis Olpe (05966)
  {
    key: "olpe-jugendhilfe-sozialraeume-konzept",
    ags: "05966",
    title: "Jugendhilfe im Flächenkreis nach Sozialräumen ausrichten: erst Vorhandenes sichtbar machen, dann umbauen",
    problem:
      "Im Kreis Olpe waren die Angebote der Jugendhilfe bisher vor allem nach Leistungsarten organisiert und kaum danach, wo Familien leben. Ob eine Erziehungsberatung oder ein Jugendtreff in den kleineren Gemeinden tatsächlich ankommt, konnten wir schwer beurteilen, weil niemand einen Überblick über Angebote und Zuständigkeiten je Sozialraum hatte. Gleichzeitig wollten wir Bedarfe früher erkennen, statt erst im Allgemeinen Sozialen Dienst darauf zu reagieren.",
    context:
      "Der Kreis Olpe ist mit rund 135.000 Einwohnerinnen und Einwohnern der kleinste Kreis Nordrhein-Westfalens und umfasst sieben Städte und Gemeinden. Der Allgemeine Soziale Dienst arbeitet an drei Standorten, Jugendhilfe- und Bildungsplanung sind in einer gemeinsamen Stelle gebündelt.",
    approach:
      "Statt sofort neue Strukturen zu entwerfen, haben wir im Januar 2026 mit einem Auftaktworkshop begonnen, zu dem freie Träger, Schulsozialarbeit, Familienzentren, Gemeindeverwaltungen und die drei ASD-Teams eingeladen waren. Bis zum Sommer haben wir alle Angebote für junge Menschen und Familien erfasst und jeweils einem Sozialraum zugeordnet, einschließlich der informellen Schnittstellen: Wer ruft wen an, wenn es in einer Familie schwierig wird? Die Sozialräume haben wir nicht am Schreibtisch gezogen, sondern an Gemeindegrenzen, Schulstandorten und den tatsächlichen Wegen der Familien ausgerichtet. Für jeden Sozialraum ist eine zweiseitige Übersicht entstanden, die wir mit den Akteurinnen und Akteuren vor Ort gegengelesen haben.",
    worked:
      "Die Bestandsaufnahme hat deutlich mehr Angebote zutage gefördert, als selbst erfahrene Kolleginnen und Kollegen kannten, vor allem kleine Initiativen von Kirchengemeinden und Vereinen. Der Grundsatz, an Vorhandenes anzuknüpfen, hat die Skepsis der freien Träger spürbar gesenkt, weil niemand befürchten musste, dass seine Arbeit ersetzt wird. Die ASD-Teams nutzen die Übersichten bereits in ihren Fallberatungen.",
    notWorked:
      "Für die Erfassung haben wir fast doppelt so viel Zeit gebraucht wie geplant, weil es keine zentrale Angebotsliste gab und vieles nur telefonisch zu klären war. Daten zu Bedarfen liegen bislang meist nur auf Gemeindeebene vor, was für den Zuschnitt der Sozialräume in den größeren Gemeinden zu grob ist.",
    transfer:
      "Wer in einem Flächenkreis sozialräumlich arbeiten will, sollte zuerst sichtbar machen, was es vor Ort schon gibt, und die Sozialräume gemeinsam mit den Menschen zuschneiden, die dort arbeiten. Eine schlichte Übersicht je Sozialraum leistet dabei mehr als ein ausgefeiltes Konzeptpapier.",
    topics: ["sozialraumorientierung", "laendlicher-raum", "kooperation-traeger"],
    visibility: "public",
    contactName: "Andreas Kemper, Jugendamtsleitung",
    publishedOn: "2026-09-08",
    linkedToProject: true,
  },
  {
    key: "olpe-jugendhilfe-und-bildungsplanung-eine-stelle",
    ags: "05966",
    title: "Jugendhilfe- und Bildungsplanung in einer Stelle: die Schnittstelle am Übergang Schule–Beruf nutzen",
    problem:
      "Jugendhilfeplanung, Schulentwicklungsplanung und die Arbeit am Übergang Schule–Beruf liefen im Kreis lange nebeneinander her, mit eigenen Gremien, eigenen Daten und eigenen Zeitplänen. Für junge Menschen, die nach der Schule keinen Anschluss finden, fühlte sich am Ende niemand richtig zuständig. Mit der Bündelung von Jugendhilfe- und Bildungsplanung in einer Stelle wollten wir diese Lücke schließen.",
    context:
      "Der Kreis Olpe ist ländlich geprägt, hat einen starken Mittelstand und eine vergleichsweise niedrige Jugendarbeitslosigkeit. Die gebündelte Planungsstelle ist mit anderthalb Vollzeitstellen im Jugendamt angesiedelt und arbeitet eng mit dem Schulamt und der Kommunalen Koordinierung für den Übergang Schule–Beruf zusammen.",
    approach:
      "Zunächst haben wir alle Gremien aufgelistet, in denen es um Bildung und Übergänge geht, und geprüft, welche sich zusammenlegen lassen. Seitdem bereitet die Planungsstelle einmal im Jahr einen gemeinsamen Bildungs- und Jugendbericht vor, der Schulabgängerzahlen, Ausbildungsmarkt und Hilfen für junge Volljährige zusammenführt. Für Jugendliche ohne Anschlussperspektive haben wir mit Jobcenter, Agentur für Arbeit und Schulsozialarbeit eine feste Fallkonferenz pro Halbjahr vereinbart. Die Schulentwicklungsplanung der Städte und Gemeinden gleichen wir frühzeitig mit der Jugendhilfeplanung ab, etwa beim Ausbau der Ganztagsangebote.",
    worked:
      "Der gemeinsame Bericht wird im Jugendhilfeausschuss und im Schulausschuss gleichermaßen gelesen und hat erstmals eine gemeinsame Debatte über junge Menschen ohne Ausbildungsplatz ausgelöst. Durch die Fallkonferenzen hängen Übergaben zwischen Schule und Jugendberufshilfe nicht mehr vom Zufall ab. Die Planungsstelle wird inzwischen von allen Seiten als erste Ansprechpartnerin wahrgenommen.",
    notWorked:
      "Den Arbeitsumfang der gebündelten Stelle haben wir unterschätzt: Für klassische Aufgaben der Jugendhilfeplanung, etwa die Fortschreibung der Kita-Bedarfsplanung, bleibt zu wenig Zeit. Zwei der zusammengelegten Gremien haben wir nach einem Jahr wieder getrennt, weil die Tagesordnungen zu lang wurden und sich niemand mehr angesprochen fühlte.",
    transfer:
      "Eine gebündelte Planungsstelle wirkt als Bindeglied, wenn sie ein klares gemeinsames Produkt hat, bei uns den jährlichen Bericht. Sie braucht aber eine realistische Personalausstattung und die Freiheit, Aufgaben auch wieder abzugeben.",
    topics: ["integrierte-sozialplanung", "bildungsuebergaenge", "organisationsentwicklung"],
    visibility: "public",
    contactName: "Martina Stahl, Jugendhilfe- und Bildungsplanung",
    publishedOn: "2024-11-14",
    linkedToProject: false,
  },
  {
    key: "olpe-kita-bedarfsplanung-meldedaten-gemeinden",
    ags: "05966",
    title: "Kita-Bedarfsplanung mit Meldedaten der Gemeinden: was genauer wurde und wo die Prognose danebenlag",
    problem:
      "Unsere Kita-Bedarfsplanung beruhte jahrelang auf Geburtenzahlen für den ganzen Kreis, die wir anteilig auf die Gemeinden umgelegt haben. In zwei Gemeinden fehlten dadurch kurzfristig Plätze für unter Dreijährige, während anderswo Gruppen nicht voll wurden. Wir wollten die Planung deshalb auf kleinräumige Daten umstellen.",
    context:
      "Das Kreisjugendamt plant die Kindertagesbetreuung für mehrere kreisangehörige Gemeinden, die Einwohnermeldedaten liegen bei den Gemeindeverwaltungen. In kleinen Ortsteilen entscheiden oft wenige Zuzüge über den Bedarf.",
    approach:
      "Mit den Meldeämtern haben wir eine jährliche Lieferung anonymisierter Daten nach Ortsteil und Geburtsjahrgang vereinbart. Hinzu kamen Angaben der Bauämter zu neuen Baugebieten sowie die Anmeldelisten der Kitas, die wir mit den Trägern abgeglichen haben. Auf dieser Grundlage berechnen wir die Bedarfe je Ortsteil drei Jahre im Voraus und stellen sie Trägern und Gemeinden einmal im Jahr vor.",
    worked:
      "Die Abstimmung mit den Gemeinden über Kita-Neubauten ist sachlicher geworden, weil alle auf dieselben Zahlen schauen. Doppelanmeldungen lassen sich durch den Abgleich der Anmeldelisten inzwischen zuverlässig herausrechnen.",
    notWorked:
      "Die Datenlieferungen kamen in sehr unterschiedlicher Qualität und Form an, eine Gemeinde lieferte im ersten Jahr überhaupt nicht. Für Ortsteile mit weniger als 30 Kindern pro Jahrgang lag unsere Prognose zweimal deutlich daneben, weil Neubaugebiete schneller bezogen wurden als angekündigt. Den Aufwand für die Aufbereitung haben wir unterschätzt: Er bindet jedes Frühjahr mehrere Wochen Arbeitszeit.",
    transfer:
      "Kleinräumige Daten lohnen sich, aber nur mit einer verbindlichen Vereinbarung über Format und Termin der Lieferung. Für sehr kleine Ortsteile sollte man mit Spannweiten statt mit exakten Platzzahlen planen.",
    topics: ["datenbasierte-planung", "laendlicher-raum"],
    visibility: "network",
    contactName: "Martina Stahl, Jugendhilfe- und Bildungsplanung",
    publishedOn: "2025-05-21",
    linkedToProject: false,
  },
  {
    key: "olpe-fuehrung-drei-asd-standorte",
    ags: "05966",
    title: "Führen über drei ASD-Standorte: gemeinsame Standards, ohne zu zentralisieren",
    problem:
      "Der Allgemeine Soziale Dienst arbeitet im Kreis an drei Standorten, die über die Jahre eigene Routinen entwickelt hatten. Familien erlebten dadurch je nach Wohnort unterschiedliche Abläufe, etwa bei Gefährdungseinschätzungen oder bei der Vorbereitung von Hilfeplangesprächen. Die Leitung war an den Außenstandorten selten präsent, und neue Fachkräfte wussten oft nicht, welche Regel nun gilt.",
    context:
      "Die drei Standorte liegen bis zu 40 Minuten Fahrzeit auseinander und haben jeweils eine Teamleitung. Die Sachgebietsleitung ist für alle drei Teams zuständig und sitzt in der Kreisverwaltung in Olpe.",
    approach:
      "Statt die Standorte zusammenzulegen, haben wir feste Präsenztage der Sachgebietsleitung eingeführt, an jedem Standort zwei Tage im Monat. Die drei Teamleitungen treffen sich alle zwei Wochen zu einer Leitungsrunde, in der Abweichungen offen besprochen und gemeinsame Standards vereinbart werden. Für Kinderschutzverfahren und Hilfeplanung haben standortübergreifende Arbeitsgruppen Leitfäden entwickelt, die für alle gelten. Neue Fachkräfte hospitieren in ihren ersten Monaten an einem zweiten Standort.",
    worked:
      "Die Leitfäden werden akzeptiert, weil sie aus den Teams selbst kommen und nicht von oben verordnet wurden. Die Hospitationen haben das Verständnis zwischen den Standorten verbessert und Vertretungen in Urlaubszeiten erleichtert. Die Präsenztage erleben die Fachkräfte als Wertschätzung ihrer Arbeit.",
    notWorked:
      "Die Präsenztage kosten viel Fahrzeit, die an anderer Stelle fehlt; zeitweise mussten wir sie auf einen Tag im Monat reduzieren. Ein Standort hat die gemeinsamen Standards anfangs nur auf dem Papier übernommen, geändert hat sich das erst mit einem Wechsel in der Teamleitung.",
    transfer:
      "Dezentrale Teams brauchen sichtbare Leitung vor Ort und eine Runde, in der Unterschiede offen auf den Tisch kommen dürfen. Standards, die Teams selbst erarbeiten, halten länger als jede Dienstanweisung.",
    topics: ["fuehrung", "organisationsentwicklung", "laendlicher-raum"],
    visibility: "municipality",
    contactName: "Claudia Schmelzer, Sachgebietsleitung Allgemeiner Sozialer Dienst",
    publishedOn: "2025-11-03",
    linkedToProject: false,
  },
  // Landkreis Rostock (13072)
  {
    key: "lk-rostock-bedarfe-frueher-erkennen-regionen",
    ags: "13072",
    title: "Bedarfe im Flächenlandkreis früher erkennen: Frühwarnzeichen aus den Regionen und ein ehrlicher Blick auf die Datenlage",
    problem:
      "Im Landkreis Rostock unterscheiden sich die Lebensbedingungen junger Menschen erheblich: Zwischen den wachsenden Gemeinden rund um die Hansestadt und den dünn besiedelten Ämtern im Süden liegen Welten. Bedarfe wurden bisher meist erst sichtbar, wenn Familien bereits Hilfen zur Erziehung brauchten. Aus dem Jugendamt allein ließ sich das nicht ändern, weil das Wissen über die Lage vor Ort bei Schulen, Trägern, Amtsverwaltungen und Ehrenamtlichen verteilt ist.",
    context:
      "Der Landkreis gehört mit rund 3.400 Quadratkilometern zu den flächengrößten in Deutschland und hat etwa 215.000 Einwohnerinnen und Einwohner in über hundert Gemeinden. Das Jugendamt wird seit 2021 neu aufgestellt, die Jugendhilfeplanung wurde dabei personell verstärkt.",
    approach:
      "Im Februar 2026 haben wir einen Kommunal-Workshop mit Akteurinnen und Akteuren aus allen Regionen des Kreises durchgeführt, von der Schulsozialarbeit bis zu ehrenamtlichen Bürgermeisterinnen und Bürgermeistern. Dort haben wir gefragt, woran sie früh merken, dass Familien in Schwierigkeiten geraten, und diese Signale gesammelt. Bis Ende Juni haben wir anschließend gesichtet, welche Daten uns dazu tatsächlich vorliegen: Fallzahlen der HzE, Schuleingangsuntersuchungen, SGB-II-Quoten, Kita-Daten und Angaben der freien Träger. Jede Quelle haben wir danach bewertet, auf welcher räumlichen Ebene, wie aktuell und wie regelmäßig sie verfügbar ist.",
    worked:
      "Der Workshop hat ein gemeinsames Bild davon erzeugt, welche Frühwarnzeichen vor Ort wirklich zählen, etwa zunehmende Fehlzeiten ab der fünften Klasse oder das Wegbrechen von Vereinsangeboten. Viele Teilnehmende haben angeboten, am Konzept weiter mitzuarbeiten. Die Datensichtung hat gezeigt, dass wir mehr Informationen haben als gedacht, sie bisher aber nie zusammen betrachtet wurden.",
    notWorked:
      "Viele Daten liegen nur auf Kreis- oder Amtsebene vor, und für einzelne Gemeinden sind die Fallzahlen oft zu klein, um sie datenschutzkonform auszuweisen. Aus den südlichen Ämtern kamen weniger Teilnehmende, weil die Anreise zum Workshop für viele schlicht zu weit war.",
    transfer:
      "Wer Bedarfe früher erkennen will, sollte zuerst die Menschen vor Ort nach ihren Frühwarnzeichen fragen und danach die passenden Daten suchen, nicht umgekehrt. Beteiligungstermine gehören im Flächenkreis in die Regionen und nicht nur in die Kreisstadt.",
    topics: ["datenbasierte-planung", "laendlicher-raum", "kooperation-traeger"],
    visibility: "public",
    contactName: "Katrin Wendt, Jugendhilfeplanung",
    publishedOn: "2026-07-16",
    linkedToProject: true,
  },
  {
    key: "lk-rostock-jugendliche-ohne-bus",
    ags: "13072",
    title: "Jugendliche ohne Bus: Mobilität junger Menschen auf dem Land als Thema der Jugendhilfeplanung",
    problem:
      "Bei einer Befragung in den Jugendclubs des Kreises nannten junge Menschen fehlende Busverbindungen häufiger als jedes andere Problem. Wer in einem Dorf ohne Abendverbindung wohnt, kommt nach der Schule weder zum Sportverein noch zur Beratungsstelle und ist für Termine bei Jugendberufshilfe oder Ausbildungsbetrieb auf die Eltern angewiesen. Mobilität war bis dahin kein Thema der Jugendhilfeplanung, sondern allein der Nahverkehrsplanung.",
    context:
      "Der Landkreis Rostock ist einer der flächengrößten Kreise Deutschlands, viele Gemeinden haben nur wenige hundert Einwohnerinnen und Einwohner. Außerhalb der Schulzeiten fahren in weiten Teilen des Kreises kaum Busse.",
    approach:
      "Gemeinsam mit dem Kreisjugendring haben wir in drei Ämtern eine aufsuchende Beteiligung organisiert, bei der Jugendliche ihre üblichen Wege und die Lücken darin auf Karten eingezeichnet haben. Die Ergebnisse haben wir mit den Fahrplandaten abgeglichen und im Jugendhilfeausschuss sowie im Verkehrsausschuss des Kreistags vorgestellt. Daraus entstanden zwei Erprobungen: ein Rufbus mit festen Abendfahrten am Freitag und Samstag und ein Zuschuss für Fahrten zu Angeboten der Jugendarbeit. Außerdem fährt die mobile Jugendarbeit seitdem gezielt Orte an, die nach 16 Uhr nicht mehr erreichbar sind.",
    worked:
      "Die Karten der Jugendlichen haben in beiden Ausschüssen mehr bewegt als jede Statistik, weil die Lücken plötzlich konkret wurden. Die Jugendhilfeplanung wird inzwischen bei der Fortschreibung des Nahverkehrsplans beteiligt. In den angefahrenen Orten erreicht die mobile Jugendarbeit deutlich mehr junge Menschen als vorher.",
    notWorked:
      "Der Rufbus wurde in den ersten Monaten kaum genutzt, weil er nur telefonisch und mindestens eine Stunde im Voraus zu buchen war, was zum Alltag von Jugendlichen schlicht nicht passt. Der Fahrtkostenzuschuss war zu bürokratisch: Die Antragsformulare haben mehr abgeschreckt als geholfen, nach einem Jahr haben wir ihn eingestellt. Ob die inzwischen eingeführte Buchung per App die Nutzung steigert, können wir noch nicht sagen.",
    transfer:
      "Mobilität gehört in jedem Flächenkreis in die Jugendhilfeplanung, und die beste Datengrundlage sind die Wege, die Jugendliche selbst beschreiben. Angebote für junge Menschen müssen so einfach zu nutzen sein wie ein Messenger, sonst bleiben sie leer.",
    topics: ["laendlicher-raum", "beteiligung"],
    visibility: "public",
    contactName: "Tobias Rieck, Jugendhilfeplanung",
    publishedOn: "2025-06-24",
    linkedToProject: false,
  },
  {
    key: "lk-rostock-fuehrung-wachsendes-jugendamt",
    ags: "13072",
    title: "Führung in einem wachsenden Jugendamt: neue Leitungsebene, viele neue Fachkräfte, klare Entscheidungswege",
    problem:
      "Mit der Neuaufstellung seit 2021 ist unser Jugendamt deutlich gewachsen, allein im Allgemeinen Sozialen Dienst kamen in drei Jahren über 30 neue Fachkräfte hinzu. Viele Führungskräfte wurden aus den Teams heraus befördert und mussten von einem Tag auf den anderen Kolleginnen und Kollegen führen, mit denen sie eben noch das Büro geteilt hatten. Entscheidungen blieben oft bei der Amtsleitung hängen, weil die Zuständigkeiten zwischen den Ebenen unklar waren.",
    context:
      "Das Jugendamt des Landkreises Rostock ist an mehreren Standorten im Kreisgebiet vertreten. Im Zuge der Neuaufstellung wurden Aufbau- und Ablauforganisation umgebaut und eine zusätzliche Ebene von Sachgebietsleitungen eingeführt.",
    approach:
      "In drei extern moderierten Workshops haben alle Führungskräfte ein gemeinsames Führungsverständnis erarbeitet. Dabei haben wir festgehalten, welche Entscheidungen auf welcher Ebene getroffen werden, und das in einer einfachen Entscheidungsmatrix dokumentiert. Neue Führungskräfte bekommen seitdem eine erfahrene Führungskraft aus einem anderen Fachbereich als Mentorin oder Mentor zur Seite gestellt. Einmal im Quartal berät sich die Leitungsebene kollegial zu schwierigen Führungssituationen. Für Teams mit besonders vielen Berufseinsteigerinnen und Berufseinsteigern haben wir die Führungsspanne bewusst verkleinert.",
    worked:
      "Die Entscheidungsmatrix hat die Amtsleitung spürbar entlastet, weil Fragen nicht mehr automatisch nach oben wandern. Neue Führungskräfte beschreiben das Mentoring als wichtigste Unterstützung in ihrem ersten Jahr. Die kollegiale Beratung hat in der Leitungsebene eine offenere Fehlerkultur befördert.",
    notWorked:
      "Die Workshops kamen für einige zu spät, weil sie erst nach dem größten Personalzuwachs stattfanden und sich bis dahin schon sehr unterschiedliche Führungsstile verfestigt hatten. Die kleineren Führungsspannen ließen sich wegen unbesetzter Leitungsstellen nicht überall halten.",
    transfer:
      "Wenn ein Jugendamt schnell wächst, sollte die Klärung von Führungsrollen vor dem Personalaufbau beginnen und nicht danach. Mentoring über Fachbereichsgrenzen hinweg kostet wenig und hilft neuen Führungskräften sehr.",
    topics: ["fuehrung", "organisationsentwicklung"],
    visibility: "public",
    contactName: "Birgit Ohlsen, Leitung Jugendamt",
    publishedOn: "2025-02-18",
    linkedToProject: false,
  },
  {
    key: "lk-rostock-asd-neuzuschnitt-ueberlastung",
    ags: "13072",
    title: "Gescheitert: Wie der Neuzuschnitt der ASD-Regionen unsere Fachkräfte überlastet hat",
    problem:
      "Im Zuge der Neuaufstellung wollten wir den Allgemeinen Sozialen Dienst konsequent sozialräumlich organisieren und die Teams nach neuen Regionen zuschneiden. Jede Fachkraft sollte ihre Gemeinden, Schulen und Träger kennen, und Familien sollten feste Ansprechpersonen haben. Die Umstellung erfolgte zu einem Stichtag für alle Teams gleichzeitig.",
    context:
      "Der ASD betreut ein sehr großes Kreisgebiet mit langen Fahrwegen, vorher waren die Teams nach Standorten und Anfangsbuchstaben der Familiennamen organisiert. Zum Zeitpunkt der Umstellung waren mehrere Stellen unbesetzt.",
    approach:
      "Die neuen Regionen haben wir auf Grundlage der Einwohnerzahlen und der HzE-Fallzahlen der Vorjahre gebildet. Zum Stichtag wurden rund 40 Prozent der laufenden Fälle an andere Fachkräfte übergeben, teils an Kolleginnen und Kollegen an einem anderen Standort. Für die Übergaben gab es eine Checkliste und, wo möglich, gemeinsame Übergabegespräche mit den Familien. Parallel sollten die Teams Kontakt zu Schulen und Trägern in ihren neuen Regionen aufnehmen.",
    worked:
      "Die Idee fester Ansprechpersonen für Gemeinden und Schulen wird von den Kooperationspartnern bis heute ausdrücklich begrüßt. Die Übergabe-Checkliste hat sich bewährt und wird inzwischen bei jedem Zuständigkeitswechsel genutzt.",
    notWorked:
      "Wir haben unterschätzt, wie viel Arbeit eine Fallübergabe bedeutet: Jede Familie musste neu kennengelernt, Hilfepläne mussten neu abgestimmt werden, viele Eltern waren verunsichert. Weil die Regionen nach alten Fallzahlen zugeschnitten waren, hatten zwei Teams nach wenigen Monaten deutlich mehr Fälle als vorgesehen; Überlastungsanzeigen und zwei Kündigungen folgten. Die Vernetzung mit Schulen und Trägern blieb im Alltag liegen, weil dafür keine Zeit war. Nach einem halben Jahr mussten wir die Regionen nachschneiden und Fälle vorübergehend auf andere Teams verteilen.",
    transfer:
      "Einen ASD-Umbau würden wir heute Team für Team umsetzen, mit einer Übergangszeit, in der laufende Fälle bei der bisherigen Fachkraft bleiben dürfen. Regionen sollten nach der aktuellen Belastung und mit Puffer für unbesetzte Stellen zugeschnitten werden, und die Teams gehören an den Tisch, bevor der Zuschnitt feststeht.",
    topics: ["organisationsentwicklung", "sozialraumorientierung", "fuehrung"],
    visibility: "cohort",
    contactName: "Sven Lüdtke, Fachdienstleitung Allgemeiner Sozialer Dienst",
    publishedOn: "2024-09-12",
    linkedToProject: false,
  },
  // Leipzig (14713)
  {
    key: "leipzig-integrierte-planung-evaluation-ziele",
    ags: "14713",
    title: "Integrierte Kinder- und Jugendhilfeplanung evaluieren: von vielen Maßnahmen zu wenigen überprüfbaren Zielen",
    problem:
      "Leipzig plant seine Kinder- und Jugendhilfe seit 2021 integriert, mit den Schwerpunkten Armut, Bildung, Gesundheit und Inklusion. Nach einigen Jahren war die Planung sehr umfangreich geworden, sie enthielt weit über hundert Maßnahmen und kaum Ziele, an denen sich Fortschritte ablesen ließen. In Verwaltung und Jugendhilfeausschuss wurde sie deshalb eher als Nachschlagewerk genutzt denn als Steuerungsinstrument.",
    context:
      "Leipzig ist eine wachsende kreisfreie Stadt mit knapp 600.000 Einwohnerinnen und Einwohnern und einer gut ausgebauten Jugendhilfeplanung. An der integrierten Planung wirken neben dem Jugendamt auch Gesundheits-, Schul- und Sozialverwaltung sowie freie Träger mit.",
    approach:
      "Bis Mitte 2026 haben wir die bisherige Planung evaluiert: mit Interviews in der Verwaltung und bei Trägern, einer Auswertung des Umsetzungsstands aller Maßnahmen und einer Befragung der Mitglieder des Jugendhilfeausschusses. Auf dieser Grundlage haben wir die Maßnahmen gebündelt und für jedes der vier Schwerpunktfelder wenige Ziele formuliert, jeweils mit ein bis zwei Kennzahlen. Die Ziele wurden in Werkstätten mit Trägern und Fachämtern abgestimmt, junge Menschen haben wir über das Jugendparlament einbezogen. Parallel entsteht eine kompakte Fassung der Planung mit rund 20 Seiten, die im Frühjahr 2027 erscheinen soll.",
    worked:
      "Die Evaluation hat offen gezeigt, dass etwa ein Drittel der Maßnahmen nie richtig begonnen wurde, und gerade diese Ehrlichkeit hat die Bereitschaft zur Bündelung erhöht. Der Abstimmungsprozess war aufwendig, hat aber Ziele hervorgebracht, die Verwaltung und Träger gleichermaßen mittragen. Seit Oktober 2026 sind Ziele und Kennzahlen abgestimmt: deutlich weniger als vorher, dafür überprüfbar.",
    notWorked:
      "Für manche Ziele, vor allem im Feld Inklusion, fehlen bislang belastbare Kennzahlen, sodass wir vorerst mit Hilfsgrößen arbeiten. Die Beteiligung junger Menschen blieb weitgehend auf das Jugendparlament beschränkt; Kinder und Jugendliche aus Familien in Armutslagen haben wir so kaum erreicht.",
    transfer:
      "Eine ehrliche Evaluation, auch dessen, was nicht umgesetzt wurde, ist die beste Grundlage, um eine überladene Planung zu verschlanken. Lieber wenige Ziele mit klaren Kennzahlen als viele Maßnahmen ohne Richtung.",
    topics: ["wirkungsorientierung", "integrierte-sozialplanung", "kinderarmut"],
    visibility: "public",
    contactName: "Franziska Böhme, Jugendhilfeplanung",
    publishedOn: "2026-11-05",
    linkedToProject: true,
  },
  {
    key: "leipzig-sozialmonitoring-planungsraeume",
    ags: "14713",
    title: "Sozialmonitoring für die Planungsräume: ein kleinräumiger Datenbericht für die Jugendhilfeplanung",
    problem:
      "Gesamtstädtische Durchschnittswerte verdecken in Leipzig große Unterschiede zwischen den Stadtteilen: Der Anteil der Kinder, die in Bedarfsgemeinschaften nach SGB II leben, reicht von wenigen Prozent bis weit über ein Drittel. Für Entscheidungen über Standorte von Angeboten und die Verteilung von Fördermitteln brauchten wir deshalb Daten unterhalb der Stadtbezirksebene. Die vorhandenen Zahlen lagen verstreut in verschiedenen Ämtern und Formaten.",
    context:
      "Leipzig ist in zehn Stadtbezirke und 63 Ortsteile gegliedert, die Jugendhilfeplanung arbeitet mit Planungsräumen, die auf diesen Ortsteilen aufbauen. Die kommunale Statistikstelle stellt Einwohnerdaten kleinräumig bereit.",
    approach:
      "Gemeinsam mit der kommunalen Statistik haben wir zwölf Indikatoren festgelegt, darunter die SGB-II-Quote der unter 15-Jährigen, den Anteil Alleinerziehender, Befunde der Schuleingangsuntersuchung, Übergangsquoten auf das Gymnasium und HzE-Fälle je 1.000 Minderjährige. Diese Indikatoren werden jährlich für jeden Planungsraum berechnet und zusätzlich zu einem Index zusammengefasst. Der Bericht stellt die Planungsräume in Karten und kurzen Steckbriefen dar, jeweils mit der Entwicklung über fünf Jahre. Vor der Veröffentlichung haben wir die Ergebnisse mit Fachkräften aus den Stadtteilen besprochen, um Auffälligkeiten richtig einzuordnen.",
    worked:
      "Der Jugendhilfeausschuss nutzt den Bericht inzwischen als Grundlage für die Verteilung von Mitteln der Kinder- und Jugendförderung. Die Steckbriefe je Planungsraum sind bei Trägern und Stadtteilkoordinationen sehr gefragt, weil sie auf zwei Seiten das Wichtigste zeigen. Die Gespräche mit den Fachkräften vor Ort haben mehrere Fehldeutungen verhindert, etwa bei einer Gemeinschaftsunterkunft, die die Werte eines ganzen Ortsteils verschoben hatte.",
    notWorked:
      "Der zusammengefasste Index wurde anfangs als Rangliste gelesen und hat in einzelnen Stadtteilen Ärger über Stigmatisierung ausgelöst. Manche Daten, etwa aus der Schuleingangsuntersuchung, kommen mit einem Jahr Verzögerung, sodass der Bericht nie ganz aktuell ist.",
    transfer:
      "Ein kleinräumiger Datenbericht wirkt, wenn er knapp ist und die Zahlen vor der Veröffentlichung mit den Menschen vor Ort besprochen werden. Einen Gesamtindex sollte man immer zusammen mit den Einzelindikatoren zeigen und klar sagen, dass er Bedarfe beschreibt und keine Noten vergibt.",
    topics: ["datenbasierte-planung", "kinderarmut", "wirkungsorientierung"],
    visibility: "public",
    contactName: "Marcel Ziegler, Sozialplanung",
    publishedOn: "2025-04-09",
    linkedToProject: false,
  },
  {
    key: "leipzig-inklusive-loesung-verfahrenslotsen",
    ags: "14713",
    title: "Inklusive Lösung vorbereiten: Verfahrenslotsinnen als Brücke zwischen Jugendhilfe und Eingliederungshilfe",
    problem:
      "Nach dem Kinder- und Jugendstärkungsgesetz soll die Kinder- und Jugendhilfe künftig für alle jungen Menschen zuständig sein, auch für diejenigen mit körperlicher oder geistiger Behinderung. Bis dahin bewegen sich viele Familien zwischen zwei Systemen mit unterschiedlichen Anträgen, Begriffen und Zuständigkeiten, und manche geben unterwegs auf. Seit Anfang 2024 müssen Jugendämter Verfahrenslotsen vorhalten, die genau diese Familien begleiten und zugleich die Zusammenführung der Systeme im eigenen Haus voranbringen.",
    context:
      "In Leipzig arbeiten das Jugendamt und die für die Eingliederungshilfe zuständige Stelle unter dem Dach der Stadtverwaltung, führen aber bislang getrennte Verfahren. Inklusion ist einer der vier Schwerpunkte unserer integrierten Kinder- und Jugendhilfeplanung.",
    approach:
      "Wir haben zwei Verfahrenslotsinnen eingestellt und sie bewusst als Stabsstelle bei der Amtsleitung angesiedelt, nicht im Allgemeinen Sozialen Dienst. Ihr Auftrag hat zwei Teile: Familien mit Kindern mit Behinderung beraten und durch die Verfahren begleiten sowie der Amtsleitung halbjährlich berichten, wo Verfahren haken. Zusätzlich haben wir eine Arbeitsgruppe aus Eingliederungshilfe, ASD, Jugendhilfeplanung und Trägern der Behindertenhilfe gebildet, die das Zusammenführen von Hilfeplanung und Teilhabeplanung vorbereitet. Bekannt gemacht haben wir das Angebot über Elternvereine, Frühförderstellen und Förderschulen.",
    worked:
      "Nach gut einem Jahr haben die Lotsinnen über 200 Familien beraten, die meisten kamen über Frühförderstellen und Förderschulen zu ihnen. Ihre Berichte zeigen sehr konkret, wo Familien hängen bleiben, etwa bei doppelten Begutachtungen oder ungeklärten Zuständigkeiten für die Schulbegleitung. Die Arbeitsgruppe hat daraus erste gemeinsame Vorlagen für die Bedarfsermittlung entwickelt.",
    notWorked:
      "Die Lotsinnen wurden schnell zur Anlaufstelle für alles, was in beiden Systemen nicht funktioniert, und waren nach wenigen Monaten überlastet. Die Unsicherheit über den künftigen bundesgesetzlichen Rahmen hat die Arbeitsgruppe gebremst, weil niemand Strukturen umbauen wollte, die sich bald wieder ändern könnten. Fachkräfte der Eingliederungshilfe fühlten sich anfangs kaum eingebunden, was die gemeinsame Arbeit verzögert hat.",
    transfer:
      "Verfahrenslotsen sollten nah an der Leitung angesiedelt sein und einen klaren Berichtsauftrag haben, damit ihre Beobachtungen in die Organisationsentwicklung einfließen. Auf die inklusive Lösung kann man sich schon heute vorbereiten, indem man gemeinsame Verfahren mit der Eingliederungshilfe erprobt, statt auf den endgültigen Rechtsrahmen zu warten.",
    topics: ["inklusion-kjsg", "organisationsentwicklung", "kooperation-traeger"],
    visibility: "public",
    contactName: "Anja Reinhold, Stabsstelle Inklusion",
    publishedOn: "2025-10-01",
    linkedToProject: false,
  },
  {
    key: "leipzig-planungsdashboard-kaum-genutzt",
    ags: "14713",
    title: "Gescheitert: das Planungsdashboard, das außerhalb der Jugendhilfeplanung kaum jemand geöffnet hat",
    problem:
      "Um die integrierte Planung besser zu steuern, wollten wir Fachämtern, Trägern und Politik einen jederzeit aktuellen Zugang zu Kennzahlen geben. Die Idee war ein interaktives Dashboard mit Indikatoren zu Armut, Bildung, Gesundheit und Hilfen zur Erziehung, filterbar nach Stadtbezirk und Ortsteil. Statt auf vierteljährliche Berichte zu warten, sollte sich jede und jeder selbst informieren können.",
    context:
      "Leipzig verfügt über eine gut ausgebaute kommunale Statistik und eine Jugendhilfeplanung mit mehreren Planungsfachkräften. Das Dashboard haben wir gemeinsam mit der städtischen IT über rund ein Jahr entwickelt.",
    approach:
      "Gut 60 Kennzahlen haben wir in das Dashboard übernommen, jeweils mit Zeitreihen und Kartenansicht. Nach dem Start haben wir es per Rundmail an Fachämter, Träger und die Mitglieder des Jugendhilfeausschusses bekannt gemacht und in einer Ausschusssitzung kurz vorgeführt. Im Gegenzug haben wir die gewohnten Quartalsberichte eingestellt. Nach sechs Monaten haben wir die Zugriffszahlen ausgewertet und einzelne Nutzerinnen und Nutzer befragt.",
    worked:
      "Die Aufbereitung für das Dashboard hat unsere internen Datenbestände bereinigt und vereinheitlicht, davon profitieren wir bis heute. Innerhalb der Jugendhilfeplanung wird das Werkzeug für schnelle Abfragen durchaus genutzt.",
    notWorked:
      "Außerhalb der Planung wurde das Dashboard kaum geöffnet: Im Schnitt gab es weniger als zehn Zugriffe pro Woche, fast alle aus unserem eigenen Team. Die Befragung zeigte, dass viele nicht wussten, welche Frage sie mit 60 Kennzahlen eigentlich beantworten sollten, und dass Ausschussmitglieder eine Einordnung erwarten und keine Rohdaten. Mit dem Wegfall der Quartalsberichte fehlte genau diese Einordnung, und in den Gremien wurde weniger über Daten gesprochen als vorher. Die Pflege des Dashboards band zudem laufend Arbeitszeit, die für Analysen fehlte.",
    transfer:
      "Ein Dashboard ersetzt keine Interpretation: Daten brauchen eine Frage, eine Geschichte und jemanden, der sie in den Gremien erklärt. Wir arbeiten heute mit wenigen Kennzahlen und kurzen, kommentierten Berichten und nutzen das Dashboard nur noch intern.",
    topics: ["datenbasierte-planung", "wirkungsorientierung", "politische-kommunikation"],
    visibility: "network",
    contactName: "Marcel Ziegler, Sozialplanung",
    publishedOn: "2024-06-19",
    linkedToProject: false,
  },
  // Salzlandkreis (15089)
  {
    key: "salzland-jugendbeteiligung-jugendhilfeplanung",
    ags: "15089",
    title: "Jugendbeteiligung in der Jugendhilfeplanung verankern: Ideensammlung mit jungen Menschen aus dem ganzen Kreis",
    problem:
      "Junge Menschen kamen in unserer Jugendhilfeplanung bisher vor allem als Zahlen vor; gefragt wurden sie selten, und wenn, dann punktuell und meist in den größeren Städten. Jugendliche aus kleineren Orten hatten kaum Gelegenheit, ihre Sicht einzubringen. Wir wollen erreichen, dass junge Menschen aus allen Teilen des Kreises regelmäßig nach ihren Bedarfen gefragt werden und die Ergebnisse nachvollziehbar in die Planung einfließen.",
    context:
      "Der Salzlandkreis in Sachsen-Anhalt hat rund 190.000 Einwohnerinnen und Einwohner, mehrere Mittelstädte und viele kleine Gemeinden. Kinder- und Jugendbeteiligung gibt es bisher vor allem in einzelnen Städten, ein kreisweites, verbindliches Format fehlt.",
    approach:
      "Nach dem ersten Check-In im Fellow-Programm im November 2025 haben wir zunächst zusammengetragen, welche Beteiligungsformate es im Kreis schon gibt, vom Kinder- und Jugendparlament einer Stadt bis zu Befragungen einzelner Jugendclubs. Im Frühjahr 2026 haben wir dann mit Jugendlichen selbst Ideen für ein kreisweites Format entwickelt: in vier Schulen, zwei Jugendclubs und über eine kurze Onlineumfrage. Außerdem haben wir mit den Jugendpflegerinnen und Jugendpflegern der Städte und Gemeinden sowie mit Mitgliedern des Jugendhilfeausschusses besprochen, in welcher Form ihnen die Ergebnisse tatsächlich helfen.",
    worked:
      "Die Jugendlichen hatten sehr klare Vorstellungen: lieber kurze, wiederkehrende Formate vor Ort als eine große Kreiskonferenz, und eine sichtbare Rückmeldung, was aus ihren Vorschlägen geworden ist. Die Gespräche in den Schulen haben deutlich mehr junge Menschen erreicht als die Onlineumfrage. Im Jugendhilfeausschuss gibt es Rückenwind für das Vorhaben, vor allem für die Idee eines jährlichen, knappen Beteiligungsberichts.",
    notWorked:
      "Die Onlineumfrage blieb mit wenigen Dutzend Antworten weit hinter unseren Erwartungen zurück, obwohl wir sie über Schulen und soziale Medien beworben hatten. Ob sich wiederkehrende Formate in allen Regionen mit dem vorhandenen Personal der Jugendarbeit tragen lassen, ist noch offen.",
    transfer:
      "Wer Beteiligung im Flächenkreis aufbauen will, sollte zuerst junge Menschen fragen, wie sie beteiligt werden wollen, und dorthin gehen, wo sie ohnehin sind. Die Rückmeldung an die Jugendlichen gehört von Anfang an ins Konzept.",
    topics: ["beteiligung", "laendlicher-raum", "politische-kommunikation"],
    visibility: "public",
    contactName: "Jana Voigt, Jugendhilfeplanung",
    publishedOn: "2026-07-08",
    linkedToProject: true,
  },
  {
    key: "salzland-schulbegleitung-poolmodell",
    ags: "15089",
    title: "Schulbegleitung im Pool: ein Schritt zur inklusiven Jugendhilfe an Grundschulen, mit Anlaufschwierigkeiten",
    problem:
      "Die Zahl der Schulbegleitungen nach § 35a SGB VIII ist bei uns in wenigen Jahren stark gestiegen, an manchen Grundschulen saßen drei oder vier Begleitkräfte in einer Klasse. Jede Begleitung war einem einzelnen Kind zugeordnet, und fiel sie aus, konnte das Kind oft nicht zur Schule gehen. Im Sinne des KJSG wollten wir die Unterstützung stärker an der Schule als gemeinsamem Lernort ausrichten und weniger am Einzelfall.",
    context:
      "Im Salzlandkreis wird Schulbegleitung von mehreren freien Trägern erbracht, die bisher jeden Fall einzeln abgerechnet haben. Das Modell haben wir an vier Grundschulen in zwei Städten erprobt.",
    approach:
      "Gemeinsam mit Schulleitungen, Trägern und dem Landesschulamt haben wir für die vier Grundschulen ein Poolmodell entwickelt, in dem ein festes Team von Begleitkräften für mehrere Kinder zuständig ist. Der individuelle Anspruch der Kinder bleibt bestehen, die Hilfe wird aber gemeinsam geplant und flexibel eingesetzt. Die Träger erhalten ein Budget pro Schule statt Einzelabrechnungen. Eine Steuerungsrunde aus Jugendamt, Schule und Träger trifft sich einmal im Monat.",
    worked:
      "Ausfälle lassen sich im Pool besser auffangen, an den Modellschulen musste seitdem kein Kind mehr wegen fehlender Begleitung zu Hause bleiben. Die Begleitkräfte erleben sich stärker als Teil des Schulteams, und Lehrkräfte berichten von ruhigeren Klassen. Der Verwaltungsaufwand für Anträge und Abrechnungen ist deutlich gesunken.",
    notWorked:
      "Einige Eltern befürchteten, dass ihr Kind im Pool weniger Unterstützung bekommt, und haben auf einer festen Einzelbegleitung bestanden; das mussten wir akzeptieren. Das Budget war im ersten Jahr zu knapp bemessen, ein Träger hat deshalb nachverhandelt. Kinder mit körperlicher oder geistiger Behinderung, für die bisher die Eingliederungshilfe nach SGB IX zuständig ist, konnten wir nicht einbeziehen, weil die Zuständigkeiten noch getrennt sind.",
    transfer:
      "Poolmodelle funktionieren, wenn Eltern früh und offen einbezogen werden und der individuelle Anspruch sichtbar erhalten bleibt. Mit Blick auf die inklusive Lösung lohnt es sich, schon jetzt mit dem Träger der Eingliederungshilfe über gemeinsame Pools zu sprechen.",
    topics: ["inklusion-kjsg", "kooperation-traeger"],
    visibility: "public",
    contactName: "Heike Brandt, Fachdienst Eingliederungshilfe",
    publishedOn: "2025-01-22",
    linkedToProject: false,
  },
  {
    key: "salzland-sozialraumteams-familienzentren",
    ags: "15089",
    title: "Sozialraumteams an Familienzentren in Kleinstädten: die Präventionskette vor Ort knüpfen",
    problem:
      "In den Kleinstädten unseres Kreises gibt es Kitas, Schulen, Beratungsstellen und Vereine, die wenig voneinander wissen. Familien, die Unterstützung brauchen, landen oft erst im Jugendamt, wenn die Lage schon verfahren ist. Wir wollten die Angebote in einzelnen Sozialräumen so verknüpfen, dass Familien früh und ohne lange Wege Hilfe finden.",
    context:
      "Der Salzlandkreis hat mehrere Mittelstädte und viele kleine Gemeinden, die Wege in die Kreisstadt Bernburg sind für Familien ohne Auto lang. Im Kreis gibt es mehrere Familienzentren, die meisten an Kitas angebunden.",
    approach:
      "In zwei Sozialräumen rund um je eine Kleinstadt haben wir ein Sozialraumteam gebildet, dem eine ASD-Fachkraft, die Leitung des Familienzentrums, die Schulsozialarbeit, eine Familienhebamme der Frühen Hilfen und Vertretungen örtlicher Vereine angehören. Das Team trifft sich alle sechs Wochen im Familienzentrum, bespricht anonymisierte Anliegen und plant gemeinsame Angebote. Die ASD-Fachkraft bietet einmal pro Woche eine offene Sprechstunde im Familienzentrum an. Die Koordination übernimmt eine halbe Stelle, die der Kreis zunächst für drei Jahre finanziert.",
    worked:
      "Die offene Sprechstunde wird gut angenommen, und es kommen viele Familien, die den Weg ins Jugendamt nie gegangen wären. Aus den Teamtreffen sind konkrete Angebote entstanden, etwa ein Elterncafé für Familien mit Säuglingen und ein Ferienangebot für Grundschulkinder. Die Fachkräfte kennen sich inzwischen persönlich und rufen einander an, bevor ein Problem eskaliert.",
    notWorked:
      "Vereine und Ehrenamtliche sind nach einigen Treffen weggeblieben, weil die Termine am Vormittag lagen und die Themen für sie zu fachlich waren. In einem Sozialraum hing fast alles an der engagierten Leitung des Familienzentrums; nach ihrem Wechsel kam das Team monatelang nicht zusammen.",
    transfer:
      "Ein Sozialraumteam braucht eine feste Koordination, die nicht an einer einzelnen Person hängt. Ehrenamtliche erreicht man eher mit Abendterminen und konkreten Anlässen als mit regelmäßigen Fachrunden.",
    topics: ["sozialraumorientierung", "praeventionsketten", "laendlicher-raum"],
    visibility: "cohort",
    contactName: "Ralf Schulze, Sachgebietsleitung Prävention und Frühe Hilfen",
    publishedOn: "2024-04-17",
    linkedToProject: false,
  },
  {
    key: "salzland-jugendfoerderung-kriterien-kuerzungen",
    ags: "15089",
    title: "Kinder- und Jugendförderung bei knappen Haushaltsmitteln: nach welchen Kriterien wir Kürzungen verteilt haben",
    problem:
      "Im Zuge der Haushaltskonsolidierung musste der Kreis die Mittel für die Kinder- und Jugendförderung deutlich kürzen. Bis dahin wurden die Zuschüsse an Jugendclubs und Träger weitgehend nach Vorjahr fortgeschrieben, eine fachliche Begründung für Prioritäten gab es nicht. Wir wollten vermeiden, dass nach dem Rasenmäherprinzip gekürzt wird oder am meisten verliert, wer sich am wenigsten zu Wort meldet.",
    context:
      "Der Salzlandkreis fördert rund 40 Jugendclubs und Projekte der Jugendarbeit in kommunaler oder freier Trägerschaft. Die Förderung ist im Kinder- und Jugendförderplan geregelt, den der Jugendhilfeausschuss beschließt.",
    approach:
      "Die Jugendhilfeplanung hat mit einer Arbeitsgruppe aus Trägern und Verwaltung fünf Kriterien entwickelt: Erreichbarkeit, Anteil junger Menschen im Einzugsgebiet, soziale Belastung, Nutzungszahlen und die Frage, ob es in zumutbarer Entfernung ein vergleichbares Angebot gibt. Für jedes Angebot haben wir die Kriterien mit vorhandenen Daten unterlegt, wo möglich auf Gemeindeebene. Die Ergebnisse wurden allen Trägern offengelegt, bevor ein Vorschlag in den Jugendhilfeausschuss ging. Angebote in Orten ohne Alternative haben wir bewusst von Kürzungen ausgenommen.",
    worked:
      "Die Kriterien haben die Debatte im Jugendhilfeausschuss versachlicht, der Vorschlag der Verwaltung wurde mit kleinen Änderungen beschlossen. Dass die Daten vorab offengelegt wurden, haben auch Träger, die Kürzungen hinnehmen mussten, als fair beschrieben. Die Kriterien sind inzwischen fester Bestandteil des Kinder- und Jugendförderplans.",
    notWorked:
      "Die Träger haben Nutzungszahlen sehr unterschiedlich erhoben, manche zählten Besuche, andere Personen, sodass der Vergleich nur eingeschränkt trägt. Zwei kleine Jugendclubs mussten trotzdem schließen, und in beiden Orten war die Enttäuschung groß, weil dort niemand Kriterien, sondern nur den Verlust des Treffpunkts sah. Die Beteiligung der Jugendlichen selbst kam unter dem Zeitdruck der Haushaltsberatungen zu kurz.",
    transfer:
      "Transparente Kriterien machen Kürzungen nicht angenehmer, aber nachvollziehbar und politisch tragfähiger. Wer sie einführen will, sollte vorher einheitliche Zähl- und Berichtsregeln mit den Trägern vereinbaren und die Betroffenen vor Ort früh ansprechen.",
    topics: ["ressourcen-priorisieren", "kinder-und-jugendfoerderplan", "datenbasierte-planung"],
    visibility: "public",
    contactName: "Jana Voigt, Jugendhilfeplanung",
    publishedOn: "2025-08-27",
    linkedToProject: false,
  },
];
