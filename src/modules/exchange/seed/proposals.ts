/**
 * Invented topic proposals of the demo: what the Fellow municipalities would like to discuss at
 * the next K360 AG-Treffen ("ag") or in the open online format "Kommune gestaltet!" ("festival").
 * Supporters and comment authors are AGS of Fellow municipalities; all texts are made up.
 */
export interface ProposalSeed {
  key: string;
  ags: string;
  title: string;
  description: string;
  occasion: "ag" | "festival";
  status: "open" | "accepted" | "declined" | "merged";
  decisionReason: string;
  mergedInto?: string;
  /** AGS of supporting Fellow municipalities */
  supporters: string[];
  comments: { ags: string; body: string }[];
}

export const proposalSeeds: ProposalSeed[] = [
  {
    key: "ressourcen-priorisieren",
    ags: "15002",
    title: "Knappe Ressourcen priorisieren – mit Kriterien, die auch im Streit tragen",
    description:
      "Wenn die Mittel nicht für alle Handlungsfelder reichen, wird oft nach Dringlichkeit des Tages entschieden. Wir möchten mit anderen Kommunen besprechen, welche Kriterien sich für eine nachvollziehbare Priorisierung bewährt haben. Besonders interessiert uns, wie man Fachplanungen und Politik dabei mitnimmt, ohne dass sich ein Bereich zurückgesetzt fühlt.",
    occasion: "ag",
    status: "open",
    decisionReason: "",
    supporters: ["05758012", "13072", "14713", "05966"],
    comments: [
      {
        ags: "14713",
        body: "Wir haben bei der Evaluation unserer Planung eine einfache Bewertungsmatrix ausprobiert und könnten davon berichten. Ehrlicherweise hat sie nicht jede Diskussion beendet, aber sie hat die Argumente sortiert. Gerne bringen wir unsere Erfahrungen ein.",
      },
      {
        ags: "13072",
        body: "Für uns als Flächenkreis kommt noch die Frage hinzu, wie man zwischen Regionen abwägt. Vielleicht lässt sich das als eigener Teil der Sitzung aufgreifen.",
      },
    ],
  },
  {
    key: "jha-verstaendlich",
    ags: "14713",
    title: "Jugendhilfeplanung im Jugendhilfeausschuss verständlich machen",
    description:
      "Planungsberichte sind oft lang, voller Fachbegriffe und kommen kurz vor der Sitzung bei den Ausschussmitgliedern an. Wir arbeiten gerade an einer kompakten Fassung unserer Planung und möchten zeigen, was wir dabei gelernt haben. Gemeinsam mit anderen wollen wir Beispiele sammeln, wie Daten, Ziele und Fortschritte für Politik und freie Träger greifbar werden.",
    occasion: "festival",
    status: "accepted",
    decisionReason:
      "Der Vorschlag hat in kurzer Zeit viel Unterstützung aus der Kohorte bekommen und passt sehr gut zum offenen Format, weil er auch Kommunalpolitik und freie Träger anspricht. Wir nehmen ihn in die nächste Ausgabe von „Kommune gestaltet!“ auf und melden uns zur Vorbereitung beim Leipziger Tandem.",
    supporters: ["05314", "15089", "15002", "06412", "05966"],
    comments: [
      {
        ags: "15089",
        body: "Genau diese Frage beschäftigt uns auch: Wie bringen wir Beteiligungsergebnisse so in den Ausschuss, dass sie wirklich gelesen werden? Wir würden gern ein Beispiel aus unserem Kreis beisteuern.",
      },
      {
        ags: "05314",
        body: "Bei uns hat eine einseitige Übersicht zum Förderplan mehr bewirkt als der ganze Bericht. Es wäre spannend, in der Sitzung auch über Visualisierungen zu sprechen, die ohne Erklärung auskommen.",
      },
    ],
  },
  {
    key: "beteiligung-adressaten",
    ags: "05314",
    title: "Beteiligung von Adressatinnen und Adressaten in der Planung",
    description:
      "Viele Kommunen beteiligen junge Menschen und Familien bereits, doch die Ergebnisse finden nicht immer den Weg in die Planung. Wir möchten Erfahrungen austauschen, welche Formate Kinder, Jugendliche und Eltern tatsächlich erreichen – auch diejenigen, die sonst selten gefragt werden. Außerdem wollen wir klären, wie Rückmeldungen an die Beteiligten gelingen, damit sie sehen, was aus ihren Ideen geworden ist.",
    occasion: "ag",
    status: "open",
    decisionReason: "",
    supporters: ["15089", "14713", "13072", "02000"],
    comments: [
      {
        ags: "15089",
        body: "Wir haben unseren eigenen Vorschlag zur Jugendbeteiligung im Landkreis hier einfließen lassen. Uns wäre wichtig, dass auch die Frage zur Sprache kommt, wie man Jugendliche aus kleinen Gemeinden erreicht.",
      },
      {
        ags: "14713",
        body: "Das Thema Rückmeldung finden wir besonders wichtig. Bei uns hat sich gezeigt, dass Beteiligung schnell an Glaubwürdigkeit verliert, wenn monatelang nichts zurückkommt.",
      },
    ],
  },
  {
    key: "jugendbeteiligung-flaeche",
    ags: "15089",
    title: "Junge Menschen aus dem ganzen Landkreis beteiligen",
    description:
      "In einem Kreis mit vielen Städten und Gemeinden ist es schwer, Jugendliche überall gleichermaßen zu beteiligen. Wir möchten wissen, wie andere Kommunen regelmäßige Beteiligung organisieren, ohne dass nur die Kreisstadt vertreten ist. Uns interessieren digitale Wege ebenso wie Formate direkt vor Ort.",
    occasion: "ag",
    status: "merged",
    decisionReason:
      "Der Vorschlag überschneidet sich stark mit dem Thema „Beteiligung von Adressatinnen und Adressaten in der Planung“. Wir führen beide zusammen, damit sich die Diskussion nicht auf zwei Sitzungen verteilt; die Stimmen zählen beim gemeinsamen Vorschlag. Die Frage nach Beteiligung im ländlichen Raum wird dort ausdrücklich als eigener Schwerpunkt aufgegriffen.",
    mergedInto: "beteiligung-adressaten",
    supporters: ["13072", "05966"],
    comments: [
      {
        ags: "05966",
        body: "Das trifft auch unsere Lage im Kreis sehr genau. Wir hätten Interesse, gemeinsam mögliche Formate zu entwickeln, statt dass jede Kommune für sich anfängt.",
      },
    ],
  },
  {
    key: "inklusive-jhp",
    ags: "06412",
    title: "Inklusive Jugendhilfeplanung: Fachplanungen an einen Tisch bringen",
    description:
      "Auf dem Weg zu einer inklusiven Jugendhilfe müssen Planungsbereiche zusammenarbeiten, die bisher wenig miteinander zu tun hatten. Wir erproben gerade Strukturen für Zusammenarbeit und Kommunikation und möchten unsere ersten Erfahrungen teilen. Gleichzeitig suchen wir Anregungen, wie andere Kommunen Eingliederungshilfe und Jugendhilfe in der Planung zusammendenken.",
    occasion: "ag",
    status: "open",
    decisionReason: "",
    supporters: ["14713", "02000", "15002"],
    comments: [
      {
        ags: "14713",
        body: "Inklusion ist einer unserer vier Schwerpunkte, deshalb unterstützen wir das sehr gern. Vielleicht können wir in der Sitzung vergleichen, welche Daten jeweils zur Verfügung stehen und wo noch Lücken sind.",
      },
    ],
  },
  {
    key: "kleinraeumige-daten",
    ags: "05966",
    title: "Kleinräumige Daten im Flächenkreis – wenn die Fallzahlen klein sind",
    description:
      "In kleinen Gemeinden sind Fallzahlen oft so niedrig, dass sich daraus kaum belastbare Aussagen ableiten lassen oder der Datenschutz eine Veröffentlichung verbietet. Wir möchten uns austauschen, wie andere Kreise Bedarfe trotzdem sozialräumlich erfassen. Hilfreich wären Beispiele für Indikatoren, sinnvolle Zusammenfassungen von Gebieten und ergänzende qualitative Quellen.",
    occasion: "ag",
    status: "open",
    decisionReason: "",
    supporters: ["13072", "15089"],
    comments: [
      {
        ags: "13072",
        body: "Dasselbe Problem haben wir bei über hundert Gemeinden in noch größerem Maßstab. Wir haben gute Erfahrungen damit gemacht, Gespräche mit Fachkräften vor Ort systematisch auszuwerten, und würden das gern vorstellen.",
      },
    ],
  },
  {
    key: "arbeitskultur-neuorganisation",
    ags: "05758012",
    title: "Gemeinsame Arbeitskultur nach einer Neuorganisation",
    description:
      "Neue Strukturen sind schnell beschlossen, eine gemeinsame Arbeitskultur entsteht dagegen nur langsam. Wir möchten mit anderen darüber sprechen, wie Führungskräfte und Teams nach einer Umorganisation zusammenwachsen. Dabei interessieren uns kleine, alltagstaugliche Formate mehr als große Leitbildprozesse.",
    occasion: "festival",
    status: "open",
    decisionReason: "",
    supporters: ["13072", "06412"],
    comments: [],
  },
  {
    key: "fachsoftware-vergleich",
    ags: "02000",
    title: "Fachsoftware für die Jugendhilfeplanung im Vergleich",
    description:
      "Viele Jugendämter stehen vor der Frage, mit welcher Software sie Planungsdaten aus verschiedenen Quellen zusammenführen. Wir würden gern verschiedene Produkte nebeneinanderstellen und Erfahrungen aus der Praxis sammeln. So könnten Kommunen vor einer Anschaffung voneinander lernen.",
    occasion: "festival",
    status: "declined",
    decisionReason:
      "Vielen Dank für den Vorschlag – die Frage dahinter ist berechtigt und kommt in vielen Kommunen auf. Als gemeinnützige Initiative stellen wir im offenen Format jedoch keine kommerziellen Produkte gegeneinander, um neutral zu bleiben. Die zugrunde liegende Frage, wie Daten aus mehreren Planungen zusammenfinden, bringen wir gern in die Diskussion zum vorgeschlagenen AG-Thema „Kleinräumige Daten im Flächenkreis“ ein; Ihre Erfahrungen können Sie außerdem als Erfahrungsbericht im geschützten Austausch teilen.",
    supporters: ["05966"],
    comments: [
      {
        ags: "05966",
        body: "Uns hätte der Austausch auch geholfen, weil wir gerade vor einer ähnlichen Entscheidung stehen. Vielleicht können wir uns dazu einfach bilateral verabreden.",
      },
    ],
  },
  {
    key: "angebote-in-der-flaeche",
    ags: "13072",
    title: "Niedrigschwellige Angebote in der Fläche erreichbar machen",
    description:
      "Wo Busse selten fahren, erreichen viele Angebote gerade die jungen Menschen nicht, die sie am dringendsten brauchen. Wir möchten Beispiele zeigen und sammeln, wie Kommunen mit mobilen, aufsuchenden oder gebündelten Angeboten darauf reagieren. Das Thema betrifft nicht nur Fellow-Kommunen, deshalb schlagen wir es für das offene Format vor.",
    occasion: "festival",
    status: "open",
    decisionReason: "",
    supporters: ["05966", "15089", "15002"],
    comments: [
      {
        ags: "15002",
        body: "Auch in einer Großstadt sind Angebote nicht für alle gleich gut erreichbar, nur aus anderen Gründen. Es wäre schön, wenn die Sitzung beide Blickwinkel zulässt.",
      },
      {
        ags: "05966",
        body: "Wir könnten von einem gemeinsamen Standort mehrerer Träger in einer unserer Gemeinden berichten. Dort hat sich gezeigt, dass feste Sprechzeiten vor Ort mehr bringen als eine Beratungsstelle in der Kreisstadt.",
      },
    ],
  },
];
