/**
 * Evaluation set for the Problemfinder: what planners would really type, with the demo reports
 * (keys of ./reports) they expect at the top, best first. Measured as an anonymous visitor, so only
 * public reports are listed. The queries paraphrase the reports instead of quoting their titles;
 * the note names what a query tests.
 */
export interface EvalQuery {
  query: string;
  /** 1–4 keys of public demo reports that truly answer the query, best first. */
  relevant: string[];
  note: string;
}

export const evalQueries: EvalQuery[] = [
  // Whole problem sentences
  {
    query: "Wir erreichen Familien in Armutslagen mit unseren Beteiligungsformaten kaum",
    relevant: ["bremerhaven-aufsuchende-beteiligung-armutslagen", "hamburg-aufsuchende-beteiligung-jugendarbeit"],
    note: "Umschreibung",
  },
  {
    query: "Jugendhilfeplanung und Schulentwicklungsplanung arbeiten nebeneinander her",
    relevant: [
      "bonn-jhp-schulentwicklungsplanung-gemeinsam",
      "kiel-gemeinsame-planungsraeume-kita-schule-jugendhilfe",
      "olpe-jugendhilfe-und-bildungsplanung-eine-stelle",
      "halle-rahmenkonzept-integrierte-sozialplanung",
    ],
    note: "Umschreibung",
  },
  {
    query: "Der Jugendhilfeausschuss versteht unsere Planungsberichte nicht",
    relevant: ["herford-lebenslagenbericht-jha", "bonn-sozialraumanalyse-bezirksvertretungen"],
    note: "Umschreibung, Langform JHA",
  },
  {
    query: "Zu viele Kinder werden stationär untergebracht, ambulante Hilfen beginnen erst nach Wochen",
    relevant: ["ludwigshafen-hilfen-zur-erziehung-sozialraumteam"],
    note: "Umschreibung",
  },
  {
    query: "Eltern von Kindern mit Behinderung wissen nicht, an wen sie sich im Jugendamt wenden können",
    relevant: ["mainz-kjsg-verfahrenslotsin", "bremerhaven-verfahrenslotsin-kjsg", "leipzig-inklusive-loesung-verfahrenslotsen"],
    note: "Umschreibung",
  },
  {
    query: "Immer mehr Schulbegleitungen, jede für ein einzelnes Kind – fällt eine aus, bleibt das Kind zu Hause",
    relevant: ["salzland-schulbegleitung-poolmodell", "ortenau-inklusive-loesung-schulbegleitung"],
    note: "Umschreibung",
  },
  {
    query: "Der Kreis muss bei der Jugendarbeit sparen – wie entscheiden wir fair, welche Angebote weniger Geld bekommen?",
    relevant: [
      "salzland-jugendfoerderung-kriterien-kuerzungen",
      "dithmarschen-priorisierung-jugendfoerderung-kriterien",
      "northeim-priorisierung-haushaltssicherung-gescheitert",
      "landkreis-rosenheim-foerderplan-prioritaeten",
    ],
    note: "Umschreibung",
  },
  {
    query: "Wie vernetzen wir die Angebote von der Geburt bis zur Grundschule in einem Viertel mit vielen armen Familien?",
    relevant: [
      "gelsenkirchen-praeventionskette-quartiere",
      "erfurt-praeventionskette-grundschule-quartier",
      "vorpommern-greifswald-praeventionskette-fruehe-hilfen-einschulung",
    ],
    note: "Umschreibung",
  },
  {
    query: "Nach den Frühen Hilfen reißt der Kontakt zu den Familien ab, erst bei der Einschulung fallen die Probleme wieder auf",
    relevant: ["vorpommern-greifswald-praeventionskette-fruehe-hilfen-einschulung", "gelsenkirchen-praeventionskette-quartiere"],
    note: "Umschreibung",
  },
  {
    query: "Die Daten des Gesundheitsamts zur Einschulung liegen nur stadtweit vor, wir bräuchten sie pro Stadtteil",
    relevant: ["offenbach-schuleingangsuntersuchung-planungsdaten", "berlin-einschulungsuntersuchung-kindergesundheit"],
    note: "Umschreibung",
  },
  {
    query: "Bezirkspolitiker fühlen sich durch die Rangliste der Stadtteile stigmatisiert",
    relevant: ["bonn-sozialraumanalyse-bezirksvertretungen", "leipzig-sozialmonitoring-planungsraeume"],
    note: "Umschreibung",
  },
  {
    query: "Zum Thema Inklusion gibt es unzählige Arbeitskreise, die nichts voneinander wissen",
    relevant: ["frankfurt-integrierte-jhp-inklusive-jugendhilfe"],
    note: "Umschreibung",
  },
  {
    query: "Mit den Trägern sprechen wir nur über die Geschäftsführungen, die Fachkräfte aus den Stadtteilen kommen nicht zu Wort",
    relevant: ["frankfurt-regionale-traegerkonferenzen"],
    note: "Umschreibung",
  },
  {
    query: "Bevor wir Ziele für den Schulstart vereinbaren: Welche Daten gibt es überhaupt und wer darf sie nutzen?",
    relevant: ["hamburg-datenlandkarte-uebergang-kita-schule"],
    note: "Umschreibung",
  },
  {
    query: "Sozial-, Kita- und Schulplanung haben keine gemeinsamen Spielregeln, jede plant für sich",
    relevant: ["halle-rahmenkonzept-integrierte-sozialplanung", "kiel-gemeinsame-planungsraeume-kita-schule-jugendhilfe"],
    note: "Umschreibung",
  },
  {
    query: "Wie merken wir früher, dass Familien in den Dörfern Unterstützung brauchen, bevor es eine HzE wird?",
    relevant: ["lk-rostock-bedarfe-frueher-erkennen-regionen"],
    note: "Umschreibung, Abkürzung HzE",
  },
  {
    query: "Kolleginnen aus dem Team werden plötzlich Vorgesetzte, und alle Entscheidungen landen bei der Amtsleitung",
    relevant: ["lk-rostock-fuehrung-wachsendes-jugendamt"],
    note: "Umschreibung",
  },
  {
    query: "Unser Jugendhilfeplan ist ein dicker Maßnahmenkatalog ohne messbare Ziele",
    relevant: ["leipzig-integrierte-planung-evaluation-ziele"],
    note: "Umschreibung",
  },
  {
    query: "Im Flächenkreis hat niemand einen Überblick, welche Angebote es in den einzelnen Gemeinden gibt",
    relevant: ["olpe-jugendhilfe-sozialraeume-konzept"],
    note: "Umschreibung",
  },
  {
    query: "Wir wissen nicht, wo die Schulabgänger ohne Ausbildungsplatz nach den Sommerferien bleiben",
    relevant: ["kiel-jugendberufsagentur-uebergang-schule-beruf", "freyung-grafenau-jugendberufsagentur"],
    note: "Umschreibung",
  },
  {
    query: "Kinderärzte sollen überforderte Familien an die Frühen Hilfen weitervermitteln",
    relevant: ["nuernberg-fruehe-hilfen-kinderarztpraxen"],
    note: "Umschreibung",
  },
  {
    query: "Seit Corona melden Schulen immer mehr Jugendliche mit Ängsten und Depressionen",
    relevant: ["nuernberg-psychische-gesundheit-befragung"],
    note: "Umschreibung",
  },
  {
    query: "Grundschulkinder sollen in der Kommunalpolitik wirklich mitentscheiden, nicht nur Wunschzettel schreiben",
    relevant: ["freiburg-kinderparlament-budget"],
    note: "Umschreibung",
  },
  {
    query: "Der Förderplan wurde seit Jahren nicht fortgeschrieben, die Zuschüsse werden nach altem Schlüssel verteilt",
    relevant: [
      "landkreis-rosenheim-foerderplan-prioritaeten",
      "salzland-jugendfoerderung-kriterien-kuerzungen",
      "dithmarschen-priorisierung-jugendfoerderung-kriterien",
    ],
    note: "Umschreibung",
  },
  {
    query: "Jugendliche sollen die Schwerpunkte des Förderplans selbst festlegen und nicht nur am Ende kommentieren",
    relevant: ["bonn-jugendforum-foerderplan"],
    note: "Umschreibung",
  },
  {
    query: "In den Dörfern kennen sich Kita und Grundschule kaum, jedes Kind wechselt an eine andere Schule",
    relevant: ["mansfeld-suedharz-uebergang-kita-grundschule"],
    note: "Umschreibung",
  },
  {
    query: "Im Kreis gibt es kaum noch Kinderarztpraxen, viele U-Untersuchungen fallen aus",
    relevant: ["goerlitz-kindergesundheit-kitas-familienzentren"],
    note: "Umschreibung",
  },
  {
    query: "Das Bildungs- und Teilhabepaket kommt bei armen Familien kaum an",
    relevant: ["uckermark-teilhabe-ferienpass-mobilitaet"],
    note: "Umschreibung",
  },
  {
    query: "Jede Kommune im Kreis hat eigene Zahlen, ein gemeinsames Bild der Armutslagen fehlt",
    relevant: ["saarbruecken-sozialmonitoring-regionalverband"],
    note: "Umschreibung",
  },

  {
    query: "Jugendhilfeausschuss und Schulausschuss sollen endlich gemeinsam über Bildung beraten",
    relevant: [
      "bonn-jhp-schulentwicklungsplanung-gemeinsam",
      "olpe-jugendhilfe-und-bildungsplanung-eine-stelle",
      "kiel-gemeinsame-planungsraeume-kita-schule-jugendhilfe",
    ],
    note: "Umschreibung",
  },
  {
    query: "Kindertagesstätten und Grundschulen im ländlichen Raum besser zusammenbringen",
    relevant: ["mansfeld-suedharz-uebergang-kita-grundschule"],
    note: "Synonym Kita",
  },

  // Short keyword queries
  { query: "abends kein Bus zum Jugendtreff", relevant: ["lk-rostock-jugendliche-ohne-bus", "uckermark-teilhabe-ferienpass-mobilitaet"], note: "Stichworte" },
  {
    query: "Verbleib Schulabgänger",
    relevant: ["kiel-jugendberufsagentur-uebergang-schule-beruf", "freyung-grafenau-jugendberufsagentur"],
    note: "Stichworte",
  },
  { query: "Sozialindex Jugendzentren Umverteilung", relevant: ["wiesbaden-jugendhilfeausschuss-foerderplan-abgelehnt"], note: "Stichworte" },
  { query: "Stadtteilmütter Elternbefragung", relevant: ["bremerhaven-aufsuchende-beteiligung-armutslagen"], note: "Stichworte" },
  { query: "Mentoring neue Führungskräfte", relevant: ["lk-rostock-fuehrung-wachsendes-jugendamt"], note: "Stichworte" },
  {
    query: "Jugendbeteiligung Förderplan",
    relevant: ["bonn-jugendforum-foerderplan", "halle-online-beteiligungsplattform-gescheitert"],
    note: "Stichworte",
  },
  {
    query: "Karies Kita",
    relevant: ["berlin-einschulungsuntersuchung-kindergesundheit", "goerlitz-kindergesundheit-kitas-familienzentren"],
    note: "Stichworte",
  },
  {
    query: "Fallkonferenz Jobcenter Jugendamt",
    relevant: ["freyung-grafenau-jugendberufsagentur", "olpe-jugendhilfe-und-bildungsplanung-eine-stelle"],
    note: "Stichworte",
  },
  { query: "Sozialraumbudget freie Träger", relevant: ["ludwigshafen-hilfen-zur-erziehung-sozialraumteam"], note: "Stichworte, Kompositum" },
  {
    query: "Schulbegleiter für mehrere Kinder gemeinsam einsetzen",
    relevant: ["salzland-schulbegleitung-poolmodell", "ortenau-inklusive-loesung-schulbegleitung"],
    note: "Umschreibung",
  },

  // Abbreviation ↔ full form (thesaurus)
  {
    query: "KJSG: Jugendamt und Eingliederungshilfe gemeinsam planen",
    relevant: ["ortenau-inklusive-loesung-schulbegleitung", "frankfurt-integrierte-jhp-inklusive-jugendhilfe", "leipzig-inklusive-loesung-verfahrenslotsen"],
    note: "Abkürzung KJSG",
  },
  {
    query: "Kinder- und Jugendstärkungsgesetz Verfahrenslotse einführen",
    relevant: ["mainz-kjsg-verfahrenslotsin", "bremerhaven-verfahrenslotsin-kjsg", "leipzig-inklusive-loesung-verfahrenslotsen"],
    note: "Langform KJSG",
  },
  { query: "HzE: weniger Heimunterbringungen, mehr ambulante Hilfen", relevant: ["ludwigshafen-hilfen-zur-erziehung-sozialraumteam"], note: "Abkürzung HzE" },
  {
    query: "Kennzahlen für Hilfen zur Erziehung",
    relevant: ["frankfurt-oder-hze-kennzahlensystem-gescheitert"],
    note: "Langform HzE",
  },
  {
    query: "Ausgaben für erzieherische Hilfen steigen stark",
    relevant: ["frankfurt-oder-hze-kennzahlensystem-gescheitert", "ludwigshafen-hilfen-zur-erziehung-sozialraumteam"],
    note: "Synonym HzE",
  },
  {
    query: "JHA lehnt Umverteilung der Mittel für Jugendzentren ab",
    relevant: ["wiesbaden-jugendhilfeausschuss-foerderplan-abgelehnt"],
    note: "Abkürzung JHA",
  },
  {
    query: "Armutsbericht im Jugendhilfeausschuss verständlich präsentieren",
    relevant: ["herford-lebenslagenbericht-jha"],
    note: "Langform JHA",
  },
  {
    query: "Armutsindikatoren jährlich für jeden Sozialraum auswerten",
    relevant: ["leipzig-sozialmonitoring-planungsraeume", "saarbruecken-sozialmonitoring-regionalverband"],
    note: "Synonym Sozialraum/Planungsraum",
  },
  {
    query: "gleiche Sozialräume für Schulplanung und Jugendhilfe",
    relevant: ["kiel-gemeinsame-planungsraeume-kita-schule-jugendhilfe", "bonn-jhp-schulentwicklungsplanung-gemeinsam"],
    note: "Synonym Sozialraum/Planungsraum",
  },
  {
    query: "OKJA Sachberichte durch Gespräche über Wirkung ersetzen",
    relevant: ["hamburg-wirkungsdialoge-jugendarbeit-traeger"],
    note: "Abkürzung OKJA",
  },
  {
    query: "JHP und Nahverkehr: Mobilität Jugendlicher im Landkreis",
    relevant: ["lk-rostock-jugendliche-ohne-bus"],
    note: "Abkürzung JHP",
  },

  // Compound vs. simple word
  { query: "Kinderarmut auf dem Dorf", relevant: ["uckermark-teilhabe-ferienpass-mobilitaet"], note: "Kompositum" },
  {
    query: "Armut im Quartier: Präventionskette mit Grundschule und Kita",
    relevant: ["erfurt-praeventionskette-grundschule-quartier", "gelsenkirchen-praeventionskette-quartiere"],
    note: "Kompositum",
  },
  {
    query: "Beteiligung von Jugendlichen in kleinen Gemeinden",
    relevant: ["ortenau-beteiligungsmobil-gemeinden", "salzland-jugendbeteiligung-jugendhilfeplanung"],
    note: "Kompositum",
  },
  {
    query: "Gesundheit von Kindern je Stadtteil darstellen",
    relevant: ["berlin-einschulungsuntersuchung-kindergesundheit", "offenbach-schuleingangsuntersuchung-planungsdaten"],
    note: "Kompositum",
  },

  // Transliterated umlauts and ß
  {
    query: "Uebergang Schule Beruf",
    relevant: ["kiel-jugendberufsagentur-uebergang-schule-beruf", "freyung-grafenau-jugendberufsagentur", "olpe-jugendhilfe-und-bildungsplanung-eine-stelle"],
    note: "Umlaut-Schreibung",
  },
  {
    query: "Uebergang Kita Grundschule Daten",
    relevant: ["hamburg-datenlandkarte-uebergang-kita-schule", "mansfeld-suedharz-uebergang-kita-grundschule"],
    note: "Umlaut-Schreibung",
  },
  {
    query: "Jugendliche direkt auf der Strasse nach ihrer Meinung fragen",
    relevant: ["hamburg-aufsuchende-beteiligung-jugendarbeit", "ortenau-beteiligungsmobil-gemeinden"],
    note: "Umlaut-Schreibung (ß)",
  },
  {
    query: "Wo haben andere Jugendaemter die Verfahrenslotsin angesiedelt?",
    relevant: ["bremerhaven-verfahrenslotsin-kjsg", "mainz-kjsg-verfahrenslotsin", "leipzig-inklusive-loesung-verfahrenslotsen"],
    note: "Umlaut-Schreibung",
  },
  {
    query: "Fuehrungskraefte ohne Leitungserfahrung, Teams voller Berufseinsteiger",
    relevant: ["lk-rostock-fuehrung-wachsendes-jugendamt"],
    note: "Umlaut-Schreibung",
  },
  {
    query: "Foerderplan: Zuschuesse fuer Jugendtreffs kuerzen, aber nachvollziehbar",
    relevant: [
      "salzland-jugendfoerderung-kriterien-kuerzungen",
      "dithmarschen-priorisierung-jugendfoerderung-kriterien",
      "landkreis-rosenheim-foerderplan-prioritaeten",
    ],
    note: "Umlaut-Schreibung",
  },

  // One typo in a longer word
  {
    query: "Jugendhilfeplnung und Schulamt planen mit verschiedenen Gebietszuschnitten",
    relevant: ["bonn-jhp-schulentwicklungsplanung-gemeinsam", "kiel-gemeinsame-planungsraeume-kita-schule-jugendhilfe"],
    note: "Tippfehler",
  },
  { query: "Beteiligng von Kindern mit eigenem Geld", relevant: ["freiburg-kinderparlament-budget"], note: "Tippfehler" },
  {
    query: "Verfahrenslotzen: Wie erfahren die Familien überhaupt davon?",
    relevant: ["mainz-kjsg-verfahrenslotsin", "bremerhaven-verfahrenslotsin-kjsg", "leipzig-inklusive-loesung-verfahrenslotsen"],
    note: "Tippfehler",
  },
  {
    query: "Schuleingangsuntersuchng kleinräumig auswerten",
    relevant: ["offenbach-schuleingangsuntersuchung-planungsdaten", "berlin-einschulungsuntersuchung-kindergesundheit"],
    note: "Tippfehler",
  },
  {
    query: "Jugendberufsagentr auf dem Land",
    relevant: ["freyung-grafenau-jugendberufsagentur", "kiel-jugendberufsagentur-uebergang-schule-beruf"],
    note: "Tippfehler",
  },

  // Failures
  {
    query: "Was tun, wenn niemand die Online-Beteiligung nutzt?",
    relevant: ["halle-online-beteiligungsplattform-gescheitert", "hamburg-aufsuchende-beteiligung-jugendarbeit"],
    note: "Misserfolg",
  },
  {
    query: "Kennzahlenbericht zu umfangreich, im Ausschuss fragt keiner mehr nach",
    relevant: ["frankfurt-oder-hze-kennzahlensystem-gescheitert"],
    note: "Misserfolg",
  },
  {
    query: "Unsere Kriterien für Kürzungen wurden im Kreistag gekippt",
    relevant: ["northeim-priorisierung-haushaltssicherung-gescheitert"],
    note: "Misserfolg",
  },
  {
    query: "Rufbus für Jugendliche wird nicht genutzt",
    relevant: ["lk-rostock-jugendliche-ohne-bus"],
    note: "Misserfolg",
  },
  {
    query: "Träger befürchten, dass die Gespräche über Wirkung zu Kürzungen führen",
    relevant: ["hamburg-wirkungsdialoge-jugendarbeit-traeger"],
    note: "Misserfolg",
  },
  {
    query: "Netzwerk im Quartier bricht nach Wechsel der Koordinatorin zusammen",
    relevant: ["erfurt-praeventionskette-grundschule-quartier"],
    note: "Misserfolg",
  },
];
