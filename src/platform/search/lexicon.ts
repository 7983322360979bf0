// Words that compounds are made of, for decompounding (german.ts normalises them on load).
// Lowercase with umlauts, ß as ss, at least 3 letters. Function words stay out, since a part
// "mit" or "aus" would only add noise; whole words like "mitarbeiter" or "ausbildung" are in.
const WORDS = `
  jugend kind kinder kindheit jugendliche jugendlicher junge jungen mädchen jung erwachsene erwachsener
  familie eltern elternteil mutter mütter vater väter tochter sohn geschwister grosseltern oma opa baby säugling
  kleinkind schulkind teenager frau frauen mann männer mensch menschen person personen leute bürger bürgerin
  einwohner nachbar nachbarschaft senioren seniorin generation alter lebenslage lebenswelt lebensphase leben

  hilfe hilfen jugendhilfe kinderhilfe familienhilfe sozialhilfe eingliederungshilfe erziehungshilfe
  erziehung betreuung beratung begleitung unterstützung förderung pflege versorgung schutz kinderschutz
  jugendschutz opferschutz gewaltschutz prävention intervention vorsorge fürsorge sorge sorgerecht
  vormundschaft pflegschaft adoption pflegefamilie pflegekind pflegeeltern heim heimerziehung wohngruppe
  inobhutnahme gefährdung kindeswohl kindeswohlgefährdung vernachlässigung misshandlung missbrauch gewalt
  sucht drogen alkohol konsum krise notfall notlage not trennung scheidung konflikt streit mediation
  clearing fallmanagement casemanagement fall fälle hilfeplan hilfeplanung hilfeplanverfahren
  sozialarbeit sozialpädagogik pädagogik sozialpädagoge pädagoge pädagogin streetwork aufsuchend
  jugendarbeit jugendsozialarbeit schulsozialarbeit jugendzentrum jugendhaus jugendclub jugendtreff treff
  jugendverband verband verbände jugendring ring jugendberufshilfe jugendmigrationsdienst jugendgerichtshilfe
  jugendamt amt ämter sozialamt jobcenter agentur arbeitsagentur gesundheitsamt schulamt ordnungsamt
  jugendhilfeausschuss ausschuss ausschüsse jugendhilfeplanung sozialplanung schulentwicklung
  kita kindertagesstätte kindertagespflege tagespflege tagesmutter tagesvater krippe hort kindergarten
  gärten garten tagesstätte ganztag ganztagsschule schule schulen schüler schülerin grundschule
  hauptschule realschule gesamtschule oberschule gymnasium förderschule berufsschule sekundarschule
  gemeinschaftsschule sekundarstufe primarstufe stufe klasse klassen lehrer lehrerin lehrkraft lehrkräfte
  unterricht bildung ausbildung weiterbildung fortbildung qualifizierung qualifikation studium hochschule
  universität lernen lernort lehre praktikum abschluss schulabschluss schulabbruch abbruch
  abschlüsse zeugnis noten note prüfung schwänzen schulpflicht absentismus fehlzeiten schulverweigerung
  übergang übergänge einschulung schuleingang eingang ausgang erziehungspartnerschaft partnerschaft
  beruf berufsorientierung orientierung berufswahl arbeit arbeitsmarkt markt job
  arbeitslosigkeit arbeitslos erwerbslosigkeit erwerbstätigkeit erwerb einkommen lohn gehalt geld mittel
  armut reichtum kinderarmut altersarmut bedarf bedürfnis bedürfnisse grundsicherung bürgergeld sozialgeld
  wohngeld kindergeld elterngeld unterhalt unterhaltsvorschuss leistung leistungen paket bildungspaket teilhabe
  inklusion integration eingliederung exklusion ausgrenzung benachteiligung diskriminierung chancengleichheit
  gerechtigkeit gleichstellung gleichberechtigung vielfalt diversität behinderung beeinträchtigung
  migration migrant migrantin flucht flüchtling geflüchtete asyl zuwanderung einwanderung herkunft sprache
   sprachförderung sprachkurs deutschkurs kultur religion glaube identität heimat

  planung plan pläne planer steuerung steuer controlling monitoring berichterstattung bericht berichte
  sozialbericht bildungsbericht jugendbericht familienbericht armutsbericht datenbericht daten datum kennzahl
  kennzahlen indikator indikatoren statistik analyse analysen auswertung befragung umfrage erhebung evaluation
  wirkung wirkungen wirksamkeit ergebnis ergebnisse ziel ziele zielgruppe gruppe gruppen zielsetzung strategie
  konzept konzeption leitbild leitlinie leitlinien richtlinie richtlinien standard qualität
  qualitätsentwicklung entwicklung weiterentwicklung organisationsentwicklung fortschreibung prozess prozesse
  verfahren methode methoden instrument instrumente werkzeug modell modelle projekt projekte programm programme
  massnahme massnahmen angebot angebote leistungsangebot struktur strukturen infrastruktur
  netzwerk netzwerke vernetzung kooperation zusammenarbeit koordination koordinierung koordinator abstimmung
  schnittstelle schnittstellen verbund allianz bündnis partner gremium gremien arbeitskreis kreis kreise
  runde tisch konferenz fachtag fachtagung tagung sitzung workshop werkstatt forum dialog austausch
  beteiligung partizipation mitbestimmung mitsprache mitwirkung engagement ehrenamt ehren ehre freiwillig
  freiwilligendienst bürgerbeteiligung jugendbeteiligung jugendparlament parlament jugendrat beirat rat
  format formate veranstaltung veranstaltungen aktion aktionen kampagne initiative beschwerde ombudsstelle
  ombudschaft anhörung stimme wahl wahlen abstimmung demokratie demokratiebildung politik jugendpolitik
  familienpolitik sozialpolitik kommunalpolitik bildungspolitik verwaltung behörde behörden
  dezernat fachbereich bereich bereiche abteilung referat sachgebiet stelle stellen fachstelle leitstelle
  geschäftsstelle dienststelle koordinierungsstelle anlaufstelle servicestelle beratungsstelle
  leitung führung management personal fachkraft fachkräfte kraft kräfte mitarbeiter mitarbeiterin mitarbeitende
  team fachdienst dienst dienste sozialdienst allgemein aufgabe aufgaben zuständigkeit verantwortung
  auftrag mandat rolle rollen haushalt finanzierung finanzen kosten budget förderprogramm fördermittel zuschuss
  zuwendung antrag anträge bewilligung genehmigung vergabe ausschreibung vertrag verträge vereinbarung
  zielvereinbarung leistungsvereinbarung entgelt pauschale träger trägerschaft
  kommune kommunen kommunal gemeinde gemeinden stadt städte stadtteil stadtteile landkreis kreisfreie
  bezirk bezirke region regionen ort orte ortsteil dorf dörfer land länder bund   staat
  kreistag stadtrat gemeinderat bürgermeister oberbürgermeister landrat landrätin dezernent rathaus
  gesetz gesetze gesetzgebung recht rechte anspruch rechtsanspruch norm paragraf paragraph vorschrift
  verordnung satzung novelle reform stärkung stärkungsgesetz umsetzung durchführung anwendung auslegung


  sozial sozialraum sozialräume planungsraum planungsräume raum räume quartier quartiere viertel kiez
  siedlung wohnung wohnungen wohnen wohnraum wohnort miete mieten wohnungslosigkeit obdachlosigkeit
  obdach haus häuser gebäude fläche flächen grünfläche park spielplatz platz plätze spiel spiele spielen
  sport sportverein verein vereine freizeit freizeitangebot ferien urlaub reise ausflug fahrt mobilität
  verkehr bus bahn weg wege schulweg nahverkehr fahrrad auto strasse strassen zentrum zentren mitte
  treffpunkt begegnung begegnungsstätte nachbarschaftszentrum familienzentrum mehrgenerationenhaus stadtteilzentrum
  bibliothek bücherei museum theater musik musikschule kunst medien medienkompetenz internet digital
  digitalisierung online computer handy smartphone plattform portal website app software daten
  gesundheit krankheit kranke psychisch psyche seele depression angst stress belastung belastungen
  therapie behandlung arzt ärzte kinderarzt praxis klinik krankenhaus psychiatrie psychotherapie
  ernährung bewegung übergewicht impfung vorsorgeuntersuchung untersuchung schwangerschaft geburt hebamme
  frühe früh frühförderung frühehilfen entwicklungsförderung entwicklungsstand sprachstand motorik

  lage lagen situation problem probleme problemlage herausforderung herausforderungen schwierigkeit
  risiko risiken gefahr gefahren chance chancen potenzial potential ressource ressourcen stärke stärken
  schwäche schwächen defizit mangel knappheit engpass engpässe lücke lücken versorgungslücke wartezeit
  wartezeiten warteliste zeit zeiten zeitraum jahr jahre monat monate woche wochen tag tage stunde stunden
  termin termine frist fristen dauer beginn anfang start phase phasen schritt schritte stand zustand
  wandel veränderung entwicklungen trend tendenz zahl zahlen anzahl menge anteil quote rate prozent
  höhe grösse umfang bestand bestände fall kontakt kontakte zugang zugänge erreichbarkeit erreichung
  nutzung nutzer nutzerin bedarfsplanung bedarfsanalyse bedarfsermittlung angebotsplanung
  information informationen wissen kenntnis erfahrung erfahrungen kompetenz kompetenzen fähigkeit fähigkeiten
  praxis praxisbericht beispiel beispiele vorbild idee ideen lösung lösungen antwort antworten frage fragen
  thema themen inhalt inhalte text texte dokument dokumente dokumentation material materialien handreichung
  leitfaden arbeitshilfe checkliste vorlage formular broschüre flyer publikation veröffentlichung

  kommunikation öffentlichkeitsarbeit öffentlichkeit presse transparenz information vertrauen beziehung
  beziehungen bindung haltung einstellung werte wert respekt anerkennung wertschätzung motivation interesse
  verhalten auffälligkeit auffälligkeiten aggression mobbing cybermobbing radikalisierung extremismus
  kriminalität delinquenz straftat polizei justiz gericht familiengericht jugendgericht
  sicherheit ordnung regel regeln grenze grenzen kontrolle aufsicht prüfung prüfungen meldung meldungen
   meldebogen dokument akte akten datenschutz schweigepflicht einwilligung zustimmung

  arbeitsgemeinschaft gemeinschaft gesellschaft zusammenhalt solidarität teilnahme mitglied mitglieder
  mitgliedschaft organisation organisationen einrichtung einrichtungen institution institutionen dienstleistung
  unternehmen wirtschaft betrieb betriebe firma arbeitgeber arbeitnehmer ausbildungsplatz ausbildungsstelle
  praktikumsplatz stelle lehrstelle azubi auszubildende berufsberatung berufseinstieg einstieg ausstieg
  kammer handwerk industrie handel dienstleister wirtschaftsförderung fachkräftemangel nachwuchs

  kirche kirchen gemeindehaus diakonie caritas awo paritätische wohlfahrt wohlfahrtsverband stiftung
  spende spenden sponsoring stiftungen fonds preis wettbewerb auszeichnung

  natur umwelt klima klimaschutz nachhaltigkeit energie wasser luft lärm müll garten gärten wald feld
  landwirtschaft tier tiere hund schulgarten schulhof hof höfe gelände gebiet gebiete fläche lage
`;

// General German nouns, verb stems and adjectives that often occur inside compounds.
const GENERAL = `
  abend abende abschnitt absicht achtung alltag anlage anlass anlauf anmeldung anschluss ansatz ansätze
  ansicht ansprache ansprechpartner ansprechperson anstoss anteil anzeige arbeitsplatz arbeitszeit art arten
  atmosphäre aufbau aufenthalt aufmerksamkeit aufnahme aufwand ausbau ausgabe ausgleich ausstattung auswahl
  ausweis bahnhof band bank basis bau bauen bedingung bedingungen begriff beitrag beiträge bekämpfung
  belegung berechnung bereitschaft berg beschäftigung beschluss beschlüsse besuch besucher betrag betrieb
  betroffene beurteilung bewerbung bewertung bezug bild bilder bindung blick boden brief brücke buch bücher
  büro chef dach dank darstellung decke denken dienstag donnerstag druck ebene ebenen ecke effekt ehe eigentum
  einblick eindruck einfluss einheit einheiten einladung einsatz einsicht einzel entlastung entscheidung
  entscheidungen entwurf erfolg erfolge erfüllung erkenntnis erkenntnisse erklärung erlaubnis ermittlung
  ernte eröffnung erstellung erwartung erwartungen erweiterung essen fach fächer fahrer faktor faktoren
  farbe feier feiertag fenster fernsehen fest feuer feuerwehr figur film finanz flucht folge folgen form formen
  forschung fortschritt freitag freude freund freunde freundin freundschaft frieden früherkennung
  funktion gabe gang gast gäste gebühr gebühren gedanke gefühl gegenwart geist geld gelder gemeinsam
  genuss gerät geschäft geschichte gespräch gespräche gestaltung gewicht gewinn glück
  gott grad grenzwert grund grundlage grundlagen gruppenarbeit gut güter halle hals haltung hand hände
  handlung handlungsfeld handlungsfelder haupt heft herbst herz hilfsmittel himmel hintergrund hinweis
  hinweise hoch hoffnung höhe hund inhaber jahrgang kalender kampf karte karten kasse katalog kauf
  kern kette klage klang kleid kleidung knoten koch kopf körper kosten kreativität krieg kritik küche kunde
  kunden kurs kurse kurz lager lauf laufbahn lehrplan leser licht liebe liste listen literatur
  luft lust macht mahlzeit markt maschine mass massstab material meer meinung meister menge merkmal
  miteinander mittag mittagessen mittwoch möglichkeit möglichkeiten moment montag morgen mühe mund muster
  mut nacht nachfrage nachmittag nachricht nachrichten nachweis nähe name namen nebenkosten netz neubau
  niveau norden notruf nummer nutzen objekt öffnung öffnungszeit öffnungszeiten ordner osten paar papier
  partei pause pflicht pflichten pfad position post praktik preis probe produkt profil protokoll punkt
  punkte qualität quelle rahmen rahmenbedingungen rand rang rat rathaus raum rechnung rede referent
  regelung regelungen reihe rest richtung ruf ruhe runde sache sachen samstag satz schaden schein schicht
  schlüssel schluss schrift schritt schuld schutzkonzept schwerpunkt see seite seiten sektor sendung
  serie service sicht sinn sitz sonntag spannung spass speicher sperre spiegel spitze sprechstunde
  spur stab stadtteilarbeit stamm stand station statt stein stelle stern stil stimme strom stück stufe
  suche süden summe system systeme tafel tätigkeit tat tausch technik teil teile telefon test tisch titel
  ton tour tradition training transport traum treffen treppe trend tür typ übung umbau umgang
  umgebung umsatz umstand umwelt umzug unfall unterkunft unterlage unterlagen unterricht unterschied
  ursache ursachen urteil variante verantwortliche verbesserung verbindung verbrauch verein verfügung
  vergleich verhältnis verkauf verlauf verlust vermittlung vermögen versicherung version
  verständnis verständigung versuch verteilung vertretung verwendung verzeichnis vielzahl volk vorbereitung
  vorgabe vorgaben vorgang vorhaben vorlage vorschlag vorschläge vorschule vorstand vorstellung vorteil
  vorteile wachstum wagen wahl wand ware wechsel weg welt weise werk westen wetter wettbewerb wille
  winter   woche wort wörter wunsch wünsche zahlung zeichen zeitung zentrale zettel zimmer
  zins zugang zukunft zusammenhang zuschlag zustand zweck zweifel

  altersgruppe ansprechstelle anwesenheit arbeitsweise aufbruch aufsuchende ausflüge auskunft aussicht
   belastbarkeit bereicherung beschaffung beschreibung besprechung bestandsaufnahme beteiligte
  betreiber bewältigung beziehungsarbeit brennpunkt brennpunkte dynamik eigenständigkeit
  eigenverantwortung einbindung einbeziehung einordnung einschätzung einschränkung einzelfall elternarbeit
  elternabend elternbeirat elternbildung elterngespräch empfehlung empfehlungen empowerment entfaltung
   erreichbar ersatz erziehungsberatung fallzahl fallzahlen familienbildung familienarbeit
  fehlverhalten feedback förderbedarf fördergeld förderplan förderung früherziehung fürsprache gebrauch
  gefährdungseinschätzung gesamtplan gesamtverantwortung gesprächskreis grundversorgung gruppenangebot
  handlungsbedarf handlungsempfehlung hausbesuch heranwachsende hilfebedarf hilfesystem jugendkultur
  kinderrechte kinderrecht kinderschutzfachkraft kindertagesbetreuung kitaplatz kitaplätze
  lebensbedingungen lebensqualität lebensraum lebenssituation lebensumstände lebensweltorientierung lernförderung
  lernbegleitung lernumgebung lotse lotsen mentor mentoring multiplikator multiplikatoren nachhilfe
  nachsorge niedrigschwellig ortsbezug patenschaft paten peer persönlichkeit perspektive
  perspektiven platzvergabe präsenz prävalenz reflexion resilienz risikofaktor rückmeldung schulbegleitung
  schulassistenz schulpsychologie schutzauftrag schutzfaktor selbsthilfe selbstbestimmung selbstwirksamkeit
  sozialindex sozialstruktur sozialmonitoring stadtentwicklung stadtplanung standort standorte
  supervision teilhabechancen trägervielfalt verselbständigung verselbstständigung vertrauensperson
  wohlbefinden zielerreichung zuzug wegzug bevölkerung bevölkerungsentwicklung demografie geburten
  prognose prognosen szenario szenarien kapazität kapazitäten auslastung versorgungsquote betreuungsquote
  betreuungsplatz betreuungsplätze platzbedarf ausbauplanung kitabedarfsplanung schulnetz schulnetzplanung
  schulentwicklungsplanung jugendförderplan jugendförderung kinderförderung familienförderung
  erziehungsberechtigte sorgeberechtigte alleinerziehende alleinerziehend stieffamilie patchwork mehrkind
  kinderreich einelternfamilie teenagerschwangerschaft jugendwohnen betreut hilfeart hilfearten
  vollzeitpflege bereitschaftspflege verwandtenpflege sozialpädagogische tagesgruppe erziehungsbeistand
  betreuungshelfer beistand beistandschaft amtsvormund vormund ergänzungspfleger verfahrensbeistand
  kindesschutz kinderschutzzentrum schutzstelle notaufnahme jugendnotdienst krisendienst krisenintervention
  onlineberatung telefonberatung sprechzeit sprechzeiten hotline rufnummer

  gross klein neu alt lang kurz hoch tief breit weit nah fern frei offen geschlossen öffentlich privat
  regional lokal zentral dezentral mobil ambulant stationär teilstationär inklusiv integrativ präventiv
  sonder grund gesamt mittel ober ersten letzt spät früh schnell langsam stark schwach arm reich
  gesund krank sicher unsicher eigen fremd gleich besonder einzeln allgemein speziell fachlich
  sozialräumlich kommunalpolitisch pädagogisch psychologisch medizinisch rechtlich finanziell politisch
  kulturell interkulturell digital analog virtuell rasch dauerhaft befristet unbefristet kostenlos
  individuell gemeinsam selbständig selbstständig niedrig hell dunkel rot grün blau gelb schwarz weiss
  voll leer halb doppel mehrfach einfach vielfältig bunt still laut ruhig warm kalt heiss
`;

// Frequent nouns and stems of everyday German, so that compounds outside the domain split too.
const EVERYDAY = `
  apfel arm auge augen bad ball baum bein berg bett bier blatt blume blut boot brot bruder burg butter
  dorf ei   erde essen fahne familie feld fisch flasche fleisch flug fluss frucht fuss gabel
  geburtstag glas gras hafen hahn haar hase hemd hut insel jacke kaffee kalb kamm kanal kartoffel katze
  kind kirsche kissen knie kuchen kuh kunst land leiter licht löffel lampe maus milch mond motor mühle
  nase nest obst ofen ohr onkel pferd pflanze pilz platz puppe regen reis ring rock rücken saft
  salz sand schaf schiff schnee schrank schuh schwester seife sessel sonne spiegel stadt stuhl tante tasche
  tasse tee teller tier tisch tomate topf turm vogel wagen wald wand wasser wein welle wiese wind wolke
  wurst zahn zaun zucker

  abgabe ablauf abfall abgrenzung ablehnung abschied absprache abteil abwehr achse adresse akteur akteure
  angehörige angst ankunft anleitung annahme anpassung anreiz anruf anschaffung anstalt anstieg
  anwalt anwohner anzahl apparat arbeiter arbeiterin architektur ärger artikel arznei aspekt atem aufgaben
  aufstieg auftritt ausdruck ausnahme ausschnitt aussage austausch auswirkung auszeit autor bäckerei basis
  bau bauer bauern bedeutung bedrohung beförderung begabung begeisterung behandlung beleg
  benutzer beobachtung berechtigung bergbau beschwerden besitz bestätigung bestellung
  betreuer betreuerin bettler beute bewohner bewohnerin bezahlung bibel bilanz bildschirm biografie
  blockade bote botschaft brand brauch bremse brille bühne bündelung café chor club computer dialog
  diebstahl dichter direktor disziplin drogerie durchblick durchgang ehepaar eigenschaft
  einkauf einnahme einstellung eintritt einwand einzug elend empfang empfänger
  energie engel ereignis erfindung erholung erinnerung erlebnis ernst erzieher erzieherin erzählung fabrik
  fahrzeug fähre fall fassung fehler feind ferien fest finger firma flur forderung fracht frage freiheit
  frist frühling frühstück führer führerschein fund garantie gasse gebet gebiet gedicht gefängnis
  gegner gehalt geheimnis gehör gelegenheit gemüse genehmigung gepäck gerechtigkeit gericht geruch gesang
   gesicht gestalt gewerbe gewohnheit gipfel gleis gold grab grafik grenze griff grube gruss
  gürtel hafen haltestelle handel handwerker haupt hausaufgabe hausaufgaben heimat heirat held hemd
   herr herrschaft herstellung hitze hobby hof hölle holz honorar hotel humor hunger hütte
  hygiene imbiss impuls industrie inhalt insel instanz interview jagd kabel kälte kamera kammer kanzlei
  kapitel karriere kasten kauf keller kennzeichen kiosk klinik knopf koffer kollege kollegin kollegium
  kommission konferenz könig konto kontrolle kosten kraft kranz kreuz kuss küste labor laden
  lager landschaft lärm last laune leder lehrling leib leid leistung lektüre lernen lesen
  leuchte lieferung lied linie loch lohn lösung lücke macher mangel mannschaft mantel märchen marke markt
  maske mauer medizin meldung menü messe messer miete minute mission mittel mitte mode monat morgen
  museum nachbar nachwuchs nadel nahrung natur nebel neid netz notiz nudel oper opfer orchester ordnung
  organ paket palast panne park partner pass patient pause pech pfarrer pflege pflicht phase plakat plan
  planet pokal polizist praxis presse prinzip probe prozent prüfer publikum pult quartal rampe rang rasen
  rätsel raub recht regie reise reiter rente rentner rezept richter rolle ruine sack saison saal sammlung
  schatz schild schlaf schloss schmerz schrei schule schütze schwimmbad segen semester sieg
  signal sitzung skandal sorge spaziergang speise spende spender spielzeug sprecher staat stab stall stamm
  stärke stau stelle steuerberater stiftung stimmung stoff strafe strand strecke streit struktur student
  studentin studie stunde sturm tabelle takt tanz tanzen tarif tat tausch team technik teich teilnehmer
  teilnehmerin temperatur termin theater thema ticket tod ton tradition trainer tränen trauer treue
   turnhalle turnier überblick übergabe übersetzung übersicht ufer umfeld unterschrift urlaub vase
  verband verbot verein verfasser verlag verletzung verlust vermieter versand versorger
  verstand verwalter verwandte verwandtschaft vieh vorrat vorsitz vorsitzende wache waffe wahrheit
  wanderung ware wärme wäsche wechsel weide werbung werkstatt wert wettbewerb wirt wissenschaft witz
  wohl wunder wurzel wüste zeichnung zeuge ziegel zins zoll zone zorn zuflucht zuhause zuschauer zweig
     mittler geber bemessung besetzung bescheid saldo verweigerer verweigerung steigerung
  rückgang zunahme abnahme senkung erhöhung kürzung lotsin lotsinnen ehrenamtliche hauptamtliche
`;

/** Stems that only occur before another part: "Schul|hof", "Wohn|raum", "Hilfs|angebot". */
export const BOUND_FORMS: readonly string[] = `
  schul sprach wohn lern hilf förder leit miet sprech fahr schreib turn schwimm warte halte melde lese lehr
  kirch erst
`
  .split(/\s+/)
  .filter(Boolean);

/** The decompounding lexicon: distinct entries of at least three letters. */
export const LEXICON: readonly string[] = [...new Set(`${WORDS} ${GENERAL} ${EVERYDAY}`.split(/\s+/))].filter((word) => word.length >= 3);
