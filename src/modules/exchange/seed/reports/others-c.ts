import type { ReportSeed } from "./types.ts";

/** Invented practice reports by non-Fellow municipalities in northern and eastern Germany. */
export const otherReportsC: ReportSeed[] = [
  {
    key: "bremerhaven-aufsuchende-beteiligung-armutslagen",
    ags: "04012",
    title: "Familien in Armutslagen erreichen: aufsuchende Beteiligung statt Einladung ins Bürgerhaus",
    problem:
      "Unsere Beteiligungsformate für die Jugendhilfeplanung, also Stadtteilkonferenzen, Elternabende und Workshops, erreichten seit Jahren fast nur Eltern, die ohnehin gut vernetzt sind. Familien in Armutslagen, um deren Bedarfe es in der Planung am häufigsten ging, kamen dort praktisch nie an. Wir planten damit über die Köpfe genau der Menschen hinweg, die wir erreichen wollten.",
    context:
      "Bremerhaven ist eine kreisfreie Stadt mit rund 114.000 Einwohnerinnen und Einwohnern und einem der höchsten Anteile von Kindern in Haushalten mit Bürgergeldbezug bundesweit. In einzelnen Quartieren von Lehe und Geestemünde lebt mehr als die Hälfte der unter 15-Jährigen von Transferleistungen.",
    approach:
      "Statt zu weiteren Veranstaltungen einzuladen, sind wir mit der Beteiligung dorthin gegangen, wo die Familien ohnehin sind: vor die Grundschulen zur Abholzeit, in die Warteschlange der Tafel, auf Spielplätze und in Waschsalons. Zwei Planungsfachkräfte und vier Stadtteilmütter mit Arabisch-, Türkisch-, Bulgarisch- und Rumänischkenntnissen haben an 38 Terminen kurze Gespräche geführt, die selten länger als zehn Minuten dauerten. Gefragt haben wir mit drei offenen Fragen und einem Bildbogen, auf dem Eltern markieren konnten, wo ihnen im Quartier etwas fehlt. Kinder haben parallel auf einer großen Stadtteilkarte mit Klebepunkten gezeigt, wo sie gern spielen und wo sie sich unsicher fühlen. Die Ergebnisse haben wir nach sechs Wochen auf Plakaten an denselben Orten zurückgespielt, in einfacher Sprache und mit Übersetzungen.",
    worked:
      "In sechs Wochen haben wir mit gut 420 Eltern und rund 300 Kindern gesprochen, nach eigener Angabe mehr als zwei Drittel davon mit Bürgergeld oder Kinderzuschlag. Die wichtigsten Hinweise waren sehr konkret: fehlende Betreuung in den Ferien, Kosten für Schwimmkurse und unsichere Wege am Abend. Zwei dieser Punkte sind direkt in den Maßnahmenteil der Jugendhilfeplanung eingeflossen, und der Jugendhilfeausschuss hat kostenfreie Ferienschwimmkurse beschlossen. Die Stadtteilmütter sind seitdem fester Teil jeder größeren Beteiligungsrunde.",
    notWorked:
      "Väter haben wir kaum erreicht; sie standen selten vor der Schule und reagierten auf Ansprache zurückhaltend. Der Zeitaufwand war deutlich größer als bei einem Workshop, und die Honorare für die Stadtteilmütter mussten wir aus Restmitteln zusammensuchen. Die Auswertung der handschriftlichen Notizen hat fast so lange gedauert wie die Gespräche selbst, weil wir vorher kein gemeinsames Raster festgelegt hatten. Beim Rückspielen fragten einige Eltern zu Recht, warum sich bei ihrem dringendsten Anliegen, den zu kleinen und zu teuren Wohnungen, nichts bewegt – darauf hat die Jugendhilfe schlicht keinen Einfluss.",
    transfer:
      "Aufsuchende Beteiligung funktioniert, wenn Menschen aus dem Quartier mitfragen und die Ergebnisse sichtbar an dieselben Orte zurückkommen. Legen Sie das Auswertungsraster vor dem ersten Gespräch fest und planen Sie Honorarmittel von Anfang an ein.",
    topics: ["kinderarmut", "beteiligung", "sozialraumorientierung"],
    visibility: "public",
    contactName: "Meike Albers, Jugendhilfeplanung",
    publishedOn: "2025-03-18",
    linkedToProject: false,
  },
  {
    key: "uckermark-teilhabe-ferienpass-mobilitaet",
    ags: "12073",
    title: "Wenn das Geld für den Bus fehlt: Teilhabe für Kinder aus armen Familien auf dem Land",
    problem:
      "In unseren Dörfern scheitert Teilhabe oft nicht am fehlenden Angebot, sondern an der Fahrt dorthin und an kleinen Beträgen: Vereinsbeitrag, Fußballschuhe, Eintritt ins Freibad. Kinder aus Familien mit wenig Geld fehlen deshalb in der Musikschule, im Sportverein und bei Ferienfreizeiten. Leistungen für Bildung und Teilhabe wurden im Kreis nur von einem Bruchteil der berechtigten Familien abgerufen.",
    context:
      "Die Uckermark ist mit gut 3.000 Quadratkilometern und rund 120.000 Einwohnerinnen und Einwohnern einer der am dünnsten besiedelten Landkreise Deutschlands. Außerhalb von Prenzlau, Schwedt, Templin und Angermünde fährt der Bus vielerorts nur zu Schulzeiten.",
    approach:
      "Zuerst haben wir ausgewertet, wo berechtigte Familien wohnen und wie weit der nächste Sportverein, die nächste Musikschule und das nächste Jugendhaus entfernt sind. Gemeinsam mit dem Jobcenter haben wir den Antrag auf Leistungen für Bildung und Teilhabe auf eine Seite gekürzt und die Schulsozialarbeit als Anlaufstelle geschult. In drei Ämtern bieten Teilhabelotsinnen einmal pro Woche eine Sprechstunde in der Grundschule an. Für die Ferien gibt es mit dem Kreissportbund und der Verkehrsgesellschaft einen Ferienpass, der Busfahrten und Eintritte für Kinder aus Familien mit Bürgergeld, Wohngeld oder Kinderzuschlag abdeckt. Die Vereine haben wir gebeten, Beiträge für diese Kinder nicht mehr vorab von den Eltern zu verlangen, sondern direkt mit dem Kreis abzurechnen.",
    worked:
      "Die Zahl der bewilligten Teilhabeleistungen ist innerhalb von zwei Jahren um etwa 60 Prozent gestiegen, in den Ämtern mit Sprechstunde deutlich stärker als anderswo. Den Ferienpass haben im ersten Sommer über 900 Kinder genutzt. Besonders geholfen hat, dass niemand mehr zeigen musste, dass die eigene Familie arm ist: Der Pass sah für alle Kinder gleich aus.",
    notWorked:
      "Der Rufbus, den wir für Nachmittagstermine erproben wollten, kam nicht zustande, weil sich Kreis und Verkehrsgesellschaft nicht über die Kosten einigen konnten. Die Stellen der Lotsinnen sind aus Projektmitteln finanziert und laufen Ende 2025 aus, eine Verstetigung ist im Haushalt bisher nicht gesichert. Kleinere Vereine haben die direkte Abrechnung als zu bürokratisch abgelehnt, sodass dort weiterhin Eltern in Vorleistung gehen müssen. Jugendliche ab 14 Jahren haben wir mit dem Ferienpass kaum erreicht.",
    transfer:
      "Armut auf dem Land ist oft vor allem ein Mobilitätsproblem, deshalb gehört die Frage nach dem Weg zum Angebot in jede Angebotsplanung. Sprechstunden dort, wo Eltern sowieso hinkommen, wirken stärker als jede Informationskampagne.",
    topics: ["kinderarmut", "laendlicher-raum"],
    visibility: "public",
    contactName: "Doreen Paschke, Sozialplanung",
    publishedOn: "2025-09-04",
    linkedToProject: false,
  },
  {
    key: "vorpommern-greifswald-praeventionskette-fruehe-hilfen-einschulung",
    ags: "13075",
    title: "Präventionskette von den Frühen Hilfen bis zur Einschulung im Flächenkreis",
    problem:
      "Familien mit Säuglingen wurden durch die Frühen Hilfen gut begleitet, danach riss der Kontakt oft ab. Bei der Schuleingangsuntersuchung fielen dann Sprach- und Entwicklungsverzögerungen auf, die man mit drei Jahren gut hätte bearbeiten können. Kitas, Gesundheitsamt, Frühförderung und Jugendamt arbeiteten jeweils solide, aber nebeneinander her.",
    context:
      "Vorpommern-Greifswald ist mit rund 237.000 Einwohnerinnen und Einwohnern auf fast 4.000 Quadratkilometern ein großer Flächenkreis mit der Universitätsstadt Greifswald und sehr ländlichen Regionen um Anklam, Pasewalk und Ueckermünde. Das Netzwerk Frühe Hilfen ist beim Jugendamt angesiedelt, der Kinder- und Jugendgesundheitsdienst beim Gesundheitsamt.",
    approach:
      "Entlang der Lebensphasen Geburt, erstes Lebensjahr, Krippe, Kita und Schuleintritt haben wir aufgeschrieben, welche Angebote es gibt und an welchen Stellen Familien verloren gehen. Daraus sind drei verbindliche Übergänge entstanden: die Übergabe von der Familienhebamme an die Kita-Sozialarbeit, eine Entwicklungsbeobachtung mit vier Jahren durch den Kinder- und Jugendgesundheitsdienst in der Kita und ein Übergabegespräch zwischen Kita und Grundschule mit Einwilligung der Eltern. Für jeden Übergang gibt es eine verantwortliche Stelle und einen einfachen Übergabebogen. Eine Koordinatorin im Jugendamt hält die Fäden zusammen und lädt zweimal im Jahr zu Netzwerktreffen in den vier Sozialräumen ein. Begonnen haben wir in der Region Anklam und erst nach einem Jahr auf den ganzen Kreis ausgeweitet.",
    worked:
      "Die Untersuchung mit vier Jahren hat sich bewährt: Auffälligkeiten werden fast zwei Jahre früher erkannt, Logopädie und Frühförderung können entsprechend früher beantragt werden. Die Kitas berichten, dass sie jetzt wissen, wen sie bei Sorgen um ein Kind anrufen können. In der Pilotregion ist der Anteil der Kinder mit Sprachförderbedarf bei der Einschulung über drei Jahrgänge leicht gesunken.",
    notWorked:
      "Die Übergabe von der Familienhebamme an die Kita klappt nur, wenn das Kind überhaupt eine Kita besucht; Familien ohne Kitaplatz fallen weiter durchs Raster. Die Wartezeiten auf Frühförderung und Logopädie sind wegen des Fachkräftemangels so lang, dass frühes Erkennen allein wenig nützt.",
    transfer:
      "Eine Präventionskette beginnt mit der ehrlichen Frage, wo Familien verloren gehen. Wenige verbindliche Übergänge mit klarer Zuständigkeit bringen mehr als ein großes Netzwerk ohne Absprachen.",
    topics: ["praeventionsketten", "gesundheit", "bildungsuebergaenge"],
    visibility: "public",
    contactName: "Katrin Wendt, Koordination Frühe Hilfen",
    publishedOn: "2024-11-12",
    linkedToProject: false,
  },
  {
    key: "kiel-jugendberufsagentur-uebergang-schule-beruf",
    ags: "01002",
    title: "Jugendberufsagentur: Übergang Schule–Beruf mit verbindlichem Verbleibsabgleich",
    problem:
      "Jedes Jahr verlassen in Kiel mehrere hundert junge Menschen die Schule ohne Anschluss, und ein Teil von ihnen taucht erst Jahre später beim Jobcenter oder in der Jugendhilfe wieder auf. Agentur für Arbeit, Jobcenter, Jugendamt und Schulen führten jeweils eigene Listen, aber niemand wusste, wer nach den Sommerferien ohne Ausbildung, Schule oder Maßnahme dastand.",
    context:
      "Kiel ist Landeshauptstadt mit rund 250.000 Einwohnerinnen und Einwohnern und großen sozialen Unterschieden zwischen den Stadtteilen, etwa zwischen Gaarden und Düsternbrook. Die Jugendberufsagentur ist eine Kooperation von Agentur für Arbeit, Jobcenter, Stadt und den berufsbildenden Schulen.",
    approach:
      "Die Partner sind in ein gemeinsames Gebäude gezogen, sodass Jugendliche Berufsberatung, Leistungen und Jugendhilfe an einem Ort bekommen. Mit den Gemeinschaftsschulen haben wir vereinbart, dass die Berufsberatung ab Klasse 8 mit jeder Schülerin und jedem Schüler mindestens einmal in der Schule spricht. Für die Abgangsklassen gibt es im September einen Verbleibsabgleich: Die Schulen melden mit Einwilligung, wer keinen Anschluss hat, und die Jugendberufsagentur nimmt aktiv Kontakt auf. Für junge Menschen, die niemand mehr erreicht, arbeiten zwei Fachkräfte eines freien Trägers aufsuchend in den Stadtteilen. Einmal im Jahr legen Jugendhilfeplanung und Schulentwicklungsplanung dem Jugendhilfeausschuss gemeinsam einen kurzen Übergangsbericht vor.",
    worked:
      "Der Verbleib der Abgangsjahrgänge ist heute für über 90 Prozent der Jugendlichen geklärt, früher wussten wir es bei kaum der Hälfte. Die kurzen Wege zwischen Jobcenter und Jugendhilfe haben in mehreren Fällen Leistungskürzungen durch eine gemeinsame Hilfeplanung ersetzt. Der gemeinsame Übergangsbericht hat im Ausschuss erstmals eine Debatte über Schulabbrüche ausgelöst, die nicht bei gegenseitigen Schuldzuweisungen stehen blieb.",
    notWorked:
      "Der Datenschutz hat uns fast ein Jahr gekostet: Ohne schriftliche Einwilligung dürfen die Schulen keine Namen weitergeben, und an zwei Schulen lag die Einwilligungsquote anfangs unter 40 Prozent. Die Gymnasien beteiligen sich nicht am Verbleibsabgleich, obwohl auch dort junge Menschen ohne Abschluss abgehen. Die Fachverfahren der Partner sind bis heute nicht verbunden, wir arbeiten mit abgestimmten Tabellen. Junge Menschen mit psychischen Belastungen landen oft in einer Lücke zwischen Reha-Beratung der Agentur und Jugendhilfe.",
    transfer:
      "Ein gemeinsames Dach hilft, wichtiger ist aber eine verbindliche Absprache über den Verbleib jedes Abgangsjahrgangs. Klären Sie Einwilligung und Datenschutz vor dem Umzug, nicht danach.",
    topics: ["bildungsuebergaenge", "integrierte-sozialplanung", "kooperation-traeger"],
    visibility: "public",
    contactName: "Jonas Petersen, Jugendhilfeplanung",
    publishedOn: "2024-06-20",
    linkedToProject: false,
  },
  {
    key: "dithmarschen-priorisierung-jugendfoerderung-kriterien",
    ags: "01051",
    title: "Knappe Haushaltsmittel: Jugendförderung nach transparenten Kriterien priorisieren",
    problem:
      "Für den Haushalt 2025 musste der Kreis in der Kinder- und Jugendförderung rund acht Prozent einsparen, während gleichzeitig neue Bedarfe angemeldet wurden. Bisher wurden Zuschüsse vor allem nach Tradition fortgeschrieben, und jede Kürzung landete als Einzelfall im Jugendhilfeausschuss. Wir wollten vermeiden, dass am Ende diejenigen verlieren, die am leisesten sind.",
    context:
      "Dithmarschen ist ein ländlicher Kreis an der Westküste mit rund 133.000 Einwohnerinnen und Einwohnern, geprägt von Kleinstädten wie Heide, Meldorf und Brunsbüttel und vielen kleinen Gemeinden. Die Jugendförderung wird überwiegend von freien Trägern, Jugendverbänden und Gemeinden getragen.",
    approach:
      "Eine Arbeitsgruppe aus Verwaltung, drei Trägervertretungen und zwei Mitgliedern des Jugendhilfeausschusses hat fünf transparente Kriterien festgelegt: Bedarf im Sozialraum laut Sozialraumanalyse, Erreichbarkeit für junge Menschen ohne Auto, Beitrag zu den Zielen des Kinder- und Jugendförderplans, fehlende Alternativen vor Ort und Beteiligung junger Menschen. Die Kriterien wurden gewichtet und vom Ausschuss beschlossen, bevor auch nur ein Angebot bewertet war. Jede geförderte Maßnahme haben zwei Personen unabhängig voneinander eingeschätzt, Abweichungen wurden in der Arbeitsgruppe besprochen. Die Ergebnisse haben wir allen Trägern in einer offenen Runde vorgestellt, bevor sie in die Beschlussvorlage gingen. Für Träger mit deutlicher Kürzung gab es ein Übergangsjahr mit halbierter Absenkung.",
    worked:
      "Der Ausschuss hat die Vorlage mit breiter Mehrheit beschlossen, ohne einzelne Positionen wieder aufzumachen. Die Kriterien waren auch für diejenigen Träger nachvollziehbar, die künftig weniger erhalten. Zwei Angebote in gut versorgten Kleinstädten wurden zurückgefahren, dafür konnte ein mobiles Jugendangebot für die Marschgemeinden starten.",
    notWorked:
      "Das Kriterium Wirkung haben wir nach langer Diskussion gestrichen, weil es für die meisten Angebote schlicht keine belastbaren Daten gab. Die Bewertung war für die kleine Planungsstelle ein enormer Aufwand, in der Spitze rund drei Wochen Arbeit.",
    transfer:
      "Erst die Kriterien beschließen, dann bewerten: Diese Reihenfolge schützt vor dem Verdacht, das Ergebnis habe vorher festgestanden. Wenn Ausschussmitglieder in der Arbeitsgruppe sitzen, erspart das später viele Einzeldebatten.",
    topics: ["ressourcen-priorisieren", "kinder-und-jugendfoerderplan", "politische-kommunikation"],
    visibility: "public",
    contactName: "Hauke Jessen, Jugendhilfeplanung",
    publishedOn: "2025-01-29",
    linkedToProject: false,
  },
  {
    key: "magdeburg-wirkungsdialoge-freie-traeger",
    ags: "15003",
    title: "Wirkungsdialoge mit freien Trägern statt Sachbericht im Ordner: Bilanz nach drei Jahren",
    problem:
      "Die jährlichen Sachberichte der freien Träger in der offenen Kinder- und Jugendarbeit und der Schulsozialarbeit wurden abgeheftet, aber kaum gelesen. Die Träger hatten den Eindruck, nur Besuchszahlen zu liefern, und die Verwaltung wusste trotz dicker Ordner wenig darüber, was die Angebote bei jungen Menschen bewirken. Zugleich wuchs im Stadtrat der Druck, Förderungen mit Wirkung zu begründen.",
    context:
      "Magdeburg ist Landeshauptstadt von Sachsen-Anhalt mit rund 240.000 Einwohnerinnen und Einwohnern; die Stadt fördert etwa 40 Einrichtungen und Projekte der Kinder- und Jugendarbeit bei rund 25 freien Trägern. Die Jugendhilfeplanung ist im Jugendamt angesiedelt und arbeitet mit festen Planungsräumen.",
    approach:
      "Den schriftlichen Sachbericht haben wir auf zwei Seiten gekürzt und durch einen jährlichen Wirkungsdialog ergänzt: ein 90-minütiges Gespräch zwischen Träger, Fachberatung und Jugendhilfeplanung in der Einrichtung selbst. Grundlage sind drei bis fünf Ziele, die jeder Träger vorher mit uns aus dem Kinder- und Jugendförderplan abgeleitet hat, jeweils mit einem einfachen Indikator. Im Gespräch geht es nicht um Kontrolle, sondern um drei Fragen: Was hat sich bei den jungen Menschen verändert, woran sehen wir das, und was brauchen wir voneinander? Die Ergebnisse fließen anonymisiert in einen Querschnittsbericht pro Planungsraum, den wir in der Arbeitsgemeinschaft nach § 78 SGB VIII vorstellen. Zusätzlich befragen die Träger einmal im Jahr eine Stichprobe ihrer Besucherinnen und Besucher mit einem gemeinsam entwickelten Kurzfragebogen.",
    worked:
      "Die Gespräche sind offener als erwartet: Träger berichten auch über Angebote, die nicht laufen, weil daraus keine automatische Kürzung folgt. Aus den Querschnittsberichten sind mehrere gemeinsame Vorhaben entstanden, etwa ein abgestimmtes Ferienangebot in einem Planungsraum ohne eigene Einrichtung. Im Jugendhilfeausschuss können wir Förderentscheidungen heute mit Beispielen und Zahlen begründen, die die Träger selbst mittragen.",
    notWorked:
      "Die Indikatoren sind bei vielen Trägern zu weich geblieben; „Jugendliche fühlen sich wohl“ lässt sich von Jahr zu Jahr kaum vergleichen. Die Befragung erreicht vor allem Stammgäste, wer einmal kommt und dann wegbleibt, bleibt unsichtbar. Bei rund 40 Gesprächen im Jahr stößt die Planung personell an ihre Grenze, einzelne Dialoge sind deshalb ausgefallen. Zwei Träger haben das Format anfangs als verdeckte Prüfung erlebt, und es hat ein Jahr gedauert, dieses Misstrauen abzubauen.",
    transfer:
      "Wirkungsdialoge tragen nur, wenn von Anfang an klar ist, dass offene Worte über Probleme nicht bestraft werden. Wenige Ziele mit einfachen Indikatoren sind besser als ein umfassendes Kennzahlenset.",
    topics: ["wirkungsorientierung", "kooperation-traeger"],
    visibility: "network",
    contactName: "Ulrike Brandt, Jugendhilfeplanung",
    publishedOn: "2025-06-10",
    linkedToProject: false,
  },
  {
    key: "berlin-einschulungsuntersuchung-kindergesundheit",
    ags: "11000",
    title: "Einschulungsuntersuchung als Planungsgrundlage: Kindergesundheit kleinräumig sichtbar machen",
    problem:
      "Die Ergebnisse der Einschulungsuntersuchungen lagen beim Gesundheitsamt, die Sozialraumdaten bei der Jugendhilfeplanung, und beides wurde nie zusammen betrachtet. Dabei zeigen die Untersuchungen früh, wo Übergewicht, Karies, Sprachauffälligkeiten und fehlende Vorsorgeuntersuchungen gehäuft vorkommen. In den Gebieten mit hoher Kinderarmut wussten wir nicht, welche gesundheitlichen Folgen wir konkret bearbeiten müssen.",
    context:
      "Berlin hat zwölf Bezirke mit jeweils eigenem Jugendamt; dieser Bericht stammt aus der Jugendhilfeplanung eines Innenstadtbezirks mit rund 380.000 Einwohnerinnen und Einwohnern. Geplant wird auf Ebene der Lebensweltlich orientierten Räume, für die das Monitoring Soziale Stadtentwicklung regelmäßig Daten liefert.",
    approach:
      "Mit der Plan- und Leitstelle Gesundheit haben wir vereinbart, die Ergebnisse der Einschulungsuntersuchung der letzten fünf Jahrgänge auf Ebene der Planungsräume auszuwerten, mit Mindestfallzahlen zum Schutz der Daten. Diese Werte haben wir neben die Armutsindikatoren aus dem Sozialmonitoring gelegt und in einer gemeinsamen Sozialraumanalyse für Kinder unter sechs Jahren zusammengeführt. In zwei Werkstätten haben Kita-Träger, Kinderärztinnen, Zahnärztlicher Dienst, Familienzentren und Jugendamt die Karten gemeinsam gelesen und Schwerpunkte benannt. Für drei Planungsräume mit den auffälligsten Werten wurden gemeinsame Maßnahmen verabredet, darunter Zahnputzpatenschaften in Kitas und mehr Bewegungsangebote in Familienzentren. Die Auswertung wird seither jährlich aktualisiert.",
    worked:
      "Die gemeinsame Darstellung hat sofort überzeugt: Auf der Karte war zu sehen, dass die Planungsräume mit hoher Armut fast deckungsgleich mit denen sind, in denen Kinder ohne vollständige U-Untersuchungen in die Schule kommen. Familienzentren nutzen die Daten inzwischen für ihre eigene Jahresplanung. Gesundheitsamt und Jugendamt haben erstmals einen gemeinsamen Bedarf im Bezirkshaushalt angemeldet.",
    notWorked:
      "In kleinen Planungsräumen sind die Fallzahlen oft zu niedrig, sodass wir mehrere Räume zusammenfassen mussten und Unterschiede verwischen. Der Datenaustausch hängt bis heute an zwei engagierten Personen und ist nicht schriftlich geregelt.",
    transfer:
      "Die Einschulungsuntersuchung gibt es in jeder Kommune, für die Jugendhilfeplanung wird sie trotzdem selten genutzt. Eine Kooperationsvereinbarung zum Datenaustausch sollte von Anfang an mitgedacht werden.",
    topics: ["gesundheit", "datenbasierte-planung", "kinderarmut"],
    visibility: "public",
    contactName: "Selin Aydın, Jugendhilfeplanung",
    publishedOn: "2024-04-23",
    linkedToProject: false,
  },
  {
    key: "frankfurt-oder-hze-kennzahlensystem-gescheitert",
    ags: "12053",
    title: "Gescheitert: Unser HzE-Kennzahlensystem mit 60 Kennzahlen hat niemand genutzt",
    problem:
      "Nach stark steigenden Ausgaben für Hilfen zur Erziehung wollte der Jugendhilfeausschuss wissen, welche Hilfen wirken. Die Verwaltung hat daraufhin ein umfassendes Kennzahlensystem aufgebaut, das alle Hilfearten, Laufzeiten, Abbrüche und Zielerreichungen abbilden sollte. Nach anderthalb Jahren haben wir es eingestellt.",
    context:
      "Frankfurt (Oder) ist eine kleine kreisfreie Stadt mit rund 58.000 Einwohnerinnen und Einwohnern an der Grenze zu Polen. Der Allgemeine Soziale Dienst arbeitet in zwei Regionalteams, die Jugendhilfeplanung ist mit einer Vollzeitstelle besetzt.",
    approach:
      "Eine Projektgruppe hat aus Fachliteratur und Beispielen anderer Städte rund 60 Kennzahlen zusammengestellt. Die Daten sollten aus der Fachsoftware exportiert und von der Jugendhilfeplanung vierteljährlich in einem Bericht aufbereitet werden. Zusätzlich sollten die Fachkräfte im ASD in jedem Hilfeplangespräch die Zielerreichung auf einer Skala von eins bis fünf einschätzen. Der erste Bericht umfasste 48 Seiten.",
    worked:
      "Immerhin wissen wir seitdem verlässlich, wie lange Hilfen im Durchschnitt laufen und wie hoch der Anteil ungeplanter Beendigungen ist. Diese beiden Zahlen nutzen wir bis heute in der Steuerung.",
    notWorked:
      "Der Export aus der Fachsoftware lieferte unvollständige Daten, weil Felder in den beiden Teams unterschiedlich gepflegt wurden, und die Korrektur kostete jedes Quartal mehrere Arbeitstage. Die Skala zur Zielerreichung erlebten die Fachkräfte als zusätzliche Dokumentationspflicht, sie wurde oft gar nicht oder pauschal ausgefüllt. Nach dem zweiten Bericht hat im Ausschuss niemand mehr nachgefragt, weil die Fülle an Zahlen keine Antwort auf die ursprüngliche Frage gab. Im Rückblick hatten wir nie geklärt, welche Entscheidung mit welcher Kennzahl eigentlich getroffen werden soll.",
    transfer:
      "Beginnen Sie mit der Frage, welche Steuerungsentscheidungen anstehen, und wählen Sie dann höchstens fünf Kennzahlen dafür aus. Beziehen Sie den ASD vor der Einführung ein und prüfen Sie die Datenqualität, bevor Sie dem Ausschuss einen Bericht versprechen.",
    topics: ["wirkungsorientierung", "datenbasierte-planung"],
    visibility: "public",
    contactName: "Steffen Kowalski, Jugendhilfeplanung",
    publishedOn: "2025-11-05",
    linkedToProject: false,
  },
  {
    key: "goerlitz-kindergesundheit-kitas-familienzentren",
    ags: "14626",
    title: "Kinderärztinnen fehlen auf dem Land: Gesundheitsförderung über Kitas und Familienzentren",
    problem:
      "In Teilen des Kreises sind Kinderarztsitze seit Jahren unbesetzt, und Familien fahren für Vorsorgeuntersuchungen bis zu 50 Kilometer. Der Anteil vollständig wahrgenommener U-Untersuchungen sank, und bei der Schuleingangsuntersuchung fielen mehr unbehandelte Karies und Sprachauffälligkeiten auf. Im Jugendamt galt das Thema lange als reine Angelegenheit des Gesundheitswesens.",
    context:
      "Der Landkreis Görlitz ist ein Flächenkreis im Osten Sachsens mit rund 250.000 Einwohnerinnen und Einwohnern und Mittelzentren wie Zittau, Weißwasser, Löbau und Niesky. Viele Gemeinden haben eine stark gealterte Bevölkerung, junge Familien leben verstreut.",
    approach:
      "Jugendhilfeplanung und Gesundheitsamt haben eine gemeinsame Arbeitsgruppe „Gesund aufwachsen“ eingerichtet, an der auch die Kassenärztliche Vereinigung und zwei Krankenkassen teilnehmen. Der zahnärztliche Dienst und eine Kinderkrankenschwester besuchen seitdem Kitas in unterversorgten Gemeinden nach festem Plan. In vier Familienzentren bietet eine Familiengesundheitspartnerin offene Sprechstunden an, in denen Eltern Fragen zu Entwicklung, Ernährung und Impfungen stellen können. Die Krankenkassen finanzieren mit Mitteln nach dem Präventionsgesetz Bewegungsangebote in Kitas. Gesundheit ist seither als eigenes Kapitel in der Jugendhilfeplanung verankert.",
    worked:
      "Die Kita-Besuche erreichen nahezu alle Kinder in den betreffenden Gemeinden, auch solche, deren Eltern keine Praxis aufsuchen. Die Sprechstunden in den Familienzentren werden gut angenommen, vor allem von jungen Müttern ohne Auto. Über die Zusammenarbeit mit den Krankenkassen sind zusätzliche Mittel in den Kreis geflossen, die das Jugendamt allein nicht hätte aufbringen können.",
    notWorked:
      "Die eigentliche Lücke, die fehlenden Kinderärztinnen und Kinderärzte, kann der Kreis nicht schließen; ein Modell mit angestellten Ärztinnen in einem kommunalen Versorgungszentrum ist an den Kosten gescheitert. Die Präventionsmittel der Kassen müssen jedes Jahr neu beantragt werden, das verhindert Planungssicherheit. Eine Telemedizin-Sprechstunde für Eltern wurde kaum genutzt, weil in mehreren Dörfern das Netz nicht reicht und viele Eltern lieber jemandem gegenübersitzen.",
    transfer:
      "Wo die medizinische Versorgung dünn ist, können Kitas und Familienzentren die Orte sein, an denen Gesundheitsförderung zu den Kindern kommt. Eine Arbeitsgruppe mit den Krankenkassen lohnt sich schon wegen der Mittel aus dem Präventionsgesetz.",
    topics: ["gesundheit", "laendlicher-raum", "integrierte-sozialplanung"],
    visibility: "public",
    contactName: "Romy Scholz, Jugendhilfeplanung",
    publishedOn: "2026-02-17",
    linkedToProject: false,
  },
  {
    key: "erfurt-praeventionskette-grundschule-quartier",
    ags: "16051",
    title: "Präventionskette im Plattenbaugebiet: die Grundschule als Knotenpunkt gegen Kinderarmut",
    problem:
      "In den großen Wohngebieten am Stadtrand wächst fast jedes zweite Kind in einer Familie mit Bürgergeldbezug auf. Angebote gab es viele, aber sie waren nicht aufeinander abgestimmt: Familienzentrum, Schulsozialarbeit, Hort, Stadtteilbüro und Beratungsstellen kannten sich teils nur dem Namen nach. Familien erlebten die Unterstützung als Flickenteppich.",
    context:
      "Erfurt ist Landeshauptstadt mit rund 215.000 Einwohnerinnen und Einwohnern; Kinderarmut konzentriert sich auf die Plattenbaugebiete im Norden und Südosten wie Moskauer Platz, Roter Berg, Herrenberg und Wiesenhügel. Die Stadt beteiligt sich an einem Landesprogramm zur Förderung kommunaler Präventionsketten.",
    approach:
      "In zwei Wohngebieten haben wir je eine Grundschule als Knotenpunkt der Präventionskette gewählt, weil dort alle Kinder ankommen. Eine Netzwerkkoordinatorin, angesiedelt im Jugendamt und finanziert aus dem Landesprogramm, organisiert monatliche fallunabhängige Runden aller Fachkräfte im Quartier. Mit Eltern haben wir gemeinsam aufgeschrieben, was ihnen vor und während der Grundschulzeit fehlt. Daraus entstanden eine Elternsprechstunde im Schulhaus, ein gemeinsamer Angebotskalender für das Quartier und abgestimmte Übergänge von den Kitas in die Schule. Die Jugendhilfeplanung hat zusätzlich ein kleinräumiges Monitoring aufgebaut, mit dem wir die Entwicklung in beiden Gebieten verfolgen.",
    worked:
      "Die Fachkräfte im Quartier kennen sich und verweisen Familien gezielter weiter. Die Elternsprechstunde in der Schule wird genutzt, weil die Hemmschwelle dort niedriger ist als im Amt. Das Monitoring hat im Stadtrat geholfen, die Präventionskette nicht als Projekt, sondern als Daueraufgabe zu verstehen.",
    notWorked:
      "Die Schulen haben sich sehr unterschiedlich eingebracht: An einer Schule trägt die Schulleitung das Netzwerk, an der anderen blieb es ein Thema der Schulsozialarbeit und wurde durch den Lehrkräftemangel immer wieder verdrängt. Die Koordinationsstelle war befristet, und ein Personalwechsel nach zwei Jahren hat das Netzwerk deutlich zurückgeworfen. Familien, die sich zurückziehen, erreichen wir auch über die Schule nicht, und für Jugendliche nach der Grundschule fehlt die Fortsetzung der Kette bislang völlig. Die Hoffnung, Doppelstrukturen abzubauen und so Mittel einzusparen, hat sich nicht erfüllt, weil jede Einrichtung ihrer eigenen Förderlogik folgen muss.",
    transfer:
      "Ein klarer Ort, an dem alle Kinder ankommen, macht eine Präventionskette greifbar. Die Koordination sollte unbefristet und in der Verwaltung verankert sein, sonst hängt alles an einer Person.",
    topics: ["praeventionsketten", "kinderarmut", "sozialraumorientierung"],
    visibility: "public",
    contactName: "Christian Möller, Jugendhilfeplanung",
    publishedOn: "2024-09-03",
    linkedToProject: false,
  },
  {
    key: "northeim-priorisierung-haushaltssicherung-gescheitert",
    ags: "03155",
    title: "Priorisierung unter Haushaltssicherung: Warum unsere Kriterien im Kreistag nicht gehalten haben",
    problem:
      "Unter dem Druck eines Haushaltssicherungskonzepts sollte die Jugendhilfe 2024 einen festen Betrag bei den freiwilligen Leistungen einsparen. Wir wollten das nicht mit dem Rasenmäher tun, sondern nach nachvollziehbaren Kriterien entscheiden, welche Angebote Vorrang haben. Das Verfahren ist am Ende politisch gescheitert.",
    context:
      "Der Landkreis Northeim in Südniedersachsen hat rund 133.000 Einwohnerinnen und Einwohner, mit den Städten Northeim, Einbeck, Uslar und Bad Gandersheim und großen ländlichen Bereichen. Die Finanzlage des Kreises ist seit Jahren angespannt.",
    approach:
      "Die Verwaltung hat eine Bewertungsmatrix mit Kriterien wie rechtliche Verpflichtung, Bedarf laut Sozialraumanalyse, Folgekosten bei Wegfall und Erreichbarkeit entwickelt und alle freiwilligen Leistungen danach eingeordnet. Das Ergebnis ging als Vorlage mit einer Rangliste in den JHA. Die freien Träger wurden schriftlich informiert, aber nicht an der Entwicklung der Kriterien beteiligt. Nach der Rangliste sollten vor allem zwei Jugendtreffs in kleineren Orten und der Zuschuss für Ferienfreizeiten entfallen.",
    worked:
      "Die Debatte hat immerhin sichtbar gemacht, wie klein der Anteil freiwilliger Leistungen am Budget ist und dass die großen Kostenblöcke bei den Pflichtleistungen liegen. Die Matrix selbst haben wir später für die Fortschreibung der Jugendhilfeplanung wiederverwendet, diesmal gemeinsam mit den Trägern entwickelt.",
    notWorked:
      "Sobald die Rangliste öffentlich war, haben Träger, Ortsräte und Eltern gegen die einzelnen Streichungen mobilisiert, über die Kriterien selbst hat niemand gesprochen. Im Kreistag wurden die Kürzungen bei den Jugendtreffs gestoppt und stattdessen alle Zuschüsse pauschal um fünf Prozent gesenkt, also genau das, was wir vermeiden wollten. Unser Fehler war, Kriterien und Ergebnis in einem Schritt vorzulegen; so wirkte das Verfahren wie eine nachträgliche Begründung. Die Kreistagsfraktionen hatten wir vorher überhaupt nicht eingebunden.",
    transfer:
      "Lassen Sie die Kriterien politisch beschließen, bevor Sie einzelne Angebote bewerten, und beteiligen Sie die freien Träger von Anfang an. Eine Rangliste ohne vorherigen Rückhalt wird in der Öffentlichkeit als Streichliste gelesen.",
    topics: ["ressourcen-priorisieren", "politische-kommunikation"],
    visibility: "public",
    contactName: "Birgit Lohmann, Fachdienst Jugend",
    publishedOn: "2024-12-09",
    linkedToProject: false,
  },
  {
    key: "mansfeld-suedharz-uebergang-kita-grundschule",
    ags: "15087",
    title: "Übergang Kita–Grundschule im ländlichen Raum: feste Kooperationsrunden für jede Grundschule",
    problem:
      "Ob ein Kind gut auf den Schulstart vorbereitet wurde, hing bei uns stark davon ab, wie gut sich Kita-Leitung und Schulleitung persönlich kannten. In manchen Orten gab es gemeinsame Projekte und Schnuppertage, anderswo sahen sich die Fachkräfte nie. Durch Schulschließungen und längere Schulwege wechseln Kinder aus einer Kita zudem oft an drei oder vier verschiedene Grundschulen.",
    context:
      "Mansfeld-Südharz ist ein ländlicher Landkreis mit rund 135.000 Einwohnerinnen und Einwohnern, den Städten Sangerhausen, Lutherstadt Eisleben und Hettstedt und vielen kleinen Dörfern. Kita-Bedarfsplanung und Schulentwicklungsplanung liegen beide beim Kreis, allerdings in unterschiedlichen Fachbereichen.",
    approach:
      "Kita-Bedarfsplanung und Schulentwicklungsplanung haben zuerst gemeinsam ausgewertet, aus welchen Kitas die Kinder an welche Grundschulen wechseln. Für jede Grundschule gibt es seitdem zweimal im Jahr eine feste Kooperationsrunde mit allen abgebenden Kitas und einen gemeinsamen Kalender mit Besuchstagen und Elternabenden. Ein einheitlicher Übergabebogen, den Eltern mitgestalten und unterschreiben, ersetzt die vielen verschiedenen Formulare. Für Kinder mit besonderem Förderbedarf gibt es zusätzlich ein Übergabegespräch mit der Frühförderung und bei Bedarf mit dem Jugendamt. Weil Busverbindungen fehlen, organisiert der Kreis für die Schnuppertage den Schülerverkehr mit.",
    worked:
      "Nahezu alle Grundschulen haben inzwischen eine Kooperationsrunde, und die Kitas kennen ihre Ansprechpersonen. Die Auswertung der Wechselbeziehungen war für beide Planungsbereiche ein Aha-Erlebnis und fließt jetzt auch in die Schulnetzplanung ein. Eltern schätzen, dass sie beim Übergabebogen mitreden können.",
    notWorked:
      "Die Kooperationsrunden liegen oft zu Zeiten, in denen Kitas wegen Personalmangels kaum jemanden freistellen können, teils kommt nur eine Erzieherin für drei Einrichtungen. Der gemeinsame Kalender wird nur an etwa der Hälfte der Standorte gepflegt.",
    transfer:
      "Die Auswertung, welche Kitas an welche Schulen abgeben, ist ein einfacher Einstieg in die Zusammenarbeit von Kita- und Schulplanung. Feste Termine sind wichtiger als ausgefeilte Konzepte.",
    topics: ["bildungsuebergaenge", "laendlicher-raum", "integrierte-sozialplanung"],
    visibility: "public",
    contactName: "Sandra Hoffmann, Kita-Bedarfsplanung",
    publishedOn: "2025-04-14",
    linkedToProject: false,
  },
  {
    key: "chemnitz-foerderplan-zielwerte-monitoring",
    ags: "14511",
    title: "Kinder- und Jugendförderplan mit Zielwerten: erste Bilanz nach zwei Jahren Monitoring",
    problem:
      "Unser bisheriger Förderplan beschrieb Angebote und Fördersummen, sagte aber wenig darüber, was bis wann erreicht werden sollte. In den Haushaltsberatungen konnten wir deshalb nicht zeigen, ob die Mittel dort ankommen, wo sie gebraucht werden. Für den neuen Plan wollten wir Ziele, Maßnahmen und Kennzahlen verbindlich miteinander verknüpfen.",
    context:
      "Chemnitz ist eine Großstadt mit rund 250.000 Einwohnerinnen und Einwohnern; die Kinder- und Jugendförderung wird größtenteils von freien Trägern in acht Planungsräumen erbracht. Der Plan gilt für vier Jahre und wird im JHA beschlossen.",
    approach:
      "Für jedes der sechs Handlungsfelder haben wir gemeinsam mit den Trägern ein bis zwei Ziele formuliert und pro Ziel höchstens drei Kennzahlen mit Ausgangs- und Zielwert festgelegt. Die Daten stammen aus der Angebotsstatistik der Träger, aus einer jährlichen Kurzbefragung junger Menschen und aus der Sozialraumanalyse. Einmal im Jahr erstellt die Jugendhilfeplanung einen Monitoringbericht mit einer Ampel pro Ziel, den zuerst die Planungsgruppe der Arbeitsgemeinschaft nach § 78 bespricht, bevor er in den JHA geht. Bei einer roten Ampel wird nicht automatisch gekürzt, sondern gemeinsam nach Ursachen gesucht.",
    worked:
      "Der JHA arbeitet tatsächlich mit dem Monitoringbericht, weil er kurz genug ist, um gelesen zu werden. In einem Planungsraum, in dem die Ampel zur Erreichung von Mädchen dauerhaft rot stand, wurde ein Angebot ohne zusätzliche Mittel umgeschichtet. Die Träger nutzen die Kennzahlen inzwischen auch in ihren eigenen Konzepten.",
    notWorked:
      "Die Kurzbefragung junger Menschen hatte im ersten Jahr an den Oberschulen kaum Rücklauf, weil sie zu spät im Schuljahr kam. Einzelne Zielwerte waren zu ehrgeizig gesetzt und mussten nach einem Jahr angepasst werden, was im Ausschuss einiges an Erklärung brauchte.",
    transfer:
      "Wenige Kennzahlen mit Ausgangs- und Zielwert und eine einfache Ampel reichen, um einen Förderplan steuerbar zu machen. Entscheidend ist die Absprache, dass eine rote Ampel zu einem Gespräch führt und nicht zu einer Kürzung.",
    topics: ["wirkungsorientierung", "kinder-und-jugendfoerderplan"],
    visibility: "municipality",
    contactName: "Franziska Uhlig, Jugendhilfeplanung",
    publishedOn: "2026-05-20",
    linkedToProject: false,
  },
  {
    key: "ludwigslust-parchim-psychische-gesundheit-schulsozialarbeit",
    ags: "13076",
    title: "Psychisch belastete Jugendliche: Schulsozialarbeit und Kinder- und Jugendpsychiatrie vernetzen",
    problem:
      "Seit der Pandemie melden Schulen und Schulsozialarbeit deutlich mehr Jugendliche mit Ängsten, depressiven Verstimmungen und Schulvermeidung. Die Wartezeit auf einen Termin in der Kinder- und Jugendpsychiatrie oder bei niedergelassenen Psychotherapeutinnen und -therapeuten lag im Kreis bei sechs bis neun Monaten. In dieser Zeit waren Schulsozialarbeit und Eltern oft auf sich gestellt.",
    context:
      "Ludwigslust-Parchim ist mit fast 4.800 Quadratkilometern einer der flächengrößten Landkreise Deutschlands und hat rund 213.000 Einwohnerinnen und Einwohner. Schulsozialarbeit wird an über 60 Schulen von mehreren freien Trägern geleistet.",
    approach:
      "Jugendamt, Gesundheitsamt, die Klinik für Kinder- und Jugendpsychiatrie und die Träger der Schulsozialarbeit haben eine Kooperationsvereinbarung geschlossen. Kern ist eine monatliche telefonische Fallberatung, in der Schulsozialarbeiterinnen und Schulsozialarbeiter anonymisierte Fälle mit einer Fachärztin besprechen können. Zusätzlich wurden über 70 Fachkräfte in Erster Hilfe für psychische Gesundheit geschult. Für Jugendliche auf der Warteliste bietet ein freier Träger offene Gruppen in Ludwigslust, Parchim und Hagenow an, die Fahrtkosten übernimmt der Kreis.",
    worked:
      "Die Fallberatung wird stark genutzt und gibt der Schulsozialarbeit Sicherheit, wann sie abwarten kann und wann eine schnelle Vorstellung in der Klinik nötig ist. Nach Einschätzung der Klinik kommen weniger Jugendliche als Notfall direkt aus der Schule. Die Träger der Schulsozialarbeit haben sich durch die Kooperation auch untereinander besser vernetzt.",
    notWorked:
      "An den Wartezeiten auf Therapieplätze konnten wir nichts ändern, das liegt außerhalb unseres Einflusses. Die Gruppenangebote erreichen Jugendliche aus kleinen Orten trotz Fahrtkostenübernahme kaum, weil es zu den Terminen schlicht keine Busverbindung gibt.",
    transfer:
      "Eine regelmäßige Fallberatung zwischen Schulsozialarbeit und Kinder- und Jugendpsychiatrie ist mit wenig Aufwand einzurichten und entlastet beide Seiten. Gruppenangebote im Flächenkreis sollten dorthin, wo die Jugendlichen ohnehin sind, also an die Schulen.",
    topics: ["gesundheit", "kooperation-traeger", "laendlicher-raum"],
    visibility: "network",
    contactName: "Maren Voß, Jugendhilfeplanung",
    publishedOn: "2025-10-08",
    linkedToProject: false,
  },
  {
    key: "bremerhaven-verfahrenslotsin-kjsg",
    ags: "04012",
    title: "Verfahrenslotsin nach dem KJSG: Wie wir die Stelle im Jugendamt verankert haben",
    problem:
      "Seit 2024 haben junge Menschen mit Behinderung und ihre Familien Anspruch auf Unterstützung durch einen Verfahrenslotsen beim Jugendamt. Bei uns war zunächst unklar, wo die Stelle angesiedelt wird, wie sie sich von Eingliederungshilfe und Beratungsstellen abgrenzt und wie Familien überhaupt davon erfahren. Zugleich sollte sie helfen, die inklusive Lösung vorzubereiten.",
    context:
      "Bremerhaven ist eine kreisfreie Stadt mit rund 114.000 Einwohnerinnen und Einwohnern. Die Eingliederungshilfe für Kinder mit körperlicher oder geistiger Behinderung liegt bisher beim Sozialamt, seelische Behinderung beim Jugendamt.",
    approach:
      "Die Verfahrenslotsin haben wir bewusst als Stabsstelle bei der Amtsleitung angesiedelt und nicht im Allgemeinen Sozialen Dienst, um ihre Unabhängigkeit zu unterstreichen. In den ersten drei Monaten hat sie Kitas, Frühförderstellen, Kinderarztpraxen und Selbsthilfegruppen besucht, statt auf Anfragen zu warten. Alle Anfragen werden anonym nach Anliegen, Zuständigkeitsfragen und Wartezeiten dokumentiert. Diese Auswertung geht zweimal im Jahr an die Jugendhilfeplanung und an die Arbeitsgruppe zur inklusiven Lösung, damit sichtbar wird, wo es an den Schnittstellen zwischen Jugendamt und Sozialamt hakt.",
    worked:
      "Nach einem Jahr hatten über 150 Familien Kontakt zur Lotsin, die meisten auf Empfehlung von Kitas und Frühförderung. Die Dokumentation zeigt sehr konkret, wo Familien zwischen den Ämtern hin- und hergeschickt werden, und war die Grundlage für eine gemeinsame Zuständigkeitsklärung bei Schulbegleitungen.",
    notWorked:
      "Eine einzelne Stelle reicht nicht: Die Lotsin hat inzwischen eine Warteliste, und eine Vertretung bei Urlaub und Krankheit gibt es nicht. Familien mit geringen Deutschkenntnissen erreichen wir kaum, weil unser Material bisher nur auf Deutsch und in Leichter Sprache vorliegt.",
    transfer:
      "Der eigentliche Gewinn für die Planung ist die anonyme Auswertung der Anfragen: Sie zeigt die Schnittstellenprobleme der inklusiven Lösung lange bevor die Zuständigkeit wechselt.",
    topics: ["inklusion-kjsg", "organisationsentwicklung"],
    visibility: "public",
    contactName: "Nadine Kuhlmann, Jugendhilfeplanung",
    publishedOn: "2026-08-26",
    linkedToProject: false,
  },
  {
    key: "kiel-gemeinsame-planungsraeume-kita-schule-jugendhilfe",
    ags: "01002",
    title: "Gemeinsame Planungsräume für Kita-Bedarfsplanung, Schulentwicklungsplanung und Jugendhilfeplanung",
    problem:
      "Kita-Bedarfsplanung, Schulentwicklungsplanung und Jugendhilfeplanung arbeiteten mit drei verschiedenen räumlichen Einteilungen: Stadtteile, Schuleinzugsbereiche und historisch gewachsene Sozialräume. Wer wissen wollte, wie viele Kinder aus einem Quartier mit hohem Transferleistungsbezug an eine bestimmte Grundschule wechseln, musste Daten von Hand umrechnen. Gemeinsame Aussagen in den Ausschüssen waren dadurch kaum möglich.",
    context:
      "Kiel ist Landeshauptstadt mit rund 250.000 Einwohnerinnen und Einwohnern und 30 Stadtteilen. Die drei Fachplanungen sind in zwei verschiedenen Dezernaten angesiedelt.",
    approach:
      "Eine Arbeitsgruppe aus den drei Planungen und der Statistikstelle hat Planungsräume auf Basis statistischer Bezirke festgelegt, die sich zu Stadtteilen und näherungsweise zu Schuleinzugsbereichen zusammensetzen lassen. Alle drei Planungen liefern ihre Daten seitdem auf dieser Ebene an einen gemeinsamen Datenpool, den die Statistikstelle pflegt. Einmal im Jahr entsteht daraus eine gemeinsame Sozialraumanalyse mit Kernindikatoren zu Bevölkerungsentwicklung, Transferleistungsbezug, Betreuungsquoten und Übergängen nach der Grundschule. Die zuständige Dezernentin und der zuständige Dezernent haben die Vereinbarung unterschrieben, damit sie nicht beim nächsten Personalwechsel verloren geht.",
    worked:
      "Zum ersten Mal konnten wir im Jugendhilfeausschuss und im Schulausschuss dieselbe Karte zeigen. Bei der Planung eines neuen Grundschulstandorts am Ostufer wurden Kita-Prognosen und Jugendhilfebedarfe von Anfang an zusammen betrachtet.",
    notWorked:
      "Die Schuleinzugsbereiche passen nicht überall zu den statistischen Bezirken, an drei Stellen arbeiten wir weiter mit Schätzungen. Die Abstimmung mit dem Datenschutz zur kleinräumigen Auswertung hat länger gedauert als die eigentliche fachliche Arbeit.",
    transfer:
      "Einigen Sie sich zuerst auf eine gemeinsame räumliche Ebene, bevor Sie über gemeinsame Indikatoren sprechen. Eine unterschriebene Vereinbarung auf Dezernatsebene sichert das Ergebnis gegen Personalwechsel ab.",
    topics: ["integrierte-sozialplanung", "datenbasierte-planung", "sozialraumorientierung"],
    visibility: "public",
    contactName: "Lea Sönnichsen, Schulentwicklungsplanung",
    publishedOn: "2026-10-01",
    linkedToProject: false,
  },
];
