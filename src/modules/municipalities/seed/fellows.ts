export type ProjectPhase = "idea" | "concept" | "implementation" | "consolidation";

export interface ProjectSeed {
  title: string;
  summary: string;
  goals: string[];
  topics: string[];
  phase: ProjectPhase;
  startsOn: string; // ISO date YYYY-MM-DD
  endsOn: string | null; // ISO date YYYY-MM-DD
  milestones: { title: string; dueOn: string; done: boolean }[];
  learnings: string;
}

export interface FellowSeed {
  ags: string;
  description: string;
  youthOfficeName: string;
  topics: string[];
  project: ProjectSeed;
}

// The Fellow program runs from late summer 2025 to autumn 2027.
const PROGRAM_START = "2025-09-01";
const PROGRAM_END = "2027-10-31";

// Milestones and learnings are illustrative; for Hamburg and the Salzlandkreis the
// initiative has not yet published anything, so their projects are marked as examples
// and their municipality-level topics stay empty.
export const fellows: FellowSeed[] = [
  {
    ags: "05314",
    description:
      "Die kreisfreie Stadt Bonn in Nordrhein-Westfalen möchte, dass alle jungen Menschen gute Zukunftschancen haben – gleich, woher sie kommen und in welcher sozialen Lage sie aufwachsen. Den Kinder- und Jugendförderplan 2022–2025 hat die Stadt zusammen mit den freien Trägern der Jugendhilfe und der Kommunalpolitik erarbeitet. Jugendamt und Schulamt arbeiten eng zusammen: Ihre Planungsräume wurden bereits vor rund zehn Jahren mit Blick auf ein vernetztes Bildungssystem aufeinander abgestimmt. Mit der zielgruppenorientierten Sozialraumanalyse (ZiSo) richtet Bonn seine Unterstützungsangebote an den Bedarfen in den einzelnen Sozialräumen aus.",
    youthOfficeName: "Amt für Kinder, Jugend und Familie der Stadt Bonn",
    topics: ["kinder-und-jugendfoerderplan", "beteiligung", "kooperation-traeger", "sozialraumorientierung", "bildungsuebergaenge", "organisationsentwicklung"],
    project: {
      title: "Kinder- und Jugendförderplan gemeinsam fortschreiben",
      summary:
        "Bonn schreibt seinen Kinder- und Jugendförderplan fort und legt den Prozess von Anfang an beteiligungsorientiert an – mit jungen Menschen und in enger Abstimmung mit den freien Trägern. Der neue Plan soll im Arbeitsalltag deutlich stärker als Bezugsrahmen dienen als bisher. Im Fellow-Programm lotet das Jugendamt aus, welche Wege es dafür gibt und wie sich die Zusammenarbeit in der Verwaltung über Ressorts und Hierarchieebenen hinweg ausbauen lässt.",
      goals: [
        "Junge Menschen gestalten die Fortschreibung des Förderplans sichtbar mit.",
        "Die freien Träger der Jugendhilfe sind als Partner in den gesamten Planungsprozess eingebunden.",
        "Der fortgeschriebene Plan gewinnt an Handlungsrelevanz und gibt im Alltag spürbar Orientierung.",
        "Die Zusammenarbeit innerhalb der Stadtverwaltung wird über Ressorts und Hierarchieebenen hinweg gestärkt.",
      ],
      topics: ["kinder-und-jugendfoerderplan", "beteiligung", "kooperation-traeger", "organisationsentwicklung"],
      phase: "concept",
      startsOn: PROGRAM_START,
      endsOn: PROGRAM_END,
      milestones: [
        { title: "Auftaktworkshop mit Trägern durchgeführt", dueOn: "2025-11-27", done: true },
        { title: "Beteiligungsformate für junge Menschen erprobt", dueOn: "2026-06-30", done: true },
        { title: "Entwurf des Förderplans mit den Beteiligten abgestimmt", dueOn: "2027-03-31", done: false },
        { title: "Fortgeschriebenen Förderplan in die Gremien eingebracht", dueOn: "2027-09-30", done: false },
      ],
      learnings:
        "Erste Erkenntnisse werden derzeit gesammelt. Im Mittelpunkt steht die Frage, wie Beteiligung so früh geplant werden kann, dass junge Menschen und Träger den Plan tatsächlich mitprägen.",
    },
  },
  {
    ags: "06412",
    description:
      "Mit mehr als 750.000 Einwohner:innen ist Frankfurt am Main die einwohnerstärkste Stadt Hessens. Neben dem Jugend- und Sozialamt in der Hauptverwaltung gibt es im Stadtgebiet sieben Sozialrathäuser, die jeweils im Schnitt rund 110.000 Menschen beraten und Leistungen gewähren. Verantwortet wird die Jugendhilfeplanung von einer Stabsstelle des Jugend- und Sozialamts, die für Planung, Entwicklung und sozialraumorientierte Hilfen zuständig ist.",
    youthOfficeName: "Jugend- und Sozialamt der Stadt Frankfurt am Main",
    topics: ["integrierte-sozialplanung", "inklusion-kjsg", "sozialraumorientierung", "organisationsentwicklung"],
    project: {
      title: "Integrierte Jugendhilfeplanung am Beispiel inklusiver Jugendhilfe",
      summary:
        "Das Jugend- und Sozialamt entwickelt seine Jugendhilfeplanung zu einem integrierten Ansatz weiter. Die Ergebnisse der einzelnen Fachplanungen sollen besser zusammengeführt werden, damit sich die Steuerung der Jugendhilfe stärker am Bedarf ausrichtet. Während der Programmlaufzeit will Frankfurt von der Konzeption in die Umsetzung kommen und im Themenfeld inklusive Jugendhilfe verlässliche Formen der Zusammenarbeit und Kommunikation erproben.",
      goals: [
        "Die Erkenntnisse der verschiedenen Fachplanungen werden gebündelt und gemeinsam ausgewertet.",
        "Die Steuerung der Jugendhilfe richtet sich konsequenter an den Bedarfen junger Menschen und Familien aus.",
        "Im Themenfeld inklusive Jugendhilfe werden tragfähige Strukturen für Zusammenarbeit und Kommunikation erprobt und weiterentwickelt.",
      ],
      topics: ["integrierte-sozialplanung", "inklusion-kjsg", "organisationsentwicklung"],
      phase: "implementation",
      startsOn: PROGRAM_START,
      endsOn: PROGRAM_END,
      milestones: [
        { title: "Kommunal-Workshop zu bestehenden Gremien und Abläufen durchgeführt", dueOn: "2026-02-26", done: true },
        { title: "Konzept für die integrierte Jugendhilfeplanung abgestimmt", dueOn: "2026-06-30", done: true },
        { title: "Erprobung im Themenfeld inklusive Jugendhilfe gestartet", dueOn: "2026-10-15", done: true },
        { title: "Erfahrungen aus der Erprobung ausgewertet", dueOn: "2027-09-30", done: false },
      ],
      learnings:
        "Die Erprobung im Themenfeld inklusive Jugendhilfe hat erst begonnen, belastbare Erkenntnisse werden noch gesammelt. Besonderes Augenmerk gilt der Frage, wie Informationen zwischen den Fachplanungen verlässlich fließen.",
    },
  },
  {
    ags: "02000",
    description:
      "Die Freie und Hansestadt Hamburg ist als Stadtstaat zugleich Bundesland und Kommune. Nähere Angaben zur Ausgangslage in der Jugendhilfeplanung und zum Vorhaben im Fellow-Programm liegen noch nicht vor und werden ergänzt, sobald sie veröffentlicht sind.",
    youthOfficeName: "Jugendämter der Freien und Hansestadt Hamburg",
    topics: [],
    project: {
      title: "Beispielvorhaben: Übergang von der Kita in die Schule gemeinsam planen",
      summary:
        "Beispielinhalt: Dieses Vorhaben ist frei erfunden und gibt nicht die tatsächlichen Pläne Hamburgs wieder. Es zeigt, wie eine Fellow-Kommune Jugendhilfe-, Kita- und Schulplanung rund um den Übergang in die Grundschule zusammenführen könnte. Dazu werden vorhandene Daten gebündelt und gemeinsame Ziele der beteiligten Stellen vereinbart.",
      goals: [
        "Die beteiligten Fachplanungen verständigen sich auf ein gemeinsames Lagebild zum Übergang von der Kita in die Schule.",
        "Vorhandene Daten aus Jugendhilfe, Kindertagesbetreuung und Schule werden für die Planung zusammengeführt.",
        "Für ausgewählte Planungsräume werden gemeinsame Ziele und Kennzahlen vereinbart.",
      ],
      topics: ["bildungsuebergaenge", "integrierte-sozialplanung", "datenbasierte-planung"],
      phase: "concept",
      startsOn: PROGRAM_START,
      endsOn: PROGRAM_END,
      milestones: [
        { title: "Ersten Check-In zum Vorhaben geführt", dueOn: "2025-11-20", done: true },
        { title: "Bestandsaufnahme der verfügbaren Daten abgeschlossen", dueOn: "2026-05-29", done: true },
        { title: "Gemeinsame Ziele mit den beteiligten Stellen vereinbart", dueOn: "2027-02-26", done: false },
        { title: "Ergebnisse in einem K360 AG-Treffen vorgestellt", dueOn: "2027-09-15", done: false },
      ],
      learnings: "Erste Erkenntnisse werden noch gesammelt. Als Beispielinhalt beschreibt dieser Abschnitt keine realen Erfahrungen.",
    },
  },
  {
    ags: "15002",
    description:
      "Die kreisfreie Stadt Halle (Saale) in Sachsen-Anhalt richtet ihre Sozialplanung neu aus und entwickelt sie zu einer integrierten Sozialplanung weiter. Neben mehr Chancengerechtigkeit für alle jungen Menschen geht es darum, örtliche Herausforderungen wie soziale und ethnische Segregation oder Kinderarmut zu bewältigen. Im Sozialplanungsteam, vor allem in der Jugendhilfeplanung, wird teilweise schon integriert geplant; Sozial-, Kita- und Schulentwicklungsplanung stehen bislang aber noch weitgehend nebeneinander. Der Geschäftsbereich Bildung und Soziales will diese Planungsbereiche deshalb enger verzahnen, um Problemlagen früher zu erkennen und neue Lösungen zu finden.",
    youthOfficeName: "Jugendamt der Stadt Halle (Saale)",
    topics: ["integrierte-sozialplanung", "kinderarmut", "bildungsuebergaenge", "ressourcen-priorisieren", "organisationsentwicklung"],
    project: {
      title: "Rahmenkonzept für eine integrierte Sozialplanung",
      summary:
        "Halle (Saale) erarbeitet ein Rahmenkonzept für eine integrierte Sozialplanung und passt Strukturen und Abläufe gezielt daran an. Planung und Steuerung sollen nicht mehr isoliert in einzelnen Bereichen, sondern systematisch und ressortübergreifend erfolgen. Davon sollen vor allem Kinder und Familien profitieren – etwa durch reibungslosere Bildungsübergänge und besser aufeinander abgestimmte Angebote.",
      goals: [
        "Sozial-, Kita- und Schulentwicklungsplanung werden über ein gemeinsames Rahmenkonzept miteinander verknüpft.",
        "Die Stadt legt vorrangige Handlungsfelder fest und baut wirksame Steuerungsstrukturen auf.",
        "Herausforderungen wie Armut und fehlende Chancengerechtigkeit werden ressortübergreifend und koordiniert bearbeitet.",
        "Kinder und Familien erleben Bildungsübergänge und Angebote als besser aufeinander abgestimmt.",
      ],
      topics: ["integrierte-sozialplanung", "kinderarmut", "bildungsuebergaenge", "ressourcen-priorisieren"],
      phase: "concept",
      startsOn: PROGRAM_START,
      endsOn: PROGRAM_END,
      milestones: [
        { title: "Kommunal-Workshop zur Analyse von Strukturen und Gremien durchgeführt", dueOn: "2026-03-19", done: true },
        { title: "Entwurf des Rahmenkonzepts erarbeitet", dueOn: "2026-09-30", done: true },
        { title: "Struktur- und Prozessanpassungen abgestimmt", dueOn: "2027-04-30", done: false },
        { title: "Rahmenkonzept in den zuständigen Gremien vorgestellt", dueOn: "2027-09-30", done: false },
      ],
      learnings:
        "Erste Erkenntnisse werden derzeit gesammelt. Für den weiteren Weg kommt es vor allem darauf an, dass die beteiligten Planungsbereiche ein gemeinsames Verständnis integrierter Sozialplanung entwickeln.",
    },
  },
  {
    ags: "05758012",
    description:
      "Rund 67.000 Menschen leben in der Hansestadt Herford, die als Kreisstadt des gleichnamigen Kreises im Regierungsbezirk Detmold (Nordrhein-Westfalen) liegt. Obwohl sie kreisangehörig ist, unterhält die Stadt ein eigenes Jugendamt. Der Lebenslagenbericht der Stadt stellt unter anderem dar, unter welchen Bedingungen Kinder und Jugendliche unter 18 Jahren aufwachsen. Er zeigt eine im Vergleich zu Nordrhein-Westfalen relativ hohe Armutsbelastung, vor allem bei Familien.",
    youthOfficeName: "Jugendamt der Hansestadt Herford",
    topics: ["organisationsentwicklung", "integrierte-sozialplanung", "fuehrung", "kinderarmut", "kooperation-traeger"],
    project: {
      title: "Integriert planen und steuern im gewachsenen Jugendamt",
      summary:
        "Das Jugendamt der Hansestadt Herford ist in den letzten Jahren stetig gewachsen – unter anderem wegen neuer gesetzlicher Vorgaben, komplexerer Hilfebedarfe, steigender Fallzahlen bei Kindeswohlgefährdungen und einer intensiveren Zusammenarbeit mit freien Trägern. Nach einer Organisationsuntersuchung hat das Amt Aufgaben und Leitungsstrukturen bereits neu geordnet. Nun will es seine Planung und Steuerung integrierter aufstellen, damit die Fachplanungen flexibler und vorausschauender arbeiten können.",
      goals: [
        "Die Fachplanungen des Jugendamts werden integrierter, flexibler und vorausschauender ausgerichtet.",
        "Eine gemeinsame Arbeitskultur im gesamten Jugendamt wird gestärkt.",
        "Agile und kooperative Arbeitsweisen werden im Alltag des Jugendamts verankert.",
      ],
      topics: ["organisationsentwicklung", "integrierte-sozialplanung", "fuehrung"],
      phase: "concept",
      startsOn: PROGRAM_START,
      endsOn: PROGRAM_END,
      milestones: [
        { title: "Auftaktworkshop mit den Leitungskräften durchgeführt", dueOn: "2025-12-10", done: true },
        { title: "Schnittstellen zwischen den Fachplanungen analysiert", dueOn: "2026-06-30", done: true },
        { title: "Kooperative Arbeitsformate im Alltag erprobt", dueOn: "2027-03-31", done: false },
        { title: "Gemeinsames Verständnis von Planung und Steuerung festgehalten", dueOn: "2027-09-30", done: false },
      ],
      learnings:
        "Erste Erkenntnisse werden noch gesammelt. Die vorangegangene Neuorganisation bildet eine Grundlage, auf der das Jugendamt dabei aufbauen kann.",
    },
  },
  {
    ags: "05966",
    description:
      "Im Südosten Nordrhein-Westfalens gelegen, umfasst der Flächenkreis Olpe sieben Städte und Gemeinden. Mit rund 135.000 Einwohner:innen hat er die geringste Bevölkerungszahl aller Kreise in NRW. Der Allgemeine Soziale Dienst ist auf drei Standorte verteilt. Jugendhilfe- und Bildungsplanung sind in einer Stelle gebündelt, die damit als Bindeglied zwischen den vielen Bereichen und Akteur:innen wirkt, die mit Kindern, Jugendlichen und Familien im Kreis arbeiten.",
    youthOfficeName: "Jugendamt des Kreises Olpe",
    topics: ["sozialraumorientierung", "laendlicher-raum", "kooperation-traeger", "datenbasierte-planung"],
    project: {
      title: "Jugendhilfe im Kreis sozialräumlich ausrichten",
      summary:
        "Das Kreisjugendamt will seine Angebote künftig stärker nach Sozialräumen differenzieren. Dazu entsteht zunächst ein Konzept, das Ansätze der Sozialraumorientierung auf die Strukturen und Gegebenheiten im Kreis überträgt und anpasst. Dabei baut das Jugendamt ausdrücklich auf Vorhandenem auf und will Angebote und Schnittstellen sichtbarer machen.",
      goals: [
        "Risiken und Bedarfe in den einzelnen Sozialräumen werden frühzeitig erkannt und aufgegriffen.",
        "Gemeinsam mit Akteur:innen vor Ort entstehen passgenaue und gut erreichbare Angebote für junge Menschen und ihre Familien.",
        "Bedarfe werden differenzierter erfasst als bisher.",
        "Bestehende Angebote und Schnittstellen werden für alle Beteiligten sichtbarer.",
      ],
      topics: ["sozialraumorientierung", "laendlicher-raum", "datenbasierte-planung", "kooperation-traeger"],
      phase: "concept",
      startsOn: PROGRAM_START,
      endsOn: PROGRAM_END,
      milestones: [
        { title: "Auftaktworkshop mit Akteur:innen aus dem Kreis durchgeführt", dueOn: "2026-01-29", done: true },
        { title: "Bestehende Angebote und Schnittstellen erfasst", dueOn: "2026-07-31", done: true },
        { title: "Konzept zur sozialräumlichen Ausrichtung abgestimmt", dueOn: "2027-03-31", done: false },
        { title: "Erprobung in einem ersten Sozialraum vorbereitet", dueOn: "2027-09-30", done: false },
      ],
      learnings:
        "Erste Erkenntnisse werden derzeit gesammelt. Leitend ist der Grundsatz, vorhandene Strukturen und Angebote zu nutzen, statt Neues daneben aufzubauen.",
    },
  },
  {
    ags: "13072",
    description:
      "Der Landkreis Rostock in Mecklenburg-Vorpommern ist nach seiner Fläche der viertgrößte Landkreis Deutschlands. Durch die enge Verflechtung mit der Hansestadt Rostock zählt er zu den wirtschaftsstärksten Landkreisen des Landes, doch die Lebensbedingungen unterscheiden sich innerhalb des Kreises erheblich. Zum Kreisgebiet zählen 102 Gemeinden, hinzu kommen zehn amtsfreie Städte und Gemeinden. Seit 2021 stellt er sein Jugendamt neu auf: Neben dem Umbau von Aufbau- und Ablauforganisation steht die Stärkung der Jugendhilfeplanung im Mittelpunkt.",
    youthOfficeName: "Jugendamt des Landkreises Rostock",
    topics: ["laendlicher-raum", "sozialraumorientierung", "datenbasierte-planung", "organisationsentwicklung", "kooperation-traeger"],
    project: {
      title: "Bedarfe im Flächenlandkreis früher erkennen",
      summary:
        "Das Jugendamt will die Bedarfe junger Menschen und Familien genauer und früher erfassen, um den sehr unterschiedlichen Lebensbedingungen im Landkreis gerecht zu werden. Ressourcen vor Ort sollen gebündelt werden, damit passgenaue und niedrigschwellige Angebote entstehen. Mit Unterstützung des Fellow-Programms erarbeitet das Jugendamt dafür gemeinsam mit relevanten Akteur:innen vor Ort ein tragfähiges Konzept.",
      goals: [
        "Bedarfe junger Menschen und Familien werden in den verschiedenen Teilen des Landkreises früher und differenzierter erkannt.",
        "Vorhandene Ressourcen vor Ort werden gebündelt und gezielt eingesetzt.",
        "Es entstehen passgenaue, niedrigschwellige Angebote, die auch in der Fläche erreichbar sind.",
        "Relevante Akteur:innen vor Ort wirken an der Entwicklung des Konzepts mit.",
      ],
      topics: ["laendlicher-raum", "datenbasierte-planung", "kooperation-traeger", "organisationsentwicklung"],
      phase: "concept",
      startsOn: PROGRAM_START,
      endsOn: PROGRAM_END,
      milestones: [
        { title: "Kommunal-Workshop mit Akteur:innen aus den Regionen durchgeführt", dueOn: "2026-02-12", done: true },
        { title: "Datengrundlagen für die Bedarfserfassung gesichtet", dueOn: "2026-06-30", done: true },
        { title: "Konzeptentwurf mit Akteur:innen vor Ort diskutiert", dueOn: "2027-02-26", done: false },
        { title: "Tragfähiges Konzept vorgelegt", dueOn: "2027-09-30", done: false },
      ],
      learnings:
        "Erste Erkenntnisse werden noch gesammelt. Das Vorhaben knüpft an die seit 2021 laufende Neuaufstellung des Jugendamts an und kann auf deren Ergebnissen aufbauen.",
    },
  },
  {
    ags: "14713",
    description:
      "Die kreisfreie Stadt Leipzig in Sachsen plant ihre Kinder- und Jugendhilfe bereits seit 2021 integriert, um jungen Menschen und ihren Familien ganzheitliche und bedarfsgerechte Unterstützung zu bieten. Schwerpunkte sind Armut, Bildung, Gesundheit und Inklusion. Die Beteiligten verfügen damit über mehrjährige Erfahrung in der Steuerung integrierter Planungsprozesse – eine gute Basis, um gemeinsam mit anderen Kommunen darüber nachzudenken, wie nachhaltiger Wandel in der Verwaltung gelingt.",
    youthOfficeName: "Jugendamt der Stadt Leipzig",
    topics: ["integrierte-sozialplanung", "kinderarmut", "bildungsuebergaenge", "gesundheit", "inklusion-kjsg", "wirkungsorientierung", "beteiligung"],
    project: {
      title: "Integrierte Kinder- und Jugendhilfeplanung weiterentwickeln",
      summary:
        "Leipzig evaluiert seine integrierte Kinder- und Jugendhilfeplanung bis Mitte 2026, entwickelt sie weiter und setzt sie anschließend um. Die neue Planung konzentriert sich auf Armut, Bildung, Gesundheit und Inklusion und soll heutigen wie künftigen Herausforderungen gewachsen sein. Klare Ziele sollen die Umsetzung der Maßnahmen absichern und Fortschritte sichtbar machen; eine knappe, gut verständliche Darstellung soll der Planung mehr Orientierungskraft geben.",
      goals: [
        "Die bestehende Planung wird evaluiert und auf Grundlage der Ergebnisse weiterentwickelt.",
        "Klare, überprüfbare Ziele machen Fortschritte bei der Umsetzung der Maßnahmen sichtbar.",
        "Eine strukturierte und leicht verständliche Darstellung stärkt die Orientierungskraft der Planung.",
        "Der Prozess wird transparent und mit hoher Beteiligungsqualität gestaltet.",
      ],
      topics: ["integrierte-sozialplanung", "wirkungsorientierung", "kinderarmut", "beteiligung"],
      phase: "implementation",
      startsOn: PROGRAM_START,
      endsOn: PROGRAM_END,
      milestones: [
        { title: "Evaluation der bisherigen Planung abgeschlossen", dueOn: "2026-06-30", done: true },
        { title: "Ziele und Kennzahlen der weiterentwickelten Planung abgestimmt", dueOn: "2026-10-30", done: true },
        { title: "Kompakte Fassung der Planung veröffentlicht", dueOn: "2027-03-31", done: false },
        { title: "Erste Fortschritte in einem Monitoringbericht dargestellt", dueOn: "2027-09-30", done: false },
      ],
      learnings:
        "Leipzig bringt mehrjährige Erfahrung mit integrierten Planungsprozessen in das Programm ein. Die Ergebnisse der Evaluation fließen in die weiterentwickelte Planung ein; welche Schlüsse sich daraus für die Umsetzung ziehen lassen, wird derzeit zusammengetragen.",
    },
  },
  {
    ags: "15089",
    description:
      "Der Salzlandkreis ist ein Landkreis in Sachsen-Anhalt. Nähere Angaben zur Ausgangslage in der Jugendhilfeplanung und zum Vorhaben im Fellow-Programm liegen noch nicht vor und werden ergänzt, sobald sie veröffentlicht sind.",
    youthOfficeName: "Jugendamt des Salzlandkreises",
    topics: [],
    project: {
      title: "Beispielvorhaben: Jugendbeteiligung in der Jugendhilfeplanung verankern",
      summary:
        "Beispielinhalt: Dieses Vorhaben ist frei erfunden und gibt nicht die tatsächlichen Pläne des Salzlandkreises wieder. Es beschreibt, wie ein Landkreis junge Menschen aus allen Städten und Gemeinden regelmäßig an der Jugendhilfeplanung beteiligen könnte. Die Ergebnisse werden verständlich aufbereitet und in den Jugendhilfeausschuss eingebracht.",
      goals: [
        "Junge Menschen aus allen Teilen des Kreises werden regelmäßig nach ihren Bedarfen gefragt.",
        "Die Ergebnisse der Beteiligung fließen nachvollziehbar in die Jugendhilfeplanung ein.",
        "Der Jugendhilfeausschuss erhält die Ergebnisse in einer knappen, gut verständlichen Form.",
      ],
      topics: ["beteiligung", "laendlicher-raum", "politische-kommunikation"],
      phase: "idea",
      startsOn: PROGRAM_START,
      endsOn: PROGRAM_END,
      milestones: [
        { title: "Ersten Check-In zum Vorhaben geführt", dueOn: "2025-11-25", done: true },
        { title: "Ideen für Beteiligungsformate gesammelt", dueOn: "2026-06-30", done: true },
        { title: "Beteiligungskonzept entworfen", dueOn: "2027-03-31", done: false },
        { title: "Ergebnisse im Jugendhilfeausschuss vorgestellt", dueOn: "2027-09-30", done: false },
      ],
      learnings: "Erste Erkenntnisse werden noch gesammelt. Als Beispielinhalt beschreibt dieser Abschnitt keine realen Erfahrungen.",
    },
  },
];
