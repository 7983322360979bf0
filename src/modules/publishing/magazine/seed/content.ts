/** Invented example content for the Magazin: authors and articles about the initiative's themes, in our own words. */

export const demoAuthors = [
  {
    key: "jana",
    name: "Jana Wegener",
    role: "Redaktion Kommune 360°",
    email: "jana.wegener@k360.example",
    bio: "Jana Wegener schreibt über das Fellow-Programm und darüber, wie Kommunen voneinander lernen. Vorher hat sie zehn Jahre in der Jugendhilfeplanung eines Landkreises gearbeitet.\n\nDiese Person ist ein erfundenes Beispiel.",
  },
  {
    key: "tobias",
    name: "Tobias Reinhardt",
    role: "Programmleitung Fortbildungen",
    email: "tobias.reinhardt@k360.example",
    bio: "Tobias Reinhardt verantwortet die Lernpfade Führung und Change. Ihn interessiert, wie Verwaltungen Veränderung anstoßen, ohne dass jemand auf die perfekte Gelegenheit warten muss.\n\nDiese Person ist ein erfundenes Beispiel.",
  },
  {
    key: "selin",
    name: "Selin Kaya",
    role: "Beteiligung und Netzwerk",
    email: "selin.kaya@k360.example",
    bio: "Selin Kaya begleitet Kommunen dabei, Kinder und Jugendliche an der Planung zu beteiligen, und moderiert das Format „Kommune gestaltet!“.\n\nDiese Person ist ein erfundenes Beispiel.",
  },
] as const;

export type DemoAuthorKey = (typeof demoAuthors)[number]["key"];

export interface DemoArticle {
  title: string;
  teaser: string;
  body: string;
  authors: DemoAuthorKey[];
  tags: string[];
  /** Days before seeding; negative means scheduled for the future. */
  daysAgo: number;
  status?: "draft";
  /** How many Fellow municipalities (the first ones by name) the article links to. */
  fellows?: number;
  /** Links the next public "Kommune gestaltet!" event. */
  withEvent?: boolean;
}

export const demoArticles: DemoArticle[] = [
  {
    title: "Ein Tag, neun Kommunen: Was der Fellow-Tag gezeigt hat",
    teaser: "Beim Fellow-Tag brachten die Kommunen ihre eigenen Fragen mit. Am Ende war klar: Niemand muss alles allein herausfinden.",
    body: "Wer in der Jugendhilfeplanung arbeitet, kennt das Gefühl, mit einer Frage ganz allein zu sein. Beim Fellow-Tag saßen Planungsfachkräfte und Führungskräfte aus neun Kommunen einen Tag lang zusammen – und stellten schnell fest, wie ähnlich ihre Baustellen sind.\n\n## Vier Fragen als roter Faden\n\nDas Programm entstand aus den Anliegen der Teilnehmenden. Vier Fragen zogen sich durch alle Runden:\n\n- Hat eine andere Kommune unser Problem schon gehabt?\n- Wie ist sie damit umgegangen?\n- Was hat funktioniert, was nicht?\n- Was davon passt zu uns?\n\n## Auch das Scheitern gehört auf den Tisch\n\nBesonders wertvoll waren die Berichte über Vorhaben, die nicht so liefen wie geplant. Eine Kommune erzählte von einem Beteiligungsformat, zu dem kaum jemand kam – und davon, was sie beim zweiten Anlauf anders gemacht hat.\n\nDer nächste Fellow-Tag ist schon in Planung. Die Themen bestimmen wieder die Kommunen selbst.",
    authors: ["jana"],
    tags: ["Fellow-Programm", "Jugendhilfeplanung", "Integrierte Planung"],
    daysAgo: 6,
    fellows: 3,
  },
  {
    title: "Integrierte Planung beginnt mit einem gemeinsamen Bild",
    teaser:
      "Jugendhilfe, Schule, Kita und Gesundheit planen oft nebeneinander her. Ein gemeinsames Bild vom Aufwachsen vor Ort ist der erste Schritt aus den Silos.",
    body: "Integrierte Planung klingt nach Verfahren und Gremien. Im Kern geht es um etwas Einfacheres: Alle, die für das Aufwachsen in einer Kommune Verantwortung tragen, schauen auf dieselben Kinder und Familien.\n\n## Woran es oft hakt\n\nDie Daten liegen in verschiedenen Ämtern, die Planungszyklen passen nicht zueinander, und jede Fachplanung hat ihre eigene Sprache. Das ist kein böser Wille, sondern gewachsene Struktur.\n\n## Was hilft\n\nKommunen, die vorankommen, beginnen selten mit einem großen Konzept. Sie vereinbaren zuerst ein paar gemeinsame Fragen – etwa: *Wo wachsen Kinder in unserer Stadt mit den wenigsten Chancen auf?* – und suchen dann die Daten, die sie dafür brauchen.\n\nWichtig ist, dass die Leitungsebene den Auftrag gibt und die Fachebene Zeit dafür bekommt.",
    authors: ["tobias"],
    tags: ["Integrierte Planung", "Jugendhilfeplanung", "Führung"],
    daysAgo: 20,
  },
  {
    title: "„Wir haben aufgehört, in Zuständigkeiten zu denken“",
    teaser: "Ein Interview mit dem Tandem einer Fellow-Kommune über ein Jahr integrierte Planung, zähe Abstimmungen und einen überraschend schnellen Erfolg.",
    body: "**Was war Ihr Ausgangspunkt?**\n\nWir hatten drei Pläne für dieselben Stadtteile: den Jugendhilfeplan, die Schulentwicklungsplanung und einen Präventionsplan. Keiner kannte die anderen wirklich.\n\n**Was haben Sie als Erstes verändert?**\n\nWir haben eine gemeinsame Runde eingerichtet, einmal im Monat, eine Stunde. Ohne Tagesordnung von oben – jede Fachplanung bringt eine Frage mit.\n\n**Und der schnelle Erfolg?**\n\nNach drei Monaten haben wir gemerkt, dass zwei Ämter dieselbe Elternbefragung planten. Jetzt machen wir sie gemeinsam und sparen Geld und Nerven.\n\n**Was raten Sie anderen Kommunen?**\n\nKlein anfangen, aber regelmäßig. Und die Leitung muss sichtbar dahinterstehen.\n\n*Das Interview ist ein erfundenes Beispiel.*",
    authors: ["jana", "selin"],
    tags: ["Interview", "Fellow-Programm", "Integrierte Planung"],
    daysAgo: 34,
    fellows: 1,
  },
  {
    title: "Beteiligung, die etwas verändert: fünf Fragen vor dem ersten Jugendforum",
    teaser: "Ein Jugendforum ist schnell organisiert. Damit es mehr wird als ein Termin, sollte die Verwaltung vorher ein paar Fragen ehrlich beantworten.",
    body: "Junge Menschen merken sofort, ob ihre Meinung gefragt ist oder nur ihr Foto für den Jahresbericht. Diese fünf Fragen helfen bei der Vorbereitung:\n\n1. Worüber können die Jugendlichen tatsächlich mitentscheiden?\n2. Wer aus Verwaltung und Politik hört zu – und kommt auch wieder?\n3. Wie erfahren die Teilnehmenden, was aus ihren Ideen geworden ist?\n4. Wen erreichen wir mit unserer Einladung nicht?\n5. Welches Budget steht für die Umsetzung bereit?\n\n## Rückmeldung ist Pflicht\n\nDie häufigste Enttäuschung entsteht nicht im Forum, sondern danach: wenn nichts mehr kommt. Planen Sie die Rückmeldung deshalb gleich mit ein – mit Datum und Ansprechperson.",
    authors: ["selin"],
    tags: ["Beteiligung", "Jugendhilfeplanung"],
    daysAgo: 48,
  },
  {
    title: "Kommune gestaltet!: Unter Druck handlungsfähig bleiben",
    teaser: "Knappe Haushalte, volle Postfächer, neue Gesetze: Beim Online-Format „Kommune gestaltet!“ ging es darum, wie Verwaltungen trotzdem gestalten.",
    body: "Rund sechzig Menschen aus Jugendämtern, Sozialplanung und freien Trägern waren beim letzten „Kommune gestaltet!“ dabei – eine knappe Stunde, online, offen für alle.\n\n## Drei Gedanken aus der Runde\n\n- **Prioritäten sichtbar machen:** Wer sagt, was gerade nicht geht, schafft Raum für das, was wichtig ist.\n- **Verbündete suchen:** Oft hat ein anderes Amt dasselbe Problem und ähnliche Ideen.\n- **Kleine Schritte feiern:** Veränderung dauert. Zwischenerfolge halten Teams bei der Stange.\n\nDas nächste „Kommune gestaltet!“ steht schon im Kalender. Die Anmeldung ist kostenlos.",
    authors: ["selin", "tobias"],
    tags: ["Kommune gestaltet!", "Führung"],
    daysAgo: 62,
    withEvent: true,
  },
  {
    title: "Lernpfad Führung: Warum Leitung Veränderung gestalten muss",
    teaser: "Hierarchie allein löst keine Probleme, die quer zu allen Ämtern liegen. Der Lernpfad Führung setzt bei der Haltung von Führungskräften an.",
    body: "Führungskräfte in der Verwaltung sollen steuern, obwohl vieles außerhalb ihres Einflusses liegt: Krisen, Reformen, fehlendes Personal. Der Lernpfad Führung nimmt diese Lage ernst.\n\n## Drei Module, ein Jahr\n\nIn drei zweitägigen Modulen arbeiten die Teilnehmenden an ihrer Rolle: Wie führe ich über Amtsgrenzen hinweg? Wie schaffe ich Räume, in denen Neues ausprobiert werden darf? Und wie bleibe ich dabei selbst handlungsfähig?\n\n## Lernen mit Kolleg:innen\n\nDie Gruppe bleibt über alle Module zusammen. Viele sagen hinterher, dass gerade der Austausch mit Führungskräften aus anderen Kommunen am meisten gebracht hat.",
    authors: ["tobias"],
    tags: ["Führung", "Fellow-Programm"],
    daysAgo: 80,
  },
  {
    title: "Kinderarmut steuern: Daten allein reichen nicht",
    teaser: "Viele Kommunen wissen genau, wo Kinder in Armut aufwachsen. Was fehlt, ist oft die Verabredung, was daraus folgt.",
    body: "Sozialraumdaten zeigen deutlich, in welchen Quartieren Familien Unterstützung brauchen. Trotzdem ändert sich vor Ort oft wenig. Warum?\n\n## Vom Bericht zur Steuerung\n\nEin Armutsbericht ist ein Anfang, aber kein Plan. Wirksam wird er erst, wenn Jugendhilfe, Schule, Gesundheit und Stadtplanung gemeinsam Ziele festlegen – und regelmäßig prüfen, ob ihre Maßnahmen ankommen.\n\n## Präventionsketten als Rahmen\n\nBewährt haben sich Präventionsketten: abgestimmte Angebote von der Geburt bis zum Berufseinstieg. Sie funktionieren aber nur, wenn jemand die Kette koordiniert und die Übergänge im Blick behält.",
    authors: ["jana"],
    tags: ["Kinderarmut", "Integrierte Planung", "Wirkungsorientierung"],
    daysAgo: 96,
  },
  {
    title: "Wirkung zeigen, ohne sich in Kennzahlen zu verlieren",
    teaser: "Wirkungsorientierung ist in vielen Jugendämtern ein Thema. Der Weg dorthin führt über wenige gute Fragen statt über lange Kennzahlenkataloge.",
    body: "Wenn von Wirkung die Rede ist, folgt schnell der Ruf nach einem Monitoring. Doch ein System mit hundert Kennzahlen liest am Ende niemand.\n\n## Mit der Frage beginnen\n\nBesser ist es, zuerst zu klären, was sich für Kinder und Familien verändern soll. Daraus ergeben sich wenige Kennzahlen, die wirklich etwas aussagen – mit Ausgangswert, Ziel und regelmäßigem Blick auf den Ist-Wert.\n\n## Auch Zahlen brauchen Gespräche\n\nEine Kennzahl erklärt selten, *warum* etwas passiert. Deshalb gehören zu jedem Bericht Gespräche mit den Fachkräften vor Ort und, wo möglich, mit den jungen Menschen selbst.",
    authors: ["tobias", "jana"],
    tags: ["Wirkungsorientierung", "Jugendhilfeplanung"],
    daysAgo: 120,
  },
  {
    title: "Ein Förderplan mit den Jugendlichen statt für sie",
    teaser: "Eine Fellow-Kommune hat ihren Kinder- und Jugendförderplan gemeinsam mit jungen Menschen geschrieben. Ein Gespräch über Umwege und Ergebnisse.",
    body: "**Wie kam es zu der Idee?**\n\nUnser alter Förderplan war korrekt, aber niemand unter 25 hatte ihn je gelesen. Das wollten wir ändern.\n\n**Wie sind Sie vorgegangen?**\n\nWir haben eine Umfrage in einfacher Sprache gemacht und danach Jugendliche aus jedem Planungsraum zu zwei Werkstätten eingeladen. Die Ergebnisse stehen jetzt als eigene Kapitel im Plan.\n\n**Was war schwierig?**\n\nDie Zeit. Zwischen Werkstatt und Beschluss im Jugendhilfeausschuss lagen acht Monate. Wir haben gelernt, zwischendurch Bescheid zu geben, was gerade passiert.\n\n*Das Interview ist ein erfundenes Beispiel.*",
    authors: ["selin"],
    tags: ["Interview", "Beteiligung", "Fellow-Programm"],
    daysAgo: 150,
    fellows: 1,
  },
  {
    title: "Das KJSG in der Praxis: Was sich für die Planung ändert",
    teaser: "Das Kinder- und Jugendstärkungsgesetz stärkt Beteiligung und Inklusion. Für die Jugendhilfeplanung bringt es neue Aufgaben – und Chancen.",
    body: "Seit das Kinder- und Jugendstärkungsgesetz in Kraft ist, müssen Jugendämter junge Menschen und ihre Familien stärker beteiligen und die inklusive Ausrichtung der Hilfen vorbereiten.\n\n## Was das für die Planung heißt\n\n- Beteiligung wird zur Pflichtaufgabe, nicht zum freiwilligen Extra.\n- Die Zusammenarbeit mit der Eingliederungshilfe muss geplant werden.\n- Ombudsstellen und Selbstvertretungen brauchen einen Platz in den Strukturen.\n\n## Chancen nutzen\n\nViele Kommunen nutzen das Gesetz als Anlass, ihre Planung grundsätzlich neu aufzustellen – integriert und mit klaren Zuständigkeiten.",
    authors: ["jana"],
    tags: ["KJSG", "Jugendhilfeplanung", "Beteiligung"],
    daysAgo: 190,
  },
  {
    title: "Schlotterbrück denkt strategisch: Ein Planspiel für den Jugendhilfeausschuss",
    teaser: "Im Planspiel schlüpfen Verwaltung, Politik und freie Träger in fremde Rollen. Dabei wird spürbar, warum Planung Aushandlung ist.",
    body: "Schlotterbrück gibt es nicht – und doch kommt vielen die fiktive Gemeinde bekannt vor. Im Planspiel tagt der Unterausschuss Jugendhilfeplanung in Klausur und muss sich auf Prioritäten einigen.\n\n## Rollen, Interessen, Kompromisse\n\nJede Rolle hat ihre eigenen Ziele: Die Kämmerei will sparen, ein Träger um seine Einrichtung kämpfen, die Jugendamtsleitung den Plan durch den Ausschuss bringen. Wer die Perspektive wechselt, versteht die anderen danach besser.\n\n## Für wen es sich eignet\n\nDas Planspiel passt für gemischte Gruppen aus Verwaltung, Politik und Trägern. Es dauert einen halben Tag und endet mit einer gemeinsamen Auswertung.",
    authors: ["tobias"],
    tags: ["Planspiel", "Integrierte Planung", "Führung"],
    daysAgo: 230,
  },
  {
    title: "Der Change-Guide: Methoden für drei Ebenen der Veränderung",
    teaser:
      "Veränderung passiert bei einzelnen Menschen, in Organisationen und in der ganzen Kommune. Der Change-Guide bietet Methoden für jede dieser Ebenen.",
    body: "Der Change-Guide sammelt, was sich in der Begleitung von Kommunen bewährt hat. Er ist kein Lehrbuch, sondern ein Werkzeugkasten.\n\n## Drei Ebenen\n\n- **Individuell:** Wie gehe ich selbst mit Unsicherheit um, und was motiviert mich?\n- **Organisation:** Wie verändert ein Amt seine Abläufe und seine Kultur?\n- **Kommunal:** Wie arbeiten Ämter, Politik und Träger an gemeinsamen Zielen?\n\nZu jeder Ebene gibt es Modelle, Methoden, Tipps aus der Praxis und Fragen zur Reflexion. Sie lassen sich einzeln nutzen oder als Weg durch ein ganzes Vorhaben.",
    authors: ["tobias", "selin"],
    tags: ["Change-Guide", "Führung", "Integrierte Planung"],
    daysAgo: 270,
  },
  {
    title: "Vorschau: Das Programm für den nächsten Fellow-Tag",
    teaser: "Die Fellow-Kommunen haben ihre Themen eingereicht. Hier lesen Sie, worüber beim nächsten Treffen gesprochen wird.",
    body: "Die Fellow-Kommunen haben abgestimmt: Im Mittelpunkt des nächsten Fellow-Tags stehen die Beteiligung junger Menschen, die Steuerung im Themenfeld Kinderarmut und die Frage, wie man Politik für integrierte Planung gewinnt.\n\nWir berichten nach dem Treffen ausführlich.",
    authors: ["jana"],
    tags: ["Fellow-Programm", "Beteiligung"],
    daysAgo: -14,
  },
  {
    title: "Notizen zur Persona-Methode",
    teaser: "Wie eine erfundene Person hilft, den Stand der eigenen Planung ehrlich zu beschreiben.",
    body: "Entwurf: Beispiele aus dem Fellow-Tag ergänzen, Vorlage verlinken.",
    authors: ["jana"],
    tags: ["Fellow-Programm"],
    daysAgo: 0,
    status: "draft",
  },
];
