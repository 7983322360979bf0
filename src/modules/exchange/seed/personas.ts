/**
 * Invented personas of the demo, one for each of six Fellow municipalities (the persona method
 * of the Fellow day): a fictional person who shows where the municipality's planning stands.
 * Every person here is made up; the situations follow the municipalities' change projects.
 */
export interface PersonaSeed {
  ags: string;
  name: string;
  role: string;
  drives: string;
  stumblingBlocks: string;
  whatWorks: string;
  nextSteps: string;
  shared: boolean;
}

export const personaSeeds: PersonaSeed[] = [
  {
    ags: "05314",
    name: "Miriam",
    role: "41, Jugendhilfeplanerin im Amt für Kinder, Jugend und Familie",
    drives:
      "Miriam möchte, dass der nächste Kinder- und Jugendförderplan nicht im Regal verschwindet, sondern in Teamsitzungen und Trägergesprächen tatsächlich aufgeschlagen wird. Am meisten motiviert sie, wenn Jugendliche merken, dass ihre Ideen im Plan wiederzufinden sind. Sie glaubt fest daran, dass gute Planung in Bonn nur gemeinsam mit den freien Trägern entsteht.",
    stumblingBlocks:
      "Beteiligung braucht Zeit, die Sitzungskalender der Gremien geben aber feste Abgabetermine vor. Innerhalb der Stadtverwaltung läuft die Abstimmung oft über viele Hierarchieebenen, bis eine Rückmeldung kommt. Und nicht alle Kolleg:innen sehen im Förderplan bisher mehr als eine Pflichtaufgabe.",
    whatWorks:
      "Die Zusammenarbeit mit den Trägern ist eingespielt; der gemeinsame Auftaktworkshop hat viel Vertrauen geschaffen. Dass Jugend- und Schulplanung seit Jahren mit denselben Planungsräumen arbeiten, erspart ihr manche Diskussion. Mit der Sozialraumanalyse kann sie Bedarfe gut begründen.",
    nextSteps:
      "Miriam wertet die Ergebnisse der erprobten Beteiligungsformate aus und übersetzt sie in Ziele für den Planentwurf. Den Entwurf will sie vor der Gremienphase mit Trägern und jungen Menschen noch einmal abstimmen. Außerdem sucht sie eine Form, in der der Plan im Alltag als kurzer Leitfaden taugt.",
    shared: true,
  },
  {
    ags: "06412",
    name: "Deniz",
    role: "46, Planungskoordinator in der Stabsstelle des Jugend- und Sozialamts",
    drives:
      "Deniz reizt es, in einer so großen Stadt die vielen Fachplanungen zu einem gemeinsamen Bild zusammenzusetzen. Er ist überzeugt, dass sich Steuerung stärker am Bedarf junger Menschen ausrichten lässt, wenn die Erkenntnisse nicht mehr verstreut liegen. Die inklusive Jugendhilfe sieht er als Gelegenheit, neue Wege der Zusammenarbeit auszuprobieren.",
    stumblingBlocks:
      "Zwischen Hauptverwaltung und sieben Sozialrathäusern gehen Informationen leicht verloren. Viele Gremien tagen parallel, ohne voneinander zu wissen, und jede Fachplanung hat ihre eigenen Zahlen und Rhythmen. Für Eingliederungshilfe und Jugendhilfe gelten noch unterschiedliche Zuständigkeiten, was gemeinsame Planung mühsam macht.",
    whatWorks:
      "Im Kommunal-Workshop wurde erstmals sichtbar, welche Gremien und Abläufe es überhaupt gibt – das hat vielen die Augen geöffnet. Das Konzept für die integrierte Planung ist abgestimmt, und im Themenfeld inklusive Jugendhilfe läuft die Erprobung. Die Leitung steht erkennbar hinter dem Vorhaben.",
    nextSteps:
      "Deniz will einen festen Austausch der Fachplanungen etablieren, der nicht an einzelnen Personen hängt. Bis zum Ende der Erprobung sammelt er, welche Kommunikationswege funktionieren und welche nicht. Daraus soll eine Empfehlung entstehen, wie das Vorgehen auf weitere Themenfelder übertragen werden kann.",
    shared: true,
  },
  {
    ags: "15002",
    name: "Katrin",
    role: "52, Sozialplanerin im Geschäftsbereich Bildung und Soziales",
    drives:
      "Katrin ärgert sich darüber, dass der Wohnort in Halle noch immer stark darüber entscheidet, welche Chancen ein Kind hat. Sie will, dass Kinderarmut nicht in jeder Fachplanung einzeln, sondern gemeinsam angegangen wird. Wenn Kita-, Schul- und Jugendhilfeplanung an einem Tisch sitzen, sieht sie viel Potenzial.",
    stumblingBlocks:
      "Sozial-, Kita- und Schulentwicklungsplanung arbeiten mit unterschiedlichen Daten, Raumzuschnitten und Zeitplänen. Die Mittel reichen nicht für alles, was wünschenswert wäre, und über Prioritäten wird bisher eher nebenbei entschieden. Ein gemeinsames Verständnis davon, was integrierte Sozialplanung eigentlich heißt, muss erst noch wachsen.",
    whatWorks:
      "In der Jugendhilfeplanung wird schon heute teilweise integriert gearbeitet, darauf kann Katrin aufbauen. Die Analyse von Strukturen und Gremien im Kommunal-Workshop war ein guter Startpunkt. Der Entwurf des Rahmenkonzepts liegt vor und wird in den Planungsbereichen ernsthaft diskutiert.",
    nextSteps:
      "Als Nächstes will Katrin mit den anderen Planungsbereichen vereinbaren, welche Strukturen und Abläufe sich konkret ändern. Sie schlägt vor, wenige vorrangige Handlungsfelder festzulegen und dafür nachvollziehbare Kriterien zu nutzen. Danach soll das Rahmenkonzept in die Gremien gehen.",
    shared: true,
  },
  {
    ags: "05758012",
    name: "Tobias",
    role: "35, Jugendhilfeplaner im Jugendamt",
    drives:
      "Tobias möchte, dass sich das gewachsene Jugendamt wieder wie ein gemeinsames Haus anfühlt und nicht wie eine Reihe nebeneinander arbeitender Abteilungen. Ihn treibt an, Entwicklungen früher zu erkennen, statt immer nur auf steigende Fallzahlen zu reagieren. Agile Arbeitsweisen hat er in einer Fortbildung kennengelernt und will sie ausprobieren.",
    stumblingBlocks:
      "Der Alltag im Kinderschutz bindet viel Kraft, sodass für vorausschauende Planung wenig Zeit bleibt. Viele neue Kolleg:innen kennen die Abläufe noch nicht, andere hängen an den alten Strukturen. Die Schnittstellen zwischen den Fachplanungen sind zwar beschrieben, werden aber noch nicht selbstverständlich genutzt.",
    whatWorks:
      "Nach der Organisationsuntersuchung sind Aufgaben und Leitungsstrukturen klar geregelt, das gibt Sicherheit. Der Auftaktworkshop mit den Leitungskräften hat gezeigt, dass alle das Vorhaben mittragen. Die Schnittstellenanalyse liefert eine gute Grundlage für die nächsten Gespräche.",
    nextSteps:
      "Tobias will eine monatliche Planungsrunde einführen, in der die Fachplanungen kurz berichten und gemeinsam auf Auffälligkeiten schauen. Nach einigen Monaten soll eine Rückschau zeigen, was sich davon bewährt. Am Ende möchte er festhalten, was Planung und Steuerung im Jugendamt Herford gemeinsam bedeuten.",
    shared: false,
  },
  {
    ags: "05966",
    name: "Sabine",
    role: "44, Jugendhilfe- und Bildungsplanerin im Kreisjugendamt",
    drives:
      "Sabine versteht sich als Brückenbauerin zwischen Schulen, Trägern, Städten und Gemeinden im Kreis. Sie möchte, dass Familien in jedem der sieben Orte Unterstützung finden, die zu ihrer Lage passt. Kurze Wege und persönliche Kontakte sieht sie als große Stärke des Kreises.",
    stumblingBlocks:
      "In kleinen Gemeinden sind die Fallzahlen so gering, dass sich aus den Daten kaum belastbare Aussagen ableiten lassen. Der Allgemeine Soziale Dienst arbeitet an drei Standorten, jeder mit eigener Praxis. Viele gute Angebote kennt nur, wer zufällig davon gehört hat.",
    whatWorks:
      "Die Bestandsaufnahme der Angebote und Schnittstellen ist abgeschlossen und wurde von den Akteur:innen vor Ort gut angenommen. Weil Jugendhilfe- und Bildungsplanung in ihrer Stelle zusammenlaufen, muss sie wenig zwischen Ämtern vermitteln. Der Grundsatz, an Vorhandenes anzuknüpfen, nimmt vielen die Sorge vor zusätzlicher Arbeit.",
    nextSteps:
      "Sabine will das Konzept zur sozialräumlichen Ausrichtung mit den Städten und Gemeinden abstimmen. Für die Erprobung sucht sie einen ersten Sozialraum, in dem die Beteiligten Lust auf Neues haben. Parallel entsteht eine Übersicht der Angebote, die auch Familien nutzen können.",
    shared: true,
  },
  {
    ags: "13072",
    name: "Henrik",
    role: "49, Sachgebietsleiter Jugendhilfeplanung im Jugendamt des Landkreises",
    drives:
      "Henrik will, dass ein Kind in einem abgelegenen Dorf ähnlich gute Chancen hat wie eines im Umland der Hansestadt Rostock. Ihn motiviert, dass die Jugendhilfeplanung durch die Neuaufstellung des Jugendamts endlich sichtbarer geworden ist. Er denkt gern in Karten und Entfernungen.",
    stumblingBlocks:
      "Der Landkreis ist riesig, und die Lebenslagen unterscheiden sich von Region zu Region stark. Für viele der über hundert Gemeinden fehlen kleinräumige Daten, und Angebote sind ohne Auto oft kaum erreichbar. Der Umbau der Organisation seit 2021 hat viel Energie gekostet, manche Kolleg:innen sind veränderungsmüde.",
    whatWorks:
      "Der Kommunal-Workshop hat Akteur:innen aus allen Regionen zusammengebracht, die sonst selten miteinander sprechen. Die verfügbaren Datengrundlagen sind gesichtet, Lücken sind jetzt benannt statt nur vermutet. Mit einigen Ämtern und Trägern vor Ort gibt es bereits verlässliche Absprachen.",
    nextSteps:
      "Henrik will den Konzeptentwurf in den Regionen vorstellen und gezielt nach Rückmeldungen fragen. Dabei soll geklärt werden, wo sich Ressourcen bündeln lassen und wo mobile oder aufsuchende Angebote sinnvoll sind. Für die Datenlücken sucht er pragmatische Ersatzgrößen.",
    shared: true,
  },
];
