import type { ReportSeed } from "./types.ts";

/** Invented practice reports by the Fellow municipalities Bonn, Frankfurt am Main, Hamburg, Halle (Saale) and Herford. */
export const fellowReportsA: ReportSeed[] = [
  {
    key: "bonn-jugendforum-foerderplan",
    ags: "05314",
    title: "Jugendforum gestaltet die Fortschreibung des Kinder- und Jugendförderplans mit",
    problem:
      "Beim letzten Kinder- und Jugendförderplan kamen junge Menschen erst zu Wort, als die Schwerpunkte längst feststanden: Eine Online-Umfrage am Ende konnte kaum noch etwas verändern. Für die Fortschreibung wollten wir, dass Jugendliche die Ziele selbst mitbestimmen und nicht nur kommentieren. Offen war, wie das gelingt, ohne dass am Ende wieder nur die ohnehin engagierten Schülerinnen und Schüler der Gymnasien am Tisch sitzen.",
    context:
      "Bonn ist eine kreisfreie Stadt mit rund 330.000 Einwohnerinnen und Einwohnern in vier Stadtbezirken. Den Förderplan erarbeiten wir gemeinsam mit den freien Trägern und dem JHA; seine Fortschreibung ist unser Vorhaben im Fellow-Programm.",
    approach:
      "Wir haben ein Jugendforum mit 34 jungen Menschen zwischen 13 und 21 Jahren gebildet und gut die Hälfte davon über Jugendzentren und Mobile Jugendarbeit gewonnen statt über Schulen. Das Forum traf sich an vier Samstagen, jedes Mal in einem anderen Stadtbezirk, und begann mit einer Stadtteilbegehung. Parallel haben Fachkräfte der offenen Arbeit an Treffpunkten aufsuchend nachgefragt, mit einem kurzen Fragebogen in leichter Sprache; so kamen 410 Rückmeldungen zusammen. Aus beidem formulierte das Forum sieben Anliegen, die wir wörtlich als Zielentwürfe in den Planentwurf übernommen haben. Zwei Delegierte haben die Anliegen selbst in der Planungsgruppe aus Trägern und Verwaltung vorgestellt und arbeiten dort seither mit.",
    worked:
      "Die Anliegen waren konkreter als erwartet: längere Öffnungszeiten am Freitagabend, sichere Wege im Winter, Räume ohne Konsumzwang. Weil die Delegierten in der Planungsgruppe sitzen, müssen Träger und Verwaltung begründen, wenn ein Anliegen nicht aufgenommen wird – das hat die Diskussionen spürbar verändert. Eine kleine Aufwandsentschädigung und ÖPNV-Tickets haben die Teilnahme über alle vier Termine stabil gehalten.",
    notWorked:
      "Junge Menschen mit Behinderung haben wir kaum erreicht, weil wir Förderschulen und Einrichtungen der Eingliederungshilfe zu spät angesprochen haben. Der dritte Termin fiel in die Abiturphase und war nur zur Hälfte besetzt.",
    transfer:
      "Wer ein Jugendforum plant, sollte zuerst die Zugänge über die offene Arbeit aufbauen und Schulen erst danach ansprechen. Entscheidend ist, vorab festzulegen, was mit den Anliegen geschieht, und das den Jugendlichen offen zu sagen.",
    topics: ["beteiligung", "kinder-und-jugendfoerderplan"],
    visibility: "public",
    contactName: "Miriam Oberländer, Jugendhilfeplanung",
    publishedOn: "2026-07-16",
    linkedToProject: true,
  },
  {
    key: "bonn-jhp-schulentwicklungsplanung-gemeinsam",
    ags: "05314",
    title: "Jugendhilfeplanung und Schulentwicklungsplanung: vom Nebeneinander zu gemeinsamen Planungsräumen",
    problem:
      "Jugendhilfeplanung und Schulentwicklungsplanung arbeiteten lange mit unterschiedlichen Gebietsgliederungen: Das Jugendamt plante in Sozialräumen, das Schulamt in Schulbezirken und Einzugsbereichen. Zahlen ließen sich nicht übereinanderlegen, und beim Ausbau des Ganztags oder der Schulsozialarbeit sprachen beide Seiten über verschiedene Gebiete. Die Ausschüsse entschieden dadurch oft getrennt voneinander, gelegentlich sogar gegeneinander.",
    context:
      "Bonn hat die Planungsräume von Jugendamt und Schulamt vor rund zehn Jahren aufeinander abgestimmt. Beide Ämter gehören zum selben Dezernat; die Fachplanungen sind jeweils mit wenigen Stellen besetzt.",
    approach:
      "Zuerst haben wir uns auf eine gemeinsame Gliederung in Planungsräume geeinigt, die aus statistischen Bezirken besteht und Grundschuleinzugsbereiche möglichst nicht zerschneidet. Danach entstand ein gemeinsamer Datensatz: Bevölkerungsprognose, Übergangsquoten, Ganztagsplätze, HzE-Fälle und SGB-II-Quote bereitet die Statistikstelle einmal im Jahr für beide Planungen kleinräumig auf. Ein Planungskreis aus Jugendhilfeplanung, Schulentwicklungsplanung, Kita-Bedarfsplanung und Schulaufsicht trifft sich seitdem alle sechs Wochen. Einmal im Jahr tagen Jugendhilfeausschuss und Schulausschuss gemeinsam zu einem Bildungsbericht, den beide Planungen zusammen vorlegen.",
    worked:
      "Vorlagen zum Ganztag, zur Schulsozialarbeit und zu Kita-Neubauten gehen seither abgestimmt in die Gremien, statt dass sich die Ämter gegenseitig Zahlen vorhalten. Der gemeinsame Datensatz erspart doppelte Abfragen, und die Schulaufsicht nutzt ihn inzwischen auch für eigene Zwecke. In der gemeinsamen Ausschusssitzung wurde für viele Ratsmitglieder erstmals sichtbar, wie stark sich niedrige Übergangsquoten und Armutslagen in denselben Planungsräumen überlagern.",
    notWorked:
      "Die Abstimmung hat Jahre gedauert, und einige Planungsräume sind Kompromisse, die keiner Seite ganz gerecht werden. Daten der Schulen in freier Trägerschaft und der Förderschulen fehlen bis heute im gemeinsamen Datensatz.",
    transfer:
      "Ohne gemeinsame Gebietsgliederung bleibt die Zusammenarbeit von Jugendhilfe und Schule beim guten Willen stehen. Es lohnt sich, zuerst die Geografie zu klären und erst danach über gemeinsame Ziele zu sprechen.",
    topics: ["integrierte-sozialplanung", "bildungsuebergaenge", "datenbasierte-planung"],
    visibility: "public",
    contactName: "Thomas Wegener, Jugendhilfeplanung",
    publishedOn: "2024-06-12",
    linkedToProject: false,
  },
  {
    key: "bonn-traegerwerkstaetten-foerderplan",
    ags: "05314",
    title: "Rückblick: Trägerwerkstätten zum Förderplan 2022–2025 – was half und wo es hakte",
    problem:
      "Bei früheren Förderplänen waren die freien Träger vor allem in der Schlussphase beteiligt, wenn es um die Verteilung der Mittel ging. Das hat Misstrauen erzeugt: Viele Träger hatten den Eindruck, die Verwaltung lege die Schwerpunkte fest und ihnen bleibe nur das Ringen um Budgets. Für den Plan 2022–2025 wollten wir sie von Anfang an als Partner in die Bedarfsermittlung holen.",
    context:
      "In Bonn arbeiten rund 40 freie Träger in der Kinder- und Jugendförderung, von großen Wohlfahrtsverbänden bis zu kleinen Vereinen mit einer halben Stelle. Die Arbeitsgemeinschaft nach § 78 SGB VIII tagt viermal im Jahr.",
    approach:
      "Statt einer großen Trägerkonferenz gab es drei Werkstätten zu den Handlungsfeldern offene Kinder- und Jugendarbeit, Jugendverbandsarbeit und Jugendsozialarbeit. Jede Werkstatt begann mit Daten aus der Sozialraumanalyse und Rückmeldungen junger Menschen; über Angebote sprachen wir erst danach. Eine externe Moderatorin leitete die Werkstätten, damit die Verwaltung selbst mitdiskutieren konnte. Die Ergebnisse gingen jeweils innerhalb einer Woche als Protokoll mit offenen Fragen an alle Beteiligten.",
    worked:
      "Es entstand ein gemeinsamer Blick auf die Bedarfe, bevor das Geld auf dem Tisch lag; mehrere Träger schlugen daraufhin gemeinsame Angebote für unterversorgte Sozialräume vor. Die externe Moderation wurde von beiden Seiten ausdrücklich gelobt.",
    notWorked:
      "Kleine Vereine konnten an Vormittagsterminen kaum teilnehmen, weil ihre wenigen Fachkräfte dann in den Einrichtungen gebraucht wurden. In der Werkstatt zur offenen Arbeit kippte die Stimmung, als klar wurde, dass die Mittel nicht steigen würden – ab da ging es vor allem um die Sicherung bestehender Angebote. Außerdem hatten wir nicht vorab geklärt, wie verbindlich die Werkstattergebnisse für die spätere Mittelverteilung sind, was bei einigen Trägern zu deutlicher Enttäuschung führte.",
    transfer:
      "Legen Sie vor der ersten Werkstatt offen, welche Entscheidungen dort tatsächlich fallen können und welche nicht. Termine am späten Nachmittag und eine digitale Zuschaltmöglichkeit erhöhen die Chance, dass auch kleine Träger dabei sind.",
    topics: ["kooperation-traeger", "kinder-und-jugendfoerderplan"],
    visibility: "network",
    contactName: "Katrin Albers, Jugendförderung",
    publishedOn: "2024-10-08",
    linkedToProject: false,
  },
  {
    key: "bonn-sozialraumanalyse-bezirksvertretungen",
    ags: "05314",
    title: "Sozialraumanalyse (ZiSo) verständlich in die Bezirksvertretungen bringen",
    problem:
      "Unsere zielgruppenorientierte Sozialraumanalyse lieferte belastbare Daten, doch in den Bezirksvertretungen kam davon wenig an. Die Berichte hatten über hundert Seiten mit Tabellen je Sozialraum, und in den Sitzungen ging es am Ende doch um einzelne Einrichtungen statt um Bedarfe. Manche Bezirksverordnete empfanden die Rangfolge der Sozialräume sogar als Stigmatisierung ihres Stadtteils.",
    context:
      "Bonn gliedert sich in vier Stadtbezirke mit eigenen Bezirksvertretungen und in Sozialräume, für die die ZiSo Indikatoren zu den Lebenslagen von Kindern, Jugendlichen und Familien bündelt. Die Ergebnisse gehen außerdem in den JHA.",
    approach:
      "Für jeden Stadtbezirk haben wir ein vierseitiges Bezirksprofil erstellt: eine Karte, fünf Kernindikatoren im Zeitverlauf, drei Kernaussagen in Klartext und eine Übersicht der vorhandenen Angebote. Statt einer Rangliste zeigen wir, wie sich jeder Sozialraum gegenüber dem eigenen Vorjahreswert und dem städtischen Durchschnitt entwickelt. Vor jeder Sitzung gab es ein halbstündiges Vorgespräch mit den Fraktionssprecherinnen und -sprechern der Bezirksvertretung. In der Sitzung selbst haben wir nur zehn Minuten präsentiert und die übrige Zeit für Fragen genutzt.",
    worked:
      "Die Diskussionen drehten sich erstmals um Bedarfe statt um einzelne Häuser; in zwei Bezirken stellten Fraktionen eigene Anträge, die sich ausdrücklich auf das Bezirksprofil beriefen. Die Vorgespräche haben Konflikte entschärft, weil niemand in der Sitzung von ungünstigen Zahlen überrascht wurde.",
    notWorked:
      "Der Verzicht auf die Rangfolge hat spätere Priorisierungen nicht einfacher gemacht: Als es um die Verteilung knapper Mittel ging, brauchten wir sie doch wieder, diesmal mit sorgfältiger Erläuterung.",
    transfer:
      "Kurze Bezirksprofile mit wenigen Kernindikatoren lassen sich mit überschaubarem Aufwand erstellen, sobald kleinräumige Daten vorliegen. Das Vorgespräch mit den Fraktionen ist der am meisten unterschätzte Teil.",
    topics: ["politische-kommunikation", "sozialraumorientierung", "datenbasierte-planung"],
    visibility: "public",
    contactName: "Jonas Hartkopf, Sozialplanung",
    publishedOn: "2025-02-20",
    linkedToProject: false,
  },
  {
    key: "frankfurt-integrierte-jhp-inklusive-jugendhilfe",
    ags: "06412",
    title: "Integrierte Jugendhilfeplanung erproben: Fachplanungen bündeln am Beispiel inklusiver Jugendhilfe",
    problem:
      "Unsere Fachplanungen – Kita, HzE, Jugendarbeit, Eingliederungshilfe für junge Menschen – erstellen jeweils eigene Berichte mit eigener Logik. Für die Umsetzung des KJSG und die inklusive Lösung brauchen wir aber ein gemeinsames Bild: Wie viele junge Menschen mit Behinderung nutzen welche Leistungen, und wo fehlen Zugänge? Diese Frage konnte bislang keine einzelne Planung beantworten.",
    context:
      "Frankfurt am Main hat gut 750.000 Einwohnerinnen und Einwohner, sieben Sozialrathäuser und im Jugend- und Sozialamt eine Stabsstelle für Planung, Entwicklung und sozialraumorientierte Hilfen. Die integrierte Jugendhilfeplanung ist unser Vorhaben im Fellow-Programm.",
    approach:
      "Im Kommunal-Workshop haben wir zunächst alle Gremien und Arbeitskreise kartiert, in denen Inklusion schon Thema ist – es waren 23, viele ohne Bezug zueinander. Daraus entstand eine schlanke Planungsrunde der Fachplanungen, die sich monatlich trifft und jeweils eine gemeinsame Leitfrage bearbeitet. Die erste lautet, wie junge Menschen mit Behinderung und ihre Familien heute den Weg ins Hilfesystem finden. Dafür führen wir Daten der Eingliederungshilfe, Fallzahlen der Frühförderung, Integrationsplätze in Kitas und Anfragen an die Verfahrenslotsen erstmals auf Ebene der Sozialrathausbezirke zusammen. Zwei Arbeitskreise, die sich thematisch doppelten, haben wir im Einvernehmen aufgelöst.",
    worked:
      "Die Gremienlandkarte hat überzeugt, weil sie sichtbar machte, wie viel Zeit in parallelen Runden verloren geht. Die Fachplanungen sprechen inzwischen über dieselben Bezirke und dieselben Altersgruppen, was allein schon viele Missverständnisse beseitigt hat. Die Verfahrenslotsinnen liefern wertvolle Hinweise darauf, an welchen Stellen Familien zwischen den Systemen hängen bleiben.",
    notWorked:
      "Die Daten der Eingliederungshilfe liegen bisher nur stadtweit vor, sodass Vergleiche zwischen den Sozialrathausbezirken noch hinken. Die Erprobung hat erst im Oktober begonnen; belastbare Aussagen zur Wirkung können wir noch nicht treffen.",
    transfer:
      "Eine Gremienlandkarte ist ein guter Einstieg, weil sie ohne neue Daten auskommt und Doppelstrukturen schnell sichtbar macht. Ein konkretes Themenfeld wie die inklusive Jugendhilfe eignet sich als Erprobungsfeld besser als ein abstrakter Gesamtansatz.",
    topics: ["integrierte-sozialplanung", "inklusion-kjsg", "organisationsentwicklung"],
    visibility: "public",
    contactName: "Leonie Brandt, Stabsstelle Planung und Entwicklung",
    publishedOn: "2026-11-05",
    linkedToProject: true,
  },
  {
    key: "frankfurt-regionale-traegerkonferenzen",
    ags: "06412",
    title: "Regionale Trägerkonferenzen in den Sozialrathausbezirken",
    problem:
      "Die Abstimmung mit den freien Trägern lief lange zentral über stadtweite Arbeitsgemeinschaften. Dort saßen vor allem Geschäftsführungen, während die Fachkräfte aus den Stadtteilen kaum vorkamen. Was in einzelnen Quartieren fehlte oder doppelt angeboten wurde, erfuhr die Planung oft erst über Beschwerden.",
    context:
      "Das Stadtgebiet ist in sieben Sozialrathausbezirke mit durchschnittlich rund 110.000 Einwohnerinnen und Einwohnern gegliedert. In jedem Bezirk sind Dutzende freie Träger der Kinder- und Jugendhilfe tätig, von der Kita bis zur Jugendberufshilfe.",
    approach:
      "In jedem Sozialrathausbezirk haben wir eine regionale Trägerkonferenz eingerichtet, die zweimal im Jahr tagt und von Sozialrathaus und Jugendhilfeplanung gemeinsam vorbereitet wird. Eingeladen sind Einrichtungsleitungen und Fachkräfte vor Ort, nicht die Geschäftsführungen. Jede Konferenz beginnt mit einem kurzen Datenblatt zum Bezirk und einer Angebotslandkarte, die die Träger vorab ergänzen können. Danach wählen die Teilnehmenden zwei Themen, an denen bis zum nächsten Treffen in Kleingruppen weitergearbeitet wird. Über einen festen Tagesordnungspunkt fließen die Ergebnisse in die stadtweite Arbeitsgemeinschaft nach § 78 SGB VIII.",
    worked:
      "Die Angebotslandkarten zeigten schnell, wo sich Angebote für dieselbe Zielgruppe ballen und wo Lücken bestehen, etwa bei Abendangeboten für ältere Jugendliche. In drei Bezirken haben Träger daraufhin Öffnungszeiten und Standorte untereinander abgestimmt, ohne dass zusätzliche Mittel nötig waren. Die Fachkräfte schätzen, dass ihre Beobachtungen aus dem Alltag direkt in die Planung gelangen.",
    notWorked:
      "In zwei Bezirken schlief die Konferenz nach dem zweiten Treffen ein, weil die Sozialrathäuser dort wegen Personalengpässen die Vorbereitung nicht leisten konnten. Einige Geschäftsführungen fühlten sich übergangen und haben das in der stadtweiten Arbeitsgemeinschaft deutlich gemacht.",
    transfer:
      "Regionale Konferenzen tragen nur mit verlässlicher Vorbereitung vor Ort; dafür sollte Arbeitszeit fest eingeplant sein. Binden Sie die Geschäftsführungen früh ein, damit die regionale Ebene nicht als Konkurrenz zu den stadtweiten Gremien wahrgenommen wird.",
    topics: ["kooperation-traeger", "sozialraumorientierung"],
    visibility: "public",
    contactName: "Markus Reinholz, Jugendhilfeplanung",
    publishedOn: "2025-03-11",
    linkedToProject: false,
  },
  {
    key: "frankfurt-stadtteilsteckbriefe-ortsbeiraete",
    ags: "06412",
    title: "Ein Stadtteilsteckbrief statt fünf Fachberichte: gemeinsame Daten für Ortsbeiräte und Ausschüsse",
    problem:
      "Jugendhilfe-, Sozial-, Gesundheits- und Kita-Bedarfsplanung legten den politischen Gremien jeweils eigene Berichte vor, mit unterschiedlichen Gebietsabgrenzungen und Stichtagen. Ortsbeiräte und Ausschussmitglieder fragten uns immer wieder, welche Zahl denn nun stimme. Gelesen wurden die Berichte kaum, und in den Haushaltsberatungen hatten Planungsargumente entsprechend wenig Gewicht.",
    context:
      "Frankfurt hat 16 Ortsbeiräte, die zu Angeboten in ihren Stadtteilen Stellung nehmen, dazu die Fachausschüsse der Stadtverordnetenversammlung. Die Fachplanungen sind auf mehrere Ämter verteilt.",
    approach:
      "Eine Arbeitsgruppe aus den Fachplanungen und der Statistikstelle hat sich auf 15 gemeinsame Indikatoren, einen Stichtag und den Stadtteil als Bezugsebene geeinigt. Daraus entsteht jährlich ein zweiseitiger Steckbrief je Stadtteil, der Bevölkerung, Armutslagen, Kita-Versorgung, Hilfen zur Erziehung und Befunde der Einschulungsuntersuchung zusammenführt. Jede Fachplanung darf genau einen Satz Einschätzung beisteuern. In den Ortsbeiräten stellen immer zwei Fachplanungen die Steckbriefe gemeinsam vor, nie eine allein.",
    worked:
      "Die Frage nach der richtigen Zahl ist weitgehend verschwunden, und Ortsbeiräte zitieren die Steckbriefe inzwischen in ihren Anträgen. In den Haushaltsberatungen haben Jugendhilfeplanung und Gesundheitsamt erstmals gemeinsam für Angebote in zwei Stadtteilen mit hoher Kinderarmut argumentiert. Die gemeinsamen Auftritte haben auch innerhalb der Verwaltung Vertrauen zwischen den Fachplanungen aufgebaut.",
    notWorked:
      "Die Einigung auf 15 Indikatoren hat fast ein Jahr gedauert, und manche Fachplanungen empfinden die Kürze weiterhin als Verlust. In kleinen Stadtteilen mussten wir mehrere Werte aus Datenschutzgründen zusammenfassen, was die Aussagekraft dort schmälert.",
    transfer:
      "Ein kurzes gemeinsames Produkt zwingt die Fachplanungen, sich auf das Wesentliche zu einigen – oft ist genau das der eigentliche Integrationsschritt. Die gemeinsame Präsentation in den Gremien wirkt nach innen mindestens so stark wie nach außen.",
    topics: ["integrierte-sozialplanung", "politische-kommunikation", "datenbasierte-planung"],
    visibility: "cohort",
    contactName: "Aylin Demir, Sozialplanung",
    publishedOn: "2025-10-22",
    linkedToProject: false,
  },
  {
    key: "hamburg-datenlandkarte-uebergang-kita-schule",
    ags: "02000",
    title: "Datenlandkarte zum Übergang Kita–Grundschule: Was wir tatsächlich wissen",
    problem:
      "Jugendhilfe, Kindertagesbetreuung und Schule sprechen seit Jahren über einen besseren Übergang in die Grundschule, doch jede Seite stützt sich auf eigene Zahlen. Bevor wir gemeinsame Ziele vereinbaren, wollten wir klären, welche Daten es überhaupt gibt, in welcher räumlichen Tiefe und wer sie nutzen darf. Ohne diese Klärung hätte die Zielvereinbarung auf Annahmen beruht.",
    context:
      "Hamburg ist als Stadtstaat Land und Kommune zugleich; die Jugendämter sind in den sieben Bezirksämtern angesiedelt, Kita und Schule werden von Fachbehörden gesteuert. Die gemeinsame Planung des Übergangs ist unser Vorhaben im Fellow-Programm.",
    approach:
      "Eine kleine Arbeitsgruppe aus der Jugendhilfeplanung zweier Bezirke, der Kita-Planung und der Schulentwicklungsplanung hat alle Datenquellen rund um den Übergang zusammengetragen. Zu jeder Quelle haben wir festgehalten, wer sie erhebt, auf welcher räumlichen Ebene sie vorliegt, wie aktuell sie ist und unter welchen Bedingungen sie weitergegeben werden darf. Dazu gehören Kita-Besuchsdauer, Ergebnisse der Vorstellung der Viereinhalbjährigen, Schuleingangsuntersuchung, Sprachförderbedarfe und Daten der Frühen Hilfen. Mit dem Datenschutz haben wir früh geklärt, welche Auswertungen nur aggregiert auf Ebene statistischer Gebiete zulässig sind. Das Ergebnis ist eine Datenlandkarte, die allen Beteiligten zur Verfügung steht.",
    worked:
      "Die Datenlandkarte hat gezeigt, dass mehr vorhanden ist als gedacht – nur verstreut und in unterschiedlichen Zuschnitten. Schon das gemeinsame Sortieren hat Verständnis für die Logik der jeweils anderen Seite geschaffen. Für drei Indikatoren können wir erstmals dieselben Planungsräume verwenden.",
    notWorked:
      "Die Ergebnisse der Schuleingangsuntersuchung liegen nur grob räumlich gegliedert vor, kleinräumige Auswertungen sind derzeit nicht möglich. Zwischen dem Kita-Besuch und dem späteren Schulstandort gibt es keine verlässliche Verknüpfung. Die Abstimmung mit zwei Fachbehörden hat mehr Zeit gekostet als die eigentliche Sichtung der Daten.",
    transfer:
      "Eine Datenlandkarte mit den Spalten Quelle, Ebene, Aktualität und Weitergabebedingung ist schnell angelegt und beugt falschen Erwartungen vor. Den Datenschutz sollte man gleich zu Beginn einbinden und nicht erst, wenn die erste Auswertung ansteht.",
    topics: ["bildungsuebergaenge", "datenbasierte-planung", "integrierte-sozialplanung"],
    visibility: "public",
    contactName: "Henrike Sommerfeld, Jugendhilfeplanung",
    publishedOn: "2026-06-18",
    linkedToProject: true,
  },
  {
    key: "hamburg-aufsuchende-beteiligung-jugendarbeit",
    ags: "02000",
    title: "Aufsuchende Beteiligung statt Fragebogen: Jugendliche einer Großwohnsiedlung zur offenen Jugendarbeit befragen",
    problem:
      "Als ein Bezirk seine Offene Kinder- und Jugendarbeit neu ausrichten wollte, verschickten wir zunächst einen Online-Fragebogen über die Schulen. Aus einer Großwohnsiedlung mit vielen Familien in Armutslagen kamen kaum Rückmeldungen, obwohl dort besonders viele junge Menschen leben. Gerade die Jugendlichen, die keine Einrichtung besuchen, blieben unsichtbar.",
    context:
      "In Hamburg planen die Bezirksämter die Offene Kinder- und Jugendarbeit eigenverantwortlich und bringen sie in die bezirklichen Jugendhilfeausschüsse ein. Die Siedlung hat rund 12.000 Bewohnerinnen und Bewohner, knapp ein Drittel davon ist jünger als 21 Jahre.",
    approach:
      "Gemeinsam mit der Straßensozialarbeit und zwei Jugendhäusern haben wir an sechs Nachmittagen und Abenden die Orte aufgesucht, an denen sich Jugendliche tatsächlich aufhalten: Bolzplatz, Einkaufszentrum, Bushaltestellen. Statt eines Fragebogens gab es drei offene Fragen auf einer Stellwand und eine Karte der Siedlung, auf der Lieblingsorte und Angsträume markiert werden konnten. Jugendliche aus der Siedlung haben als Honorarkräfte Gleichaltrige angesprochen, auch auf Türkisch, Arabisch und Russisch. Zwei Wochen später haben wir die Ergebnisse an denselben Orten auf Plakaten zurückgespiegelt.",
    worked:
      "Wir kamen mit knapp 300 jungen Menschen ins Gespräch, darunter viele, die nie ein Jugendhaus betreten. Deutlich wurde, dass Mädchen ab etwa 13 Jahren den öffentlichen Raum der Siedlung meiden und sich einen eigenen Ort wünschen; daraus ist ein Mädchentreff mit festen Abendzeiten entstanden. Die Rückmeldung vor Ort hat mehr Vertrauen geschaffen als jede Ankündigung.",
    notWorked:
      "Die Auswertung der handschriftlichen Notizen war mühsam und ist nur teilweise systematisch gelungen. Kinder unter zwölf Jahren haben wir mit diesem Format kaum erreicht.",
    transfer:
      "Aufsuchende Beteiligung lohnt sich vor allem dort, wo schriftliche Befragungen erfahrungsgemäß kaum Rücklauf bringen. Planen Sie die Rückmeldung an die Jugendlichen von Anfang an als festen Schritt ein.",
    topics: ["beteiligung", "sozialraumorientierung"],
    visibility: "public",
    contactName: "Ole Brandstätter, Jugendhilfeplanung",
    publishedOn: "2025-08-26",
    linkedToProject: false,
  },
  {
    key: "hamburg-wirkungsdialoge-jugendarbeit-traeger",
    ags: "02000",
    title: "Wirkungsdialoge mit Trägern der offenen Jugendarbeit: ein holpriger erster Durchgang",
    problem:
      "Die Berichte der Träger in der Offenen Kinder- und Jugendarbeit bestanden vor allem aus Besuchszahlen und Öffnungsstunden. Ob die Angebote bei jungen Menschen etwas bewirken, ließ sich daraus nicht ablesen, und die Träger empfanden die jährlichen Statistikbögen als Pflichtübung. Wir wollten die Berichtspflicht in ein Gespräch über Ziele und Wirkungen verwandeln.",
    context:
      "Das bezirkliche Jugendamt fördert rund 25 Einrichtungen der offenen Arbeit bei gut einem Dutzend freier Träger. Grundlage sind Zuwendungsbescheide mit jährlichem Sachbericht.",
    approach:
      "Mit einer Arbeitsgruppe der Träger haben wir für jede Einrichtung zwei bis drei Ziele formuliert, die sich aus der Sozialraumanalyse und dem Bedarf im Quartier ableiten. Statt des Statistikbogens führt die Jugendhilfeplanung einmal im Jahr ein zweistündiges Wirkungsgespräch mit Einrichtungsleitung, Fachkräften und dem Allgemeinen Sozialen Dienst. Grundlage sind wenige Kennzahlen, Beobachtungen der Fachkräfte und kurze Rückmeldungen von Besucherinnen und Besuchern. Die Ergebnisse werden gemeinsam protokolliert und fließen in die bezirkliche Jugendhilfeplanung ein.",
    worked:
      "Wo die Gespräche stattfanden, waren sie weit ergiebiger als die alten Berichte, und mehrere Einrichtungen haben ihre Angebote daraufhin verändert. Die Fachkräfte haben erlebt, dass ihre Einschätzungen in der Planung tatsächlich ankommen.",
    notWorked:
      "Für alle 25 Einrichtungen reichte die Zeit in der Jugendhilfeplanung nicht; im ersten Jahr haben wir nur 14 Gespräche geschafft. Einige Träger befürchteten, die Gespräche würden zur Grundlage für Kürzungen, und formulierten bewusst anspruchslose Ziele. Die Kennzahlen waren kaum vergleichbar, weil jede Einrichtung anders zählte. Als im Folgejahr die Zuwendungen pauschal gekürzt wurden, war das Vertrauen in das Verfahren bei mehreren Trägern vorerst verloren.",
    transfer:
      "Trennen Sie Wirkungsdialoge klar und schriftlich von Förderentscheidungen, sonst werden sie zur Verhandlungsrunde. Beginnen Sie mit wenigen Einrichtungen und einheitlichen Zählregeln, bevor Sie das Verfahren ausweiten.",
    topics: ["kooperation-traeger", "wirkungsorientierung"],
    visibility: "public",
    contactName: "Svenja Köhnke, Jugendhilfeplanung",
    publishedOn: "2024-11-19",
    linkedToProject: false,
  },
  {
    key: "halle-rahmenkonzept-integrierte-sozialplanung",
    ags: "15002",
    title: "Rahmenkonzept für eine integrierte Sozialplanung: Sozial-, Kita- und Schulentwicklungsplanung verzahnen",
    problem:
      "In Halle (Saale) planen Sozial-, Kita- und Schulentwicklungsplanung weitgehend nebeneinander, obwohl sie es mit denselben Stadtteilen und oft mit denselben Familien zu tun haben. Befunde zu Segregation und Kinderarmut standen in mehreren Berichten, ohne dass daraus gemeinsame Prioritäten entstanden. Es fehlte ein verbindlicher Rahmen, der regelt, wer wann mit wem plant.",
    context:
      "Halle ist eine kreisfreie Stadt mit rund 240.000 Einwohnerinnen und Einwohnern und deutlichen sozialen Unterschieden zwischen den Stadtteilen. Die Fachplanungen gehören zum Geschäftsbereich Bildung und Soziales; das Rahmenkonzept ist unser Vorhaben im Fellow-Programm.",
    approach:
      "Im Kommunal-Workshop haben wir alle Planungsprozesse, Gremien und Berichtspflichten des Geschäftsbereichs auf einer gemeinsamen Zeitleiste übereinandergelegt. Darauf aufbauend hat eine Redaktionsgruppe aus allen drei Planungsbereichen den Entwurf des Rahmenkonzepts geschrieben, mit drei vorrangigen Handlungsfeldern: Armutsprävention, Bildungsübergänge und Segregation. Der Entwurf legt einen gemeinsamen Planungszyklus, einheitliche Planungsräume und ein Steuerungsgremium auf Ebene der Amtsleitungen fest. Jeder Abschnitt wurde in offenen Runden mit Fachkräften aus den Ämtern diskutiert, bevor er in die nächste Fassung ging.",
    worked:
      "Die Zeitleiste war ein Augenöffner: Drei Berichte mit ähnlichen Daten entstanden jedes Jahr innerhalb weniger Wochen, ohne dass die Beteiligten voneinander wussten. Die Beschränkung auf drei Handlungsfelder hat die Diskussion fokussiert und eine Priorisierung überhaupt erst möglich gemacht. Dank der offenen Runden gilt der Entwurf nicht als Papier der Planungsstäbe.",
    notWorked:
      "Wer das Steuerungsgremium leitet, ist noch offen; hier braucht es eine Entscheidung auf Ebene der Beigeordneten. Die Schulentwicklungsplanung ist durch laufende Schulbauvorhaben stark gebunden und konnte nur eingeschränkt mitschreiben.",
    transfer:
      "Eine Zeitleiste aller Planungs- und Berichtsprozesse lässt sich mit wenig Aufwand erstellen und macht Doppelarbeit schnell sichtbar. Wenige, klar benannte Handlungsfelder halten ein Rahmenkonzept handhabbar.",
    topics: ["integrierte-sozialplanung", "kinderarmut", "ressourcen-priorisieren"],
    visibility: "public",
    contactName: "Franziska Lehmann, Sozialplanung",
    publishedOn: "2026-10-08",
    linkedToProject: true,
  },
  {
    key: "halle-online-beteiligungsplattform-gescheitert",
    ags: "15002",
    title: "Gescheitert: eine Online-Beteiligungsplattform für Jugendliche, die kaum jemand nutzte",
    problem:
      "Für die Fortschreibung des Kinder- und Jugendförderplans wollten wir möglichst viele junge Menschen beteiligen und haben dafür eine eigene Online-Plattform eingerichtet. Jugendliche sollten dort Vorschläge einstellen, kommentieren und bewerten. Nach sechs Monaten standen 19 Beiträge auf der Plattform, die meisten von Fachkräften und Eltern.",
    context:
      "In Halle (Saale) leben rund 240.000 Menschen, darunter etwa 20.000 junge Menschen zwischen 12 und 21 Jahren. Die Plattform wurde von einem externen Dienstleister betrieben und aus befristeten Projektmitteln bezahlt.",
    approach:
      "Die Plattform ging mit einer Pressemitteilung, Plakaten in Jugendeinrichtungen und einem Schreiben an alle weiterführenden Schulen an den Start. Aus Datenschutzgründen war eine Registrierung mit E-Mail-Adresse nötig, bei unter 16-Jährigen zusätzlich eine Einverständniserklärung der Eltern. Die Jugendhilfeplanung sollte die Vorschläge monatlich sichten und beantworten. Nach drei Monaten haben wir mit einem Gewinnspiel nachgesteuert.",
    worked:
      "Die wenigen Vorschläge waren brauchbar und sind in den Plan eingeflossen. Vor allem hat uns das Scheitern gezwungen, offen über unsere Beteiligungsformate zu reden; daraus sind aufsuchende Formate in drei Stadtteilen entstanden, die um ein Vielfaches mehr Rückmeldungen brachten.",
    notWorked:
      "Die Registrierung mit Einverständniserklärung war für Jugendliche eine viel zu hohe Hürde; die meisten brachen genau dort ab. Eine eigene Plattform abseits der Kanäle, die junge Menschen ohnehin nutzen, hat schlicht niemand gesucht. Viele Schulen haben unser Schreiben nicht weitergegeben, und die Fachkräfte in den Einrichtungen fühlten sich für die Plattform nicht zuständig. Weil Antworten der Verwaltung teils wochenlang ausblieben, zogen sich auch die wenigen Aktiven bald zurück.",
    transfer:
      "Fragen Sie Jugendliche, bevor Sie eine Plattform einrichten, wo und wie sie ihre Meinung sagen würden. Digitale Beteiligung taugt als Ergänzung persönlicher Formate, nicht als Ersatz, und braucht einen Zugang ohne Hürden sowie schnelle Antworten.",
    topics: ["beteiligung", "kinder-und-jugendfoerderplan"],
    visibility: "public",
    contactName: "Robert Kießling, Jugendhilfeplanung",
    publishedOn: "2025-05-27",
    linkedToProject: false,
  },
  {
    key: "halle-praeventionskette-grosswohngebiet",
    ags: "15002",
    title: "Präventionskette im Großwohngebiet: Frühe Hilfen, Kita und Grundschule an einem Tisch",
    problem:
      "In einem Stadtteil mit sehr hoher Kinderarmut gab es zahlreiche Angebote von der Familienhebamme bis zur Schulsozialarbeit, doch sie wussten wenig voneinander. An den Übergängen – nach dem ersten Lebensjahr, beim Kita-Eintritt, bei der Einschulung – gerieten Familien immer wieder aus dem Blick. Die Fachkräfte beschrieben das Netz als dicht, aber mit großen Maschen.",
    context:
      "Der Stadtteil ist ein Plattenbaugebiet mit rund 15.000 Einwohnerinnen und Einwohnern; mehr als die Hälfte der Kinder unter 15 Jahren lebt in Familien mit SGB-II-Bezug. Das Netzwerk Frühe Hilfen ist stadtweit organisiert, die Schulsozialarbeit wird über ein Landesprogramm finanziert.",
    approach:
      "Wir haben eine Stadtteilrunde eingerichtet, in der Frühe Hilfen, Kitas, Grundschulen, Schulsozialarbeit, Gesundheitsamt und ASD alle zwei Monate zusammenkommen. Als Erstes entstand gemeinsam eine Übergangslandkarte: An welchen Stellen wechselt die Zuständigkeit für eine Familie, und wer weiß dann was? Für zwei Übergänge gibt es inzwischen feste Absprachen – einen Willkommensbesuch der Kita bei Familien, die von den Frühen Hilfen begleitet wurden, und ein gemeinsames Elterncafé von Kita und Grundschule im letzten Kitajahr. Eine Koordinatorin mit halber Stelle hält die Runde zusammen.",
    worked:
      "Die Übergangslandkarte hat allen vor Augen geführt, wo Familien verloren gehen, und war der Ausgangspunkt für die Absprachen. Das Elterncafé wird gut angenommen, auch von Eltern, die sonst kaum in die Schule kommen. Durch die persönlichen Kontakte sind die Wege zwischen den Fachkräften bei Sorgen um ein Kind deutlich kürzer geworden.",
    notWorked:
      "Die Koordinationsstelle ist nur bis Ende 2025 finanziert, eine Anschlussfinanzierung ist offen. Die Einwilligungen für den Willkommensbesuch einzuholen, erwies sich als schwierig, weil viele Familien keine Weitergabe ihrer Daten wollten.",
    transfer:
      "Eine Präventionskette muss nicht gleich die ganze Stadt umfassen – ein Stadtteil mit klar benannten Übergängen ist ein guter Lernort. Klären Sie früh, wie Einwilligungen eingeholt werden, und planen Sie die Koordination auf Dauer ein.",
    topics: ["praeventionsketten", "kinderarmut"],
    visibility: "municipality",
    contactName: "Anja Voigtländer, Jugendhilfeplanung",
    publishedOn: "2024-03-19",
    linkedToProject: false,
  },
  {
    key: "herford-schnittstellenanalyse-fachplanungen",
    ags: "05758012",
    title: "Nach der Neuorganisation: Schnittstellen zwischen den Fachplanungen im Jugendamt sichtbar machen",
    problem:
      "Unser Jugendamt ist in den letzten Jahren stark gewachsen, und nach einer Organisationsuntersuchung wurden Aufgaben und Leitungsstrukturen neu geordnet. Die Fachplanungen für Kindertagesbetreuung, Hilfen zur Erziehung, Jugendförderung und Frühe Hilfen haben seither klarere Zuständigkeiten, arbeiten aber weiterhin jede für sich. Planung reagierte meist auf akute Lagen wie steigende Fallzahlen im Kinderschutz, statt vorausschauend zu steuern.",
    context:
      "Die Hansestadt Herford ist eine kreisangehörige Stadt mit rund 67.000 Einwohnerinnen und Einwohnern und eigenem Jugendamt. Integriertes Planen und Steuern ist unser Vorhaben im Fellow-Programm.",
    approach:
      "Nach einem Auftaktworkshop mit allen Leitungskräften hat jede Fachplanung ihre wichtigsten Abläufe, Datenquellen und Berichtstermine auf einer Seite dargestellt. In einer gemeinsamen Schnittstellenanalyse haben wir dann für zwölf typische Fragestellungen nachvollzogen, welche Planungen beteiligt sein müssten und welche es tatsächlich waren. Die Ergebnisse haben wir nicht als Bericht verschickt, sondern mit der Amtsleitung an einer Wand voller Karten besprochen. Daraus sind drei Arbeitsformate entstanden, die wir derzeit erproben: eine monatliche Planungsrunde, gemeinsame Datentage und Tandems aus je zwei Fachplanungen für übergreifende Themen.",
    worked:
      "Bei fast allen zwölf Fragestellungen war mindestens eine betroffene Planung nicht beteiligt – selten aus Absicht, meist weil niemand daran gedacht hatte. Dass die Amtsleitung die Ergebnisse persönlich mit den Teams besprochen hat, gab dem Vorhaben spürbar Gewicht. Die Tandems erleben die Fachkräfte als Entlastung, weil Fragen früher geklärt werden.",
    notWorked:
      "Die monatliche Planungsrunde fiel in den Sommermonaten mehrfach aus, weil Vertretungen im Kinderschutz Vorrang hatten. Einige Fachkräfte empfinden die neuen Formate noch als zusätzliche Termine statt als Erleichterung.",
    transfer:
      "Eine Schnittstellenanalyse entlang konkreter Fragestellungen sagt mehr als jedes Organigramm. Neue Kooperationsformate brauchen sichtbare Rückendeckung der Leitung und einen festen Platz im Kalender.",
    topics: ["organisationsentwicklung", "integrierte-sozialplanung", "fuehrung"],
    visibility: "cohort",
    contactName: "Daniel Krämer, Jugendhilfeplanung",
    publishedOn: "2026-07-22",
    linkedToProject: true,
  },
  {
    key: "herford-lebenslagenbericht-jha",
    ags: "05758012",
    title: "Lebenslagenbericht im JHA: Planungsergebnisse so vorstellen, dass die Politik sie versteht",
    problem:
      "Unser Lebenslagenbericht zeigt eine im Landesvergleich hohe Armutsbelastung, vor allem bei Familien mit mehreren Kindern und bei Alleinerziehenden. Beim ersten Bericht haben wir im JHA 40 Folien voller Tabellen gezeigt; die Rückfragen drehten sich um Methodik, kaum um Konsequenzen. Mehrere Mitglieder sagten uns hinterher offen, sie hätten nicht verstanden, was die Verwaltung eigentlich von ihnen erwarte.",
    context:
      "Die Hansestadt Herford hat rund 67.000 Einwohnerinnen und Einwohner und als kreisangehörige Stadt ein eigenes Jugendamt. Im JHA sitzen neben Ratsmitgliedern auch Vertreterinnen und Vertreter der freien Träger.",
    approach:
      "Für den zweiten Bericht haben wir die Präsentation auf drei Kernbotschaften reduziert, jede mit genau einer Grafik und einem Satz dazu, was sie für die Stadt bedeutet. Statt Prozentwerten haben wir greifbare Größen gewählt, etwa: In einer Grundschulklasse mit 25 Kindern leben acht in Familien, die Grundsicherung beziehen. Zwei Wochen vor der Sitzung gab es eine offene Informationsrunde für alle Mitglieder, in der Methodenfragen ausreichend Platz hatten. In der Sitzung selbst haben wir jede Kernbotschaft mit einer Frage an die Politik verbunden und zum Schluss drei konkrete Beschlussvorschläge vorgelegt.",
    worked:
      "Die Debatte im JHA drehte sich erstmals um Handlungsbedarfe statt um Rechenwege, und zwei der drei Beschlussvorschläge wurden angenommen, darunter der Ausbau der Familienzentren in zwei Stadtteilen. Die greifbaren Vergleiche griffen Lokalpresse und Fraktionen später in den Haushaltsreden mehrfach auf. Die Informationsrunde nutzten vor allem die sachkundigen Bürgerinnen und Bürger, die in Sitzungen sonst selten nachfragen.",
    notWorked:
      "Der dritte Vorschlag, kostenfreie Mittagsverpflegung in Kitas und Grundschulen zu prüfen, scheiterte an der Haushaltslage, obwohl der Bedarf unstrittig war. Die Beschränkung auf drei Botschaften hat einzelnen freien Trägern missfallen, deren Arbeitsfelder darin nicht vorkamen.",
    transfer:
      "Wenige Zahlen mit einer klaren Aussage und einem Beschlussvorschlag wirken in politischen Gremien stärker als Vollständigkeit. Eine Informationsrunde vor der Sitzung hält Methodenfragen aus der eigentlichen Beratung heraus.",
    topics: ["politische-kommunikation", "kinderarmut", "datenbasierte-planung"],
    visibility: "public",
    contactName: "Nadine Pohlmann, Jugendhilfeplanung",
    publishedOn: "2025-04-15",
    linkedToProject: false,
  },
  {
    key: "herford-kooperationsvereinbarung-hze-gescheitert",
    ags: "05758012",
    title: "Gescheitert: eine Kooperationsvereinbarung mit freien Trägern für ambulante Hilfen zur Erziehung",
    problem:
      "Steigende Fallzahlen und Fachkräftemangel führten dazu, dass wir für ambulante Hilfen zur Erziehung oft wochenlang keinen Träger fanden. Gemeinsam mit vier freien Trägern wollten wir das mit einer Kooperationsvereinbarung lösen: verlässliche Aufnahmekapazitäten gegen mehrjährige Planungssicherheit. Nach gut einem Jahr war die Vereinbarung faktisch zerfallen.",
    context:
      "Das Jugendamt der Hansestadt Herford arbeitet in den ambulanten HzE mit rund einem Dutzend Trägern zusammen, von denen viele auch für die Nachbarjugendämter im Kreis tätig sind. Die Vereinbarung ergänzte die bestehenden Leistungs- und Entgeltvereinbarungen.",
    approach:
      "In vier Verhandlungsrunden haben wir festgelegt, dass jeder Träger ein festes Kontingent an Fachleistungsstunden vorhält und Anfragen innerhalb von fünf Werktagen beantwortet. Im Gegenzug sicherte das Jugendamt eine Mindestbelegung und gemeinsame Fallberatungen zu. Ein Lenkungskreis aus Jugendamt und Trägern sollte sich vierteljährlich treffen und Probleme klären. Ziele und Kennzahlen standen in einer Anlage zur Vereinbarung.",
    worked:
      "In den ersten Monaten verkürzten sich die Wartezeiten auf ambulante Hilfen spürbar. Die gemeinsamen Fallberatungen führen wir mit zwei Trägern bis heute fort; sie haben das Verständnis füreinander deutlich verbessert.",
    notWorked:
      "Zwei Träger verloren binnen eines halben Jahres mehrere Fachkräfte und konnten die zugesagten Kontingente nicht mehr vorhalten, ohne dass die Vereinbarung dafür eine Regelung enthielt. Umgekehrt konnte das Jugendamt die Mindestbelegung nicht einhalten, als die Anfragen in einem Bereich vorübergehend zurückgingen, was die Träger als Vertrauensbruch empfanden. Der Lenkungskreis tagte nach dem zweiten Treffen nur noch unregelmäßig, weil auf beiden Seiten Leitungskräfte wechselten. Am Ende fühlte sich niemand mehr für die Vereinbarung als Ganzes zuständig.",
    transfer:
      "Eine Kooperationsvereinbarung braucht Regeln für den Fall, dass eine Seite ihre Zusagen nicht halten kann, und eine benannte Person, die sie über Personalwechsel hinweg pflegt. Kapazitätszusagen sollten sich an der tatsächlichen Personallage orientieren, nicht an Wunschgrößen.",
    topics: ["kooperation-traeger", "ressourcen-priorisieren"],
    visibility: "network",
    contactName: "Stefan Brockmeier, Abteilungsleitung Erzieherische Hilfen",
    publishedOn: "2025-01-28",
    linkedToProject: false,
  },
];
