import type { ReportSeed } from "./types.ts";

/** Invented practice reports by non-Fellow municipalities in NRW, Hessen, Rheinland-Pfalz, Baden-Württemberg, Bayern and Saarland. */
export const otherReportsD: ReportSeed[] = [
  {
    key: "dortmund-hze-fachcontrolling-stadtbezirke",
    ags: "05913",
    title: "Steigende HzE-Kosten: Fachcontrolling je Stadtbezirk statt pauschaler Budgetdeckel",
    problem:
      "Die Ausgaben für HzE sind in Dortmund zwischen 2021 und 2024 um gut ein Fünftel gestiegen, während der Haushalt für 2025 eine globale Minderausgabe vorsah. In der Politik kam die Forderung nach einem festen Budgetdeckel für die zwölf Stadtbezirke auf. Wir wussten allerdings selbst nicht genau, ob der Anstieg auf mehr Fälle, längere Laufzeiten oder höhere Entgelte zurückging.",
    context:
      "Dortmund ist eine Großstadt mit rund 590.000 Einwohnerinnen und Einwohnern; der Allgemeine Soziale Dienst arbeitet in zwölf Bezirksteams. Jugendhilfeplanung und wirtschaftliches Controlling waren bis 2024 in getrennten Abteilungen angesiedelt.",
    approach:
      "Wir haben zuerst die Kostenentwicklung der HzE zerlegt: nach Hilfeart, Alter, Laufzeit und Entgelt, für jeden Stadtbezirk getrennt. Aus Planung, Controlling und zwei ASD-Teamleitungen entstand ein Fachcontrolling-Team, das sich monatlich mit jedem Bezirksteam die auffälligen Verläufe anschaut, nicht die Summen. Für stationäre Hilfen gelten seitdem verbindliche Überprüfungstermine nach sechs Monaten, bei denen Rückführung oder ambulanter Anschluss ausdrücklich geprüft werden. Mit den acht größten Trägern führen wir jährliche Wirkungsdialoge auf Basis gemeinsam vereinbarter Kennzahlen. Der JHA bekommt quartalsweise einen kurzen Bericht mit vier Grafiken statt der früheren Tabellenanlage.",
    worked:
      "Die durchschnittliche Laufzeit stationärer Hilfen ist innerhalb eines Jahres um knapp vier Monate gesunken, ohne dass mehr Hilfen erneut aufgenommen werden mussten. Die Zerlegung der Kosten hat die politische Debatte versachlicht: Als klar war, dass mehr als die Hälfte des Anstiegs auf Entgeltsteigerungen zurückgeht, war der Budgetdeckel vom Tisch. Die Bezirksteams nutzen die Monatsrunden inzwischen auch, um Engpässe bei Plätzen frühzeitig zu melden.",
    notWorked:
      "Die Gesamtkosten steigen weiter, nur langsamer; wer in der Verwaltung eine Trendwende angekündigt hatte, musste zurückrudern. In den ersten Monaten empfanden viele Fachkräfte im ASD das Fachcontrolling als Misstrauensvotum, zwei Teams haben die Runden anfangs faktisch boykottiert. Zudem waren die Daten aus dem Fachverfahren lückenhaft, weil Hilfeende und Hilfeart oft verspätet oder falsch erfasst wurden; die Bereinigung hat uns fast ein halbes Jahr gekostet.",
    transfer:
      "Erst die Kosten zerlegen, dann steuern: Ohne die Aufschlüsselung nach Fallzahl, Laufzeit und Entgelt redet man in der Politik aneinander vorbei. Das Fachcontrolling sollte von Anfang an gemeinsam mit den ASD-Teamleitungen entworfen werden, nicht für sie.",
    topics: ["ressourcen-priorisieren", "wirkungsorientierung", "politische-kommunikation"],
    visibility: "network",
    contactName: "Tobias Wendland, Jugendhilfeplanung",
    publishedOn: "2025-03-18",
    linkedToProject: false,
  },
  {
    key: "ludwigshafen-hilfen-zur-erziehung-sozialraumteam",
    ags: "07314",
    title: "Hilfen zur Erziehung im Stadtteil: ambulant statt stationär mit zwei freien Trägern im Sozialraumteam",
    problem:
      "In Ludwigshafen lag der Anteil stationärer Hilfen zur Erziehung deutlich über dem Landesdurchschnitt, besonders bei Kindern unter zehn Jahren. Ambulante Angebote gab es zwar, sie begannen aber oft erst nach Wochen Wartezeit und waren eng auf einzelne Fachleistungsstunden zugeschnitten. Zugleich fehlten in den Stadtteilen niedrigschwellige Anlaufstellen, an die der Soziale Dienst Familien früh vermitteln konnte.",
    context:
      "Ludwigshafen am Rhein ist eine kreisfreie Industriestadt mit rund 170.000 Einwohnerinnen und Einwohnern und einem hohen Anteil von Familien im SGB-II-Bezug. Die Hilfen zur Erziehung werden überwiegend von freien Trägern erbracht, die bislang einzeln und fallbezogen beauftragt wurden.",
    approach:
      "In den zwei Stadtteilen mit den höchsten Fallzahlen haben wir 2024 ein Sozialraumteam aus Sozialem Dienst und zwei freien Trägern gebildet, das gemeinsam ein festes Jahresbudget verantwortet. Neue Anfragen werden wöchentlich im Team beraten, und zwar bevor eine Hilfeart festgelegt wird. Die Träger können flexible Hilfen ohne Einzelantrag beginnen, etwa Gruppenangebote für Eltern, Krisenbegleitung im Haushalt oder Lernförderung mit Elternarbeit. Stationäre Unterbringungen werden weiterhin einzeln entschieden, müssen im Team aber mit der Frage begründet werden, welche ambulante Alternative geprüft wurde. Die Jugendhilfeplanung begleitet das Modell mit halbjährlichen Auswertungen.",
    worked:
      "Die Zahl neuer stationärer Unterbringungen von Kindern unter zehn Jahren ist in beiden Stadtteilen innerhalb von 18 Monaten um rund ein Drittel zurückgegangen. Familien bekommen im Schnitt nach acht statt nach 31 Tagen eine erste Unterstützung. Die Zusammenarbeit zwischen Sozialem Dienst und Trägern ist merklich vertrauensvoller geworden, weil Fälle gemeinsam besprochen und nicht über Formulare verhandelt werden.",
    notWorked:
      "Bei Jugendlichen ab 14 Jahren in akuten Krisen hat das Modell kaum etwas verändert; hier fehlen schlicht geeignete ambulante Angebote und Plätze für Inobhutnahmen. Die nicht beteiligten Träger sahen das Budgetmodell als Abschottung des Marktes und haben das im JHA deutlich gemacht. Auch die Abrechnung über ein Budget statt über Fachleistungsstunden musste mit der Kämmerei mühsam neu ausgehandelt werden.",
    transfer:
      "Ein Budgetmodell braucht eine transparente Auswahl der beteiligten Träger und eine klare Perspektive für alle anderen, sonst wird aus einem Fachthema ein Verteilungsstreit. Der eigentliche Hebel war die gemeinsame Fallberatung vor der Festlegung der Hilfeart, nicht das Budget.",
    topics: ["kooperation-traeger", "ressourcen-priorisieren", "sozialraumorientierung"],
    visibility: "public",
    contactName: "Jana Leibold, Jugendhilfeplanung",
    publishedOn: "2025-09-04",
    linkedToProject: false,
  },
  {
    key: "mainz-kjsg-verfahrenslotsin",
    ags: "07315",
    title: "Verfahrenslotsin nach dem KJSG: Wie die neue Stelle im Amt und bei Familien ankommt",
    problem:
      "Seit Januar 2024 müssen Jugendämter nach dem KJSG eine Verfahrenslotsin oder einen Verfahrenslotsen bereitstellen. In Mainz war die Stelle zum Stichtag besetzt, doch in den ersten Monaten kamen kaum Anfragen. Eltern von Kindern mit Behinderung wussten nicht, dass es die Lotsin gibt, und auch im eigenen Haus war unklar, wann man sie einbezieht.",
    context:
      "Mainz ist eine Landeshauptstadt mit gut 217.000 Einwohnerinnen und Einwohnern; Jugendamt und Eingliederungshilfe für Kinder mit körperlicher oder geistiger Behinderung liegen in unterschiedlichen Dezernaten. Die Verfahrenslotsin hat eine Vollzeitstelle und ist in der Stabsstelle Jugendhilfeplanung angesiedelt.",
    approach:
      "Wir haben die Verfahrenslotsin bewusst nicht im Sozialen Dienst verortet, damit sie für Familien als unabhängige Anlaufstelle erkennbar ist. In den ersten sechs Monaten hat sie alle Teams von Jugendamt und Eingliederungshilfe besucht und mit ihnen typische Übergabesituationen durchgespielt. Mit Kinderarztpraxen, Frühförderstellen und drei freien Trägern der Behindertenhilfe gibt es inzwischen feste Absprachen, wann sie Familien auf die Lotsin hinweisen. Parallel führt die Lotsin ein anonymisiertes Fallprotokoll, das zeigt, an welchen Schnittstellen Familien hängen bleiben. Daraus entsteht der halbjährliche Bericht an die Amtsleitung, den das KJSG vorsieht und den wir für die Vorbereitung der inklusiven Lösung nutzen.",
    worked:
      "Seit den Absprachen mit den Frühförderstellen hat sich die Zahl der Anfragen vervierfacht, zuletzt waren es rund 25 Familien im Quartal. Das Fallprotokoll hat zwei konkrete Schnittstellenprobleme sichtbar gemacht, die inzwischen geregelt sind: doppelte Antragsformulare bei Schulbegleitungen und ungeklärte Zuständigkeiten bei Kindern, deren Diagnose sich ändert. Die Lotsin wird in der Verwaltung zunehmend als Wissensquelle für die Reform wahrgenommen, nicht nur als Beraterin im Einzelfall.",
    notWorked:
      "Die Eingliederungshilfe hat die Lotsin anfangs als Kontrollinstanz erlebt, und die Zusammenarbeit mit zwei Sachgebieten ist bis heute zäh. Eine Vollzeitstelle reicht bei der gestiegenen Nachfrage nicht mehr, eine Aufstockung ist im Haushalt 2026 aber nicht durchgekommen. Familien mit geringen Deutschkenntnissen erreichen wir bisher kaum, weil unsere Materialien nur auf Deutsch und in Leichter Sprache vorliegen.",
    transfer:
      "Die Verfahrenslotsin wird nur genutzt, wenn die Stellen, die Familien zuerst sehen, aktiv auf sie verweisen; Arztpraxen, Frühförderung und Kitas sind dafür wichtiger als Flyer. Ein schlankes Fallprotokoll von Beginn an liefert die Belege, die man später für Stellen und Strukturen braucht.",
    topics: ["inklusion-kjsg", "kooperation-traeger", "organisationsentwicklung"],
    visibility: "public",
    contactName: "Katrin Weißenfels, Verfahrenslotsin",
    publishedOn: "2025-06-12",
    linkedToProject: false,
  },
  {
    key: "wiesbaden-jugendhilfeausschuss-foerderplan-abgelehnt",
    ags: "06414",
    title: "Förderplan mit Sozialindex: Warum der Jugendhilfeausschuss unsere Umschichtung abgelehnt hat",
    problem:
      "Mit der Fortschreibung des Kinder- und Jugendförderplans wollten wir die Mittel für die offene Kinder- und Jugendarbeit stärker nach Bedarf verteilen. Nach unserem Vorschlag hätten drei Einrichtungen in gut situierten Ortsbezirken zusammen rund 180.000 Euro im Jahr verloren, die in Stadtteile mit hoher Kinderarmut geflossen wären. Der Jugendhilfeausschuss hat die Vorlage im Frühjahr 2025 zunächst vertagt und dann mit deutlicher Mehrheit abgelehnt.",
    context:
      "Wiesbaden ist Landeshauptstadt mit rund 280.000 Einwohnerinnen und Einwohnern und 26 Ortsbezirken. Die offene Kinder- und Jugendarbeit wird zu großen Teilen von freien Trägern betrieben, die im Jugendhilfeausschuss zwei Fünftel der stimmberechtigten Mitglieder stellen.",
    approach:
      "Fachlich war die Vorlage sauber: ein Sozialindex aus fünf Indikatoren, eine Rangfolge der Ortsbezirke und eine Umverteilung, gestreckt über drei Jahre. Den Entwurf haben wir allerdings im Amt fertiggestellt und erst mit der Sitzungsvorlage an Träger und Fraktionen gegeben. Die Vorlage umfasste 84 Seiten, die Folgen für einzelne Einrichtungen standen in einer Tabelle im Anhang. Zwei Ortsbeiräte erfuhren aus der Lokalpresse, dass „ihr“ Jugendzentrum gekürzt werden sollte, bevor die Verwaltung mit ihnen gesprochen hatte.",
    worked:
      "Im zweiten Anlauf haben wir die betroffenen Träger, die jugendpolitischen Sprecherinnen und Sprecher aller Fraktionen und die Ortsbeiräte vor der neuen Vorlage in drei Werkstattgespräche eingebunden. Der Sozialindex selbst wurde dabei kaum infrage gestellt, strittig waren Tempo und Ausgleich. Mit einer längeren Übergangsfrist und einer Kooperationspflicht zwischen benachbarten Einrichtungen hat der Jugendhilfeausschuss die überarbeitete Fassung Ende 2025 beschlossen.",
    notWorked:
      "Gescheitert ist der erste Anlauf nicht an den Daten, sondern daran, dass wir den Ausschuss als Ort der Entscheidung und nicht als Ort der Aushandlung behandelt haben. Die freien Träger lasen die Vorlage als Angriff auf gewachsene Strukturen und stimmten geschlossen dagegen, mehrere Ratsmitglieder folgten aus Loyalität zu ihren Ortsbezirken. Das verlorene Jahr hat die Umsetzung verzögert, und das Vertrauen zwischen Amt und zwei Trägern ist bis heute belastet.",
    transfer:
      "Umschichtungen im Förderplan gehören vor der Sitzungsvorlage in Gespräche mit Trägern, Fraktionen und Ortsbeiräten; eine gute Datengrundlage ersetzt keine Aushandlung. Die Folgen für einzelne Einrichtungen sollten vorne in der Vorlage stehen und nicht im Anhang.",
    topics: ["politische-kommunikation", "kinder-und-jugendfoerderplan", "ressourcen-priorisieren"],
    visibility: "public",
    contactName: "Andreas Böhm, Jugendhilfeplanung",
    publishedOn: "2026-02-10",
    linkedToProject: false,
  },
  {
    key: "gelsenkirchen-praeventionskette-quartiere",
    ags: "05513",
    title: "Präventionskette im Quartier: Drei Planungsräume mit hoher Kinderarmut zuerst",
    problem:
      "In einigen Gelsenkirchener Quartieren lebt mehr als jedes zweite Kind unter 15 Jahren in einer Familie, die Leistungen nach dem SGB II bezieht. Angebote gab es viele, doch sie waren kaum miteinander verknüpft, und gerade Familien in Armutslagen gingen zwischen Geburt, Kita und Grundschule immer wieder verloren. Eine stadtweite Präventionskette auf einen Schlag aufzubauen, war personell nicht leistbar.",
    context:
      "Gelsenkirchen ist eine kreisfreie Stadt im Ruhrgebiet mit rund 260.000 Einwohnerinnen und Einwohnern. Die Jugendhilfeplanung arbeitet mit 40 Planungsräumen, für die ein jährliches Sozialmonitoring vorliegt.",
    approach:
      "Anhand des Sozialmonitorings haben wir die drei Planungsräume ausgewählt, die die höchste Kinderarmut aufweisen und in denen es bereits Quartiersarbeit gab. In jedem Quartier gibt es eine halbe Stelle Präventionskoordination, die an das Quartiersbüro angebunden ist und nicht im Rathaus sitzt. Die Koordinatorinnen bringen Hebammen, Kitas, Grundschulen, Familienzentren und Beratungsstellen in einer Quartiersrunde zusammen, die konkrete Übergänge verabredet, etwa vom Willkommensbesuch nach der Geburt in die Eltern-Kind-Gruppe. Jedes Quartier hat ein kleines Verfügungsbudget für Lücken, die die Runde selbst erkennt. Die Jugendhilfeplanung wertet jährlich aus, wie viele Kinder mit Kita-Erfahrung eingeschult werden und wie viele Familien die Frühen Hilfen erreichen.",
    worked:
      "In allen drei Quartieren ist der Anteil der Kinder gestiegen, die vor der Einschulung mindestens zwei Jahre eine Kita besucht haben, im Planungsraum Bismarck-Ost um neun Prozentpunkte. Die Quartiersrunden sind zu einem Ort geworden, an dem Fachkräfte Lücken offen ansprechen, ohne sich gegenseitig Zuständigkeiten zuzuschieben. Die Verfügungsbudgets waren klein, aber wirksam, weil sie schnell Dinge wie einen Eingewöhnungskurs für neu zugewanderte Familien möglich machten.",
    notWorked:
      "Die Grundschulen waren in den Runden oft nicht vertreten, weil Lehrkräfte für solche Termine keine Zeit angerechnet bekommen. In den übrigen 37 Planungsräumen hat sich bisher nichts verändert, was in den Bezirksvertretungen zunehmend Fragen aufwirft.",
    transfer:
      "Lieber in wenigen Quartieren gründlich arbeiten als stadtweit dünn; entscheidend ist eine Koordination vor Ort, die die Fachkräfte persönlich kennen. Die Auswahl der Planungsräume sollte datenbasiert und öffentlich begründet sein, damit sie politisch trägt.",
    topics: ["kinderarmut", "praeventionsketten", "sozialraumorientierung"],
    visibility: "public",
    contactName: "Deniz Aydın, Jugendhilfeplanung",
    publishedOn: "2024-10-22",
    linkedToProject: false,
  },
  {
    key: "offenbach-schuleingangsuntersuchung-planungsdaten",
    ags: "06413",
    title: "Schuleingangsuntersuchung als Planungsdaten: Gesundheitsamt und Jugendhilfeplanung werten gemeinsam aus",
    problem:
      "Die Befunde der Schuleingangsuntersuchung zeigten für Offenbach seit Jahren hohe Anteile von Kindern mit Sprachauffälligkeiten, Übergewicht und versäumten Vorsorgeuntersuchungen. Die Daten lagen aber nur stadtweit beim Gesundheitsamt und spielten für Jugendhilfeplanung und Kita-Bedarfsplanung keine Rolle. Wo genau Unterstützung fehlte, konnte niemand sagen.",
    context:
      "Offenbach am Main ist eine dicht besiedelte kreisfreie Stadt mit knapp 130.000 Einwohnerinnen und Einwohnern und einem der höchsten Anteile von Kindern in Armutslagen in Hessen. Gesundheitsamt und Jugendamt gehören zu verschiedenen Dezernaten.",
    approach:
      "Gesundheitsamt und Jugendhilfeplanung haben 2024 eine Kooperationsvereinbarung geschlossen, die die Auswertung der Untersuchungsdaten nach Planungsräumen regelt. Die Daten werden im Gesundheitsamt zusammengefasst und erst ab mindestens 20 Kindern je Raum weitergegeben, damit keine Rückschlüsse auf Einzelne möglich sind. Gemeinsam haben wir sechs Indikatoren ausgewählt und mit den Sozialdaten der Planungsräume zusammengeführt. Die Ergebnisse haben wir mit Kitaleitungen und Kinderärztinnen in zwei Stadtteilkonferenzen besprochen, bevor sie in die Planung eingingen.",
    worked:
      "Die kleinräumige Auswertung zeigte, dass sich versäumte Vorsorgeuntersuchungen und Sprachförderbedarf in vier von 14 Planungsräumen ballen. Dort wurden zwei zusätzliche Sprachförderkräfte und eine aufsuchend arbeitende Kinderkrankenschwester eingesetzt, finanziert aus Landesmitteln. Die Zusammenarbeit mit dem Gesundheitsamt läuft seitdem selbstverständlich und nicht mehr über Einzelanfragen.",
    notWorked:
      "Die Abstimmung zum Datenschutz hat fast ein Jahr gedauert, weil zunächst niemand die Verantwortung für die Freigabe übernehmen wollte. Die Befunde kommen mit einem Jahr Verzug, sodass wir eher Trends als die aktuelle Lage sehen.",
    transfer:
      "Die Schuleingangsuntersuchung ist eine der wenigen Vollerhebungen eines ganzen Jahrgangs und damit für die Planung enorm wertvoll. Wer sie nutzen will, sollte den Datenschutz früh einbinden und eine Mindestfallzahl je Raum festlegen.",
    topics: ["gesundheit", "datenbasierte-planung", "kinderarmut"],
    visibility: "public",
    contactName: "Laura Brenner, Jugendhilfeplanung",
    publishedOn: "2024-06-05",
    linkedToProject: false,
  },
  {
    key: "freiburg-kinderparlament-budget",
    ags: "08311",
    title: "Kinderparlament mit eigenem Budget: Was nach zwei Wahlperioden bleibt",
    problem:
      "Freiburg hatte ein Beteiligungsformat für ältere Jugendliche, aber Kinder zwischen acht und zwölf Jahren kamen in der Stadtpolitik praktisch nicht vor. Frühere Kinderbeteiligungen zu Spielplätzen endeten oft mit Wunschlisten, von denen die Kinder nie wieder etwas hörten. Wir wollten ein Format, in dem Kinder erleben, dass ihre Entscheidungen Folgen haben.",
    context:
      "Freiburg im Breisgau ist eine wachsende Universitätsstadt mit rund 230.000 Einwohnerinnen und Einwohnern. Das Kinderparlament organisiert das Amt für Kinder, Jugend und Familie gemeinsam mit einem freien Träger der Kinder- und Jugendarbeit.",
    approach:
      "Jede Grundschule und jede weiterführende Schule bis Klasse sechs entsendet zwei gewählte Kinder für jeweils zwei Jahre in das Kinderparlament. Das Parlament tagt viermal im Jahr im Ratssaal und verfügt über ein eigenes Budget von 30.000 Euro jährlich. Zu jeder Sitzung kommt eine Person aus der Verwaltung, die Fragen aus der vorherigen Sitzung beantwortet und erklärt, was aus den Beschlüssen geworden ist. Einmal im Jahr tragen die Kinder ihre Anliegen im JHA vor, der sich verpflichtet hat, innerhalb von drei Monaten schriftlich zu antworten.",
    worked:
      "Mit ihrem Budget haben die Kinder unter anderem überdachte Sitzplätze an zwei Schulwegen und einen beleuchteten Bolzplatz finanziert; beides wurde innerhalb eines Jahres umgesetzt. Die verbindliche Rückmeldung in jeder Sitzung war der wichtigste Baustein, weil die Kinder sehen, dass ihre Fragen ernst genommen werden. Im JHA hat der jährliche Auftritt der Kinder die Debatte über Schulwege und Spielflächen spürbar verändert.",
    notWorked:
      "Kinder aus Familien mit wenig Geld und aus Förderschulen sind trotz der Wahl an allen Schulen deutlich unterrepräsentiert, weil vor allem sprachgewandte Kinder gewählt werden. Einige Ämter behandeln Anträge des Kinderparlaments weiterhin als nachrangig, sodass einzelne Vorhaben über ein Jahr liegen blieben. Die Begleitung ist zeitaufwendiger als geplant: Ohne pädagogische Betreuung zwischen den Sitzungen würde das Format nicht funktionieren, und diese Stunden waren im ersten Haushalt nicht eingeplant.",
    transfer:
      "Ein eigenes Budget und die Pflicht der Verwaltung zur Rückmeldung machen den Unterschied zwischen Beteiligung und bloßer Anhörung. Wer ein Kinderparlament plant, sollte von Anfang an aufsuchende Beteiligungsformate für Kinder vorsehen, die sich nicht zur Wahl stellen.",
    topics: ["beteiligung", "politische-kommunikation"],
    visibility: "public",
    contactName: "Lea Kammerer, Kinder- und Jugendbeteiligung",
    publishedOn: "2025-11-27",
    linkedToProject: false,
  },
  {
    key: "vogelsberg-asd-fachkraeftemangel",
    ags: "06535",
    title: "Fachkräftemangel im ASD eines Flächenkreises: Einarbeitung, Entlastung und was nicht gereicht hat",
    problem:
      "Im Allgemeinen Sozialen Dienst des Vogelsbergkreises waren Anfang 2024 sieben von 28 Vollzeitstellen unbesetzt, weitere Kolleginnen fielen langfristig aus. Bewerbungen kamen fast nur noch von Berufsanfängerinnen und Berufsanfängern, die nach der Einarbeitung oft ins Rhein-Main-Gebiet wechselten. Bei mehr als 60 Familien je Fachkraft war die Qualität im Kinderschutz gefährdet.",
    context:
      "Der Vogelsbergkreis ist ein ländlicher Landkreis in Mittelhessen mit gut 105.000 Einwohnerinnen und Einwohnern in 19 Städten und Gemeinden. Der ASD arbeitet in drei regionalen Teams, die Fahrzeit zu den Familien beträgt oft mehr als 40 Minuten.",
    approach:
      "Wir haben eine strukturierte Einarbeitung über zwölf Monate eingeführt, mit fester Patin, reduzierter Fallzahl im ersten Halbjahr und ohne eigene Kinderschutzfälle in den ersten drei Monaten. Die Teamleitungen wurden von Verwaltungsaufgaben entlastet, indem zwei Verwaltungsfachkräfte Dokumentation, Terminorganisation und Abrechnungen übernehmen. Mit einer Hochschule der Region haben wir ein Programm für das Praxissemester mit anschließender Übernahmezusage vereinbart. Zusätzlich können Fachkräfte an zwei Tagen pro Woche mobil arbeiten, was bei den langen Anfahrtswegen für viele entscheidend ist.",
    worked:
      "Die Fluktuation im ersten Beschäftigungsjahr ist deutlich gesunken: Von elf seit 2024 neu eingestellten Fachkräften sind neun geblieben. Das Praxissemester-Programm hat bereits vier Einstellungen gebracht, und die Entlastung durch die Verwaltungskräfte bewerten die Teams als spürbarste Verbesserung.",
    notWorked:
      "Eine Arbeitsmarktzulage für den ASD hat der Kreistag zweimal abgelehnt, weil andere Bereiche der Verwaltung Gleichbehandlung forderten. Die Anwerbung über Stellenportale und soziale Medien blieb nahezu wirkungslos, auf drei Kampagnen kamen insgesamt fünf geeignete Bewerbungen. Die strukturierte Einarbeitung bindet erfahrene Kolleginnen so stark, dass sie selbst an ihre Belastungsgrenze kommen, und zwei Patinnen haben inzwischen in andere Bereiche gewechselt. Noch immer sind vier Stellen offen, und in einem Team werden Hausbesuche nach Dringlichkeit priorisiert.",
    transfer:
      "Die Bindung bereits eingestellter Fachkräfte lässt sich leichter beeinflussen als die Zahl der Bewerbungen; dort sollte man zuerst investieren. Patenschaften in der Einarbeitung müssen als Arbeitszeit angerechnet werden, sonst verlagert man das Problem nur auf die Erfahrenen.",
    topics: ["fuehrung", "organisationsentwicklung"],
    visibility: "municipality",
    contactName: "Heike Stumpf, Leitung Allgemeiner Sozialer Dienst",
    publishedOn: "2025-01-30",
    linkedToProject: false,
  },
  {
    key: "ortenau-inklusive-loesung-schulbegleitung",
    ags: "08317",
    title: "Auf dem Weg zur inklusiven Lösung: Gemeinsame Bedarfsplanung von Jugendamt und Eingliederungshilfe",
    problem:
      "Das Kinder- und Jugendstärkungsgesetz sieht vor, dass die Jugendhilfe künftig auch für junge Menschen mit körperlicher und geistiger Behinderung zuständig wird. Im Ortenaukreis wussten Jugendamt und Eingliederungshilfe aber kaum etwas über die Fälle des jeweils anderen, die Daten lagen in getrennten Fachverfahren mit unterschiedlichen Kategorien. Ohne gemeinsame Datengrundlage konnten wir weder Personal noch Angebote für den Übergang planen.",
    context:
      "Der Ortenaukreis ist mit rund 430.000 Einwohnerinnen und Einwohnern und 51 Städten und Gemeinden der flächengrößte Landkreis Baden-Württembergs. Jugendamt und Eingliederungshilfe gehören zum selben Dezernat, arbeiteten bisher aber in getrennten Strukturen.",
    approach:
      "Eine Planungsgruppe aus beiden Bereichen hat 2024 erstmals alle laufenden Leistungen für Kinder und Jugendliche mit Behinderung nach Alter, Leistungsart und Wohnort ausgewertet. Besonders genau haben wir uns die Schulbegleitungen angesehen, weil hier die Zahl der Fälle am stärksten wächst. In einem Pilotprojekt an vier Schulen wird Schulbegleitung nicht mehr pro Kind, sondern als Pool für die ganze Schule bereitgestellt, gemeinsam mit einem freien Träger. Parallel arbeiten Fachkräfte beider Bereiche in gemischten Fallteams, um Bedarfsermittlung und Hilfeplanung einander anzugleichen.",
    worked:
      "Die gemeinsame Auswertung ergab rund 1.900 Kinder und Jugendliche mit Leistungen der Eingliederungshilfe, deutlich mehr, als beide Bereiche geschätzt hatten. Der Pool an den Pilotschulen hat Wartezeiten auf eine Schulbegleitung praktisch beseitigt und die Zahl der Begleitpersonen im Klassenzimmer verringert. In den gemischten Fallteams haben sich gegenseitige Vorbehalte zwischen sozialpädagogischer und eher medizinisch geprägter Sichtweise spürbar abgebaut.",
    notWorked:
      "Die Zusammenführung der Daten war technisch mühsam und musste größtenteils von Hand erfolgen. Einige Eltern lehnen den Pool ab, weil sie für ihr Kind eine feste Begleitperson wünschen.",
    transfer:
      "Wer die inklusive Lösung vorbereiten will, sollte mit einer gemeinsamen Auswertung der Fallzahlen beginnen, auch wenn sie noch unvollständig ist. Pool-Modelle an Schulen eignen sich gut als erstes sichtbares Projekt, weil Schulen, Träger und Familien den Unterschied direkt merken.",
    topics: ["inklusion-kjsg", "integrierte-sozialplanung"],
    visibility: "public",
    contactName: "Michael Schätzle, Jugendhilfe- und Teilhabeplanung",
    publishedOn: "2024-09-16",
    linkedToProject: false,
  },
  {
    key: "ortenau-beteiligungsmobil-gemeinden",
    ags: "08317",
    title: "Jugendbeteiligung in 51 Gemeinden: Aufsuchende Beteiligung mit dem Beteiligungsmobil",
    problem:
      "Beteiligungsformate im Ortenaukreis fanden bisher fast nur in den größeren Städten wie Offenburg, Lahr oder Kehl statt. Junge Menschen aus kleinen Schwarzwaldgemeinden kamen dort nicht hin und waren auch in Umfragen kaum vertreten. Der Jugendhilfeplanung fehlte damit genau die Sicht derjenigen, die am stärksten unter schlechter Anbindung und wenigen Angeboten leiden.",
    context:
      "Der Ortenaukreis ist ein Flächenkreis mit 51 Städten und Gemeinden zwischen Rheinebene und Schwarzwald. Die Kreisjugendpflege arbeitet eng mit den kommunalen Jugendreferaten zusammen, in vielen kleinen Gemeinden gibt es aber keine hauptamtliche Jugendarbeit.",
    approach:
      "Seit 2025 fährt ein umgebauter Kleinbus mit zwei Fachkräften der Kreisjugendpflege durch den Kreis und hält dort, wo junge Menschen ohnehin sind: an Schulen, Bushaltestellen, Sportplätzen und auf Dorffesten. Mit kurzen, spielerischen Formaten wie Stimmkarten, Ortsplänen zum Bemalen und einer Tablet-Umfrage in einfacher Sprache werden Wünsche und Probleme erhoben. Jede Gemeinde erhält danach eine zweiseitige Auswertung und eine Einladung zu einem Gespräch zwischen Jugendlichen und Bürgermeisterin oder Bürgermeister. Die Ergebnisse aller Gemeinden fließen in die Jugendhilfeplanung des Kreises ein.",
    worked:
      "Im ersten Jahr hat das Beteiligungsmobil 38 Gemeinden besucht und rund 2.400 junge Menschen erreicht, viele davon zum ersten Mal in einem Beteiligungsformat. Mobilität und fehlende Treffpunkte waren mit Abstand die wichtigsten Themen, was die Planung jetzt mit Zahlen belegen kann. In elf Gemeinden kam es zu einem Gespräch mit der Gemeindespitze, in vier davon wurden bereits konkrete Vorschläge umgesetzt.",
    notWorked:
      "In Gemeinden ohne Jugendreferat verpufften die Ergebnisse häufig, weil niemand vor Ort die Anliegen weiterverfolgte. Jugendliche ab 16 Jahren erreichten wir schlecht, da sie tagsüber in Ausbildung oder Berufsschule sind.",
    transfer:
      "Aufsuchende Beteiligung erreicht andere junge Menschen als Veranstaltungen, braucht aber in jeder Gemeinde eine verlässliche Ansprechperson, die die Ergebnisse aufgreift. Die Rückmeldung an die Jugendlichen sollte von Anfang an eingeplant sein.",
    topics: ["beteiligung", "laendlicher-raum"],
    visibility: "public",
    contactName: "Sarah Kienzler, Kreisjugendpflege",
    publishedOn: "2026-04-14",
    linkedToProject: false,
  },
  {
    key: "cochem-zell-jugend-ruftaxi",
    ags: "07135",
    title: "Jugend-Ruftaxi im Landkreis: Warum unser Mobilitätsangebot kaum genutzt wurde",
    problem:
      "In einer Jugendbefragung 2023 nannten fast drei Viertel der Jugendlichen im Landkreis Cochem-Zell fehlende Busverbindungen am Abend und am Wochenende als größtes Problem. Jugendtreffs und Vereinsangebote in den Nachbarorten waren für viele ohne Eltern mit Auto nicht erreichbar. Wir wollten mit einem Jugend-Ruftaxi eine schnelle, sichtbare Antwort geben.",
    context:
      "Cochem-Zell ist mit rund 62.000 Einwohnerinnen und Einwohnern einer der kleinsten Landkreise in Rheinland-Pfalz, verteilt auf fast 90 Ortsgemeinden an Mosel, in der Eifel und im Hunsrück. Der Busverkehr ist weitgehend auf den Schülerverkehr ausgerichtet.",
    approach:
      "Gemeinsam mit zwei Taxiunternehmen haben wir 2024 ein Ruftaxi für 12- bis 21-Jährige eingeführt, das freitags und samstags bis Mitternacht für einen Eigenanteil von zwei Euro fährt. Gebucht wurde telefonisch mit mindestens 60 Minuten Vorlauf, die Differenz zum Fahrpreis übernahm der Kreis aus Mitteln der Jugendförderung. Beworben wurde das Angebot über Schulen, Plakate und die Jugendtreffs. Für die Auswertung haben wir die Fahrten monatlich nach Ort und Uhrzeit erfasst.",
    worked:
      "Eine kleine Gruppe von Jugendlichen, vor allem aus drei Hunsrückdörfern, hat das Ruftaxi regelmäßig genutzt, um zum Training oder in den Jugendtreff zu kommen. Die Auswertung zeigt, welche Verbindungen tatsächlich gebraucht werden, und liefert jetzt Argumente für die Fortschreibung des Nahverkehrsplans.",
    notWorked:
      "Nach einem Jahr waren im Schnitt nur 14 Fahrten pro Wochenende gebucht, kalkuliert hatten wir mit 80. Die telefonische Buchung mit einer Stunde Vorlauf passte nicht zu spontanen Verabredungen, und viele Jugendliche wollten nicht allein mit einem fremden Fahrer unterwegs sein. Die Jugendlichen selbst hatten wir an der Ausgestaltung nicht beteiligt, wir hatten nur das Ergebnis der Befragung übernommen. Der Kreistag hat das Angebot Ende 2025 eingestellt, weil die Kosten pro Fahrt in keinem Verhältnis zur Nutzung standen.",
    transfer:
      "Eine Befragung zeigt, wo das Problem liegt, aber nicht, welche Lösung genutzt wird; die Ausgestaltung sollte mit Jugendlichen erprobt werden, bevor man sie einführt. Ein Mobilitätsangebot für Jugendliche braucht eine Buchung per App oder Messenger und möglichst Sammelfahrten für Gruppen.",
    topics: ["laendlicher-raum", "wirkungsorientierung"],
    visibility: "network",
    contactName: "Jonas Theisen, Kreisjugendpflege",
    publishedOn: "2026-01-20",
    linkedToProject: false,
  },
  {
    key: "nuernberg-fruehe-hilfen-kinderarztpraxen",
    ags: "09564",
    title: "Frühe Hilfen in der Kinderarztpraxis: Lotsensprechstunde für belastete Familien",
    problem:
      "Kinderärztinnen und Kinderärzte sehen fast alle Familien in den ersten Lebensjahren, trotzdem fanden viele belastete Familien nicht den Weg in die Frühen Hilfen. Die Praxen hatten zwar Flyer, aber für ein Gespräch über Überforderung, Geldsorgen oder psychische Belastungen fehlte in der Sprechstunde die Zeit. Umgekehrt kannte die Koordinierungsstelle Frühe Hilfen die Praxen kaum.",
    context:
      "Nürnberg ist mit rund 520.000 Einwohnerinnen und Einwohnern die zweitgrößte Stadt Bayerns. Die Koordinierungsstelle Frühe Hilfen ist im Jugendamt angesiedelt, die Angebote erbringen überwiegend freie Träger der Familienbildung und Beratung.",
    approach:
      "In sechs Kinderarztpraxen in Stadtteilen mit vielen jungen Familien bieten Fachkräfte freier Träger seit 2024 einmal pro Woche eine Lotsensprechstunde direkt in der Praxis an. Die Ärztinnen und Ärzte sprechen Familien bei Anzeichen von Belastung an und stellen den Kontakt noch am selben Tag her. Die Lotsinnen klären den Unterstützungsbedarf und vermitteln zu Familienhebammen, Elterncafés, Schuldnerberatung oder Erziehungsberatung. Einmal im Quartal trifft sich ein Qualitätszirkel aus Praxen, Trägern und Koordinierungsstelle, der Fälle anonymisiert bespricht.",
    worked:
      "In den ersten zwölf Monaten wurden über 300 Familien beraten, zwei Drittel davon hatten vorher keinen Kontakt zu einem Angebot der Frühen Hilfen. Die Praxen berichten, dass sie belastende Themen eher ansprechen, weil sie wissen, wohin sie verweisen können. Der Qualitätszirkel hat das gegenseitige Verständnis zwischen Gesundheitswesen und Jugendhilfe deutlich verbessert.",
    notWorked:
      "Zwei weitere Praxen sind nach kurzer Zeit wieder ausgestiegen, weil ihnen Raumbedarf und Abstimmungsaufwand zu groß wurden. Die Finanzierung läuft bislang über befristete Bundes- und Landesmittel, eine Regelfinanzierung ist noch nicht gesichert.",
    transfer:
      "Der Schlüssel ist die Präsenz in der Praxis: Eine Lotsin vor Ort erreicht Familien, die auf keinen Flyer reagieren. Für den Start lohnt es sich, Praxen mit besonders engagierten Ärztinnen und Ärzten auszuwählen und erst danach zu erweitern.",
    topics: ["gesundheit", "praeventionsketten", "kooperation-traeger"],
    visibility: "public",
    contactName: "Eva Lindner, Koordinierungsstelle Frühe Hilfen",
    publishedOn: "2024-12-03",
    linkedToProject: false,
  },
  {
    key: "nuernberg-psychische-gesundheit-befragung",
    ags: "09564",
    title: "Psychische Gesundheit Jugendlicher: Schulbefragung als Grundlage für die Jugendhilfeplanung",
    problem:
      "Nach der Pandemie meldeten Schulsozialarbeit, Beratungsstellen und Jugendtreffs zunehmend Jugendliche mit Ängsten, sozialem Rückzug und selbstverletzendem Verhalten. Auf einen Therapieplatz warteten Betroffene oft mehr als ein halbes Jahr. Belastbare Zahlen dazu, wie viele Jugendliche betroffen sind und welche Unterstützung sie sich selbst wünschen, hatten wir aber nicht.",
    context:
      "In Nürnberg leben rund 35.000 Jugendliche zwischen 12 und 18 Jahren; die Jugendhilfeplanung arbeitet mit den Stadtteilen als Planungsräumen. Gesundheitsamt, Schulverwaltung und Jugendamt haben 2024 erstmals ein gemeinsames Vorhaben zur psychischen Gesundheit vereinbart.",
    approach:
      "Gemeinsam mit dem Gesundheitsamt haben wir einen kurzen Online-Fragebogen entwickelt, den Schülerinnen und Schüler der Klassen 7 bis 10 im Unterricht ausfüllen konnten. Den Fragebogen haben wir vorher mit dem Jugendrat und einer Schulklasse getestet und sprachlich vereinfacht. Neben dem Befinden fragten wir, an wen sich Jugendliche bei Sorgen wenden und welche Angebote sie kennen. Die Ergebnisse wurden in vier Jugendwerkstätten mit Schülerinnen und Schülern diskutiert, bevor daraus Maßnahmen entstanden.",
    worked:
      "Rund 4.800 Jugendliche aus 23 Schulen haben teilgenommen, was für die meisten Stadtteile belastbare Aussagen erlaubt. Jede vierte befragte Person gab an, sich häufig niedergeschlagen zu fühlen, und nur wenige kannten die Beratungsangebote der Stadt. In den Jugendwerkstätten entstand die Idee einer anonymen Chatberatung, die inzwischen ein freier Träger anbietet.",
    notWorked:
      "Mittelschulen waren unterrepräsentiert, weil mehrere Schulleitungen die Teilnahme wegen des Unterrichtsausfalls abgelehnt haben. Die Befragung zeigt außerdem Bedarfe, die die Jugendhilfe allein nicht decken kann, denn die Zahl der Therapieplätze liegt nicht in unserer Hand.",
    transfer:
      "Eine Befragung zur psychischen Gesundheit sollte immer mit konkreten Anlaufstellen für betroffene Jugendliche verbunden sein, etwa mit Hinweisen am Ende des Fragebogens. Die Beteiligung Jugendlicher an der Auswertung hat mehr brauchbare Ideen gebracht als die Zahlen allein.",
    topics: ["gesundheit", "beteiligung", "datenbasierte-planung"],
    visibility: "public",
    contactName: "Florian Merkl, Jugendhilfeplanung",
    publishedOn: "2025-07-08",
    linkedToProject: false,
  },
  {
    key: "freyung-grafenau-jugendberufsagentur",
    ags: "09272",
    title: "Übergang Schule–Beruf im ländlichen Raum: Jugendberufsagentur ohne festen Standort",
    problem:
      "Im Landkreis Freyung-Grafenau verließen Jahr für Jahr junge Menschen die Mittelschule ohne Anschluss, und ein Teil von ihnen tauchte erst Jahre später im Jobcenter wieder auf. Agentur für Arbeit, Jobcenter und Jugendamt betreuten oft dieselben Jugendlichen, aber ohne Absprache. Für eine Jugendberufsagentur mit eigenem Gebäude fehlten Geld und die nötige Zahl an Ratsuchenden an einem Ort.",
    context:
      "Freyung-Grafenau ist ein ländlicher Landkreis im Bayerischen Wald mit rund 78.000 Einwohnerinnen und Einwohnern in 25 Gemeinden. Viele Jugendliche pendeln lange zu Berufsschulen und Ausbildungsbetrieben, teils bis nach Passau oder Deggendorf.",
    approach:
      "Wir haben eine Jugendberufsagentur ohne eigenes Haus aufgebaut: Fachkräfte von Arbeitsagentur, Jobcenter und Jugendamt bieten gemeinsame Sprechstunden an den Mittelschulen und im Berufsschulzentrum an. Eine Kooperationsvereinbarung regelt den Datenaustausch mit Einwilligung der Jugendlichen, damit niemand seine Geschichte dreimal erzählen muss. Für Jugendliche ohne Anschluss gibt es eine feste monatliche Fallkonferenz. Die Jugendhilfeplanung wertet jährlich aus, wie viele Abgängerinnen und Abgänger sechs Monate nach Schulende in Ausbildung, Schule oder einer Maßnahme sind.",
    worked:
      "Der Anteil der Mittelschulabgängerinnen und Mittelschulabgänger mit unklarem Verbleib ist in zwei Jahrgängen von rund 11 auf 4 Prozent gesunken. Die Sprechstunden an den Schulen erreichen auch Jugendliche, die nie von sich aus in eine Behörde gegangen wären. Die gemeinsame Fallkonferenz hat das Verständnis zwischen den drei Rechtskreisen deutlich verbessert.",
    notWorked:
      "Jugendliche, die die Schule abbrechen oder schon länger nicht mehr erscheinen, erreichen wir mit Sprechstunden in Schulen naturgemäß nicht. Durch den häufigen Personalwechsel im Jobcenter müssen Absprachen immer wieder neu getroffen werden.",
    transfer:
      "Eine Jugendberufsagentur braucht im ländlichen Raum kein Gebäude, sondern verlässliche gemeinsame Präsenzzeiten dort, wo junge Menschen ohnehin sind. Die Einwilligung zum Datenaustausch sollte schon in der Vorabgangsklasse eingeholt werden.",
    topics: ["bildungsuebergaenge", "laendlicher-raum"],
    visibility: "public",
    contactName: "Johanna Weinberger, Jugendhilfeplanung",
    publishedOn: "2024-03-19",
    linkedToProject: false,
  },
  {
    key: "saarbruecken-sozialmonitoring-regionalverband",
    ags: "10041",
    title: "Gemeinsames Sozialmonitoring für zehn Kommunen: Kinderarmut kleinräumig sichtbar machen",
    problem:
      "Im Regionalverband Saarbrücken ist Kinderarmut sehr ungleich verteilt: In manchen Stadtteilen lebt fast jedes zweite Kind in einer Bedarfsgemeinschaft, in anderen kaum jedes zehnte. Der Regionalverband ist Träger der öffentlichen Jugendhilfe, für Schulgebäude, Kitas und Quartiersarbeit sind aber vielfach die zehn Städte und Gemeinden zuständig. Jede Verwaltung hatte eigene Daten, ein gemeinsames Bild gab es nicht.",
    context:
      "Der Regionalverband Saarbrücken ist ein kommunaler Verband mit rund 330.000 Einwohnerinnen und Einwohnern, der die Aufgaben eines Landkreises wahrnimmt. Zu ihm gehören die Landeshauptstadt Saarbrücken und neun weitere Städte und Gemeinden.",
    approach:
      "Jugendhilfeplanung und Sozialplanung haben gemeinsam ein Sozialmonitoring für 68 Planungsräume aufgebaut, mit zwölf Indikatoren zu Armut, Bildung, Gesundheit und Bevölkerung. Die Daten kommen aus Jobcenter, Einwohnermeldewesen, Schulstatistik und Schuleingangsuntersuchung und werden jährlich aktualisiert. Für jede Kommune gibt es einen Kurzbericht mit Karten, den wir in den jeweiligen Räten vorgestellt haben. Ein gemeinsamer Lenkungskreis der Sozialdezernentinnen und Sozialdezernenten sollte daraus Prioritäten für Angebote ableiten.",
    worked:
      "Das Monitoring hat erstmals sichtbar gemacht, dass sich Kinderarmut nicht nur in der Landeshauptstadt, sondern auch in einzelnen Planungsräumen kleinerer Gemeinden stark ballt. Zwei Gemeinden haben auf dieser Grundlage Landesmittel für Familienzentren beantragt und erhalten. Träger und Politik nutzen die Kurzberichte gern, weil sie auf einer Seite zeigen, wo ein Planungsraum steht.",
    notWorked:
      "Der Lenkungskreis hat nach zwei Sitzungen faktisch aufgehört zu tagen, weil keine Kommune bereit war, eigene Mittel zugunsten anderer Gemeinden umzuschichten. Damit ist das Monitoring bisher ein Instrument der Beschreibung geblieben, nicht der Steuerung. Die Schuldaten sind lückenhaft, weil nicht alle Schulträger sie kleinräumig bereitstellen. Außerdem ist die jährliche Aktualisierung mit einer halben Stelle kaum zu schaffen.",
    transfer:
      "Ein gemeinsames Monitoring mehrerer Kommunen lohnt sich schon wegen der geteilten Sicht auf die Probleme, ersetzt aber keine Verabredung darüber, wer welche Konsequenzen zieht. Diese Verabredung sollte vor dem Aufbau der Datenbasis getroffen werden.",
    topics: ["datenbasierte-planung", "integrierte-sozialplanung", "kinderarmut"],
    visibility: "public",
    contactName: "Nicole Backes, Sozial- und Jugendhilfeplanung",
    publishedOn: "2026-06-23",
    linkedToProject: false,
  },
  {
    key: "landkreis-rosenheim-foerderplan-prioritaeten",
    ags: "09187",
    title: "Kinder- und Jugendförderplan im Landkreis: Prioritäten gemeinsam mit Kreisjugendring und Gemeinden setzen",
    problem:
      "Der Landkreis Rosenheim hatte seinen Kinder- und Jugendförderplan seit über zehn Jahren nicht fortgeschrieben, die Zuschüsse für Jugendarbeit wurden jedes Jahr nach altem Schlüssel verteilt. Gleichzeitig kamen neue Aufgaben wie Jugendsozialarbeit an Schulen und Angebote für geflüchtete Jugendliche hinzu, während der Kreishaushalt immer knapper wurde. Es fehlte eine nachvollziehbare Grundlage für die Entscheidung, was Vorrang hat.",
    context:
      "Der Landkreis Rosenheim hat rund 260.000 Einwohnerinnen und Einwohner in 46 Gemeinden. Die Jugendarbeit wird stark vom Kreisjugendring und von Vereinen getragen, viele Gemeinden beschäftigen eigene Jugendpflegerinnen und Jugendpfleger.",
    approach:
      "Jugendamt und Kreisjugendring haben den Förderplan gemeinsam erarbeitet und dazu eine Steuerungsgruppe mit Vertreterinnen und Vertretern der Gemeinden gebildet. Zuerst haben wir alle geförderten Angebote mit Kosten, Reichweite und Zielgruppe erfasst und mit den Ergebnissen einer Jugendbefragung abgeglichen. Für die Priorisierung wurden vier Kriterien festgelegt: Bedarf laut Daten und Befragung, Erreichbarkeit im ländlichen Raum, Nutzen für benachteiligte junge Menschen und Möglichkeit der Kofinanzierung. Jedes Handlungsfeld erhielt danach eine Stufe, die im Haushalt über Ausbau, Erhalt oder Auslaufen entscheidet.",
    worked:
      "Die Kriterien haben die Debatte im Kreistag entlastet, weil nicht mehr über einzelne Zuschüsse, sondern über nachvollziehbare Regeln gestritten wurde. Zwei Angebote mit sehr geringer Reichweite liefen aus, die frei werdenden Mittel gingen in mobile Jugendarbeit für Gemeinden ohne eigene Jugendpflege. Die Zusammenarbeit mit dem Kreisjugendring ist durch die gemeinsame Arbeit deutlich enger geworden.",
    notWorked:
      "Die Bewertung des Nutzens blieb weitgehend Einschätzung, weil für die meisten Angebote keine Daten zu ihrer Wirkung vorlagen. Einzelne Gemeinden haben sich aus dem Prozess zurückgezogen, als klar wurde, dass ihre Zuschüsse nicht steigen.",
    transfer:
      "Wenige, vorher gemeinsam festgelegte Kriterien helfen bei knappen Haushaltsmitteln mehr als ein umfassendes Punktesystem. Entscheidend war, dass der Kreisjugendring von Anfang an Mitautor des Plans war und nicht nur angehört wurde.",
    topics: ["kinder-und-jugendfoerderplan", "ressourcen-priorisieren", "laendlicher-raum"],
    visibility: "public",
    contactName: "Stefan Huber, Kommunale Jugendarbeit",
    publishedOn: "2025-05-06",
    linkedToProject: false,
  },
];
