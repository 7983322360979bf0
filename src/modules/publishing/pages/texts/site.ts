export interface SiteItem {
  title: string;
  text: string;
  /** Where the offer lives on this platform. */
  href?: string;
}

export interface SiteContent {
  tagline: string;
  homeIntro: string[];
  homeOffers: SiteItem[];
  fellowProgram: { intro: string[]; audience: string[]; formats: SiteItem[] };
  offers: SiteItem[];
}

export const siteContent: SiteContent = {
  tagline: "Integriert planen, gemeinsam steuern – für ein gutes Aufwachsen in jeder Kommune.",

  homeIntro: [
    "Kommune 360° ist eine bundesweite Initiative der Deutschen Kinder- und Jugendstiftung, der Auridis Stiftung und von PHINEO. Sie stärkt Menschen in Kommunalverwaltungen, die Jugendhilfeplanung und Steuerung über Ressort- und Zuständigkeitsgrenzen hinweg weiterentwickeln wollen.",
    "Dahinter steht eine klare Überzeugung: Angebote für Kinder, Jugendliche und Familien passen besser zum tatsächlichen Bedarf, wenn Verwaltung, freie Träger, Politik und Bürger:innen abgestimmt zusammenarbeiten. Deshalb bringt die Initiative Menschen aus Verwaltung und Politik mit Wissenschaft und Zivilgesellschaft zusammen.",
    "Auf dieser Plattform finden Sie die Fellow-Kommunen und ihre Vorhaben, Fortbildungen und Termine, Erfahrungsberichte aus der Praxis sowie Werkzeuge, mit denen Sie die Planung vor Ort auf eine solide Datengrundlage stellen.",
  ],

  homeOffers: [
    {
      title: "K360 Fellow-Programm",
      href: "/fellow-programm",
      text: "Neun Kommunen werden von 2025 bis 2027 kostenlos bei ihrem eigenen Vorhaben zur integrierten Planung und Steuerung begleitet.",
    },
    {
      title: "Lernpfade Führung und Change",
      text: "Zwei aufeinander abgestimmte Präsenzfortbildungen für Führungskräfte und Planungsfachkräfte, die Veränderung in ihrer Verwaltung voranbringen wollen.",
    },
    {
      title: "Change-Guide",
      href: "/change-guide",
      text: "Ein kostenloser Online-Leitfaden mit Methoden, Modellen und Reflexionsfragen für den Weg zur integrierten Planung.",
    },
    {
      title: "Podcast „Rebellion im Aktenschrank“",
      href: "/podcast",
      text: "Gespräche mit Menschen aus Verwaltung, Politik und Zivilgesellschaft über Beteiligung, Kooperation und Führung in Kommunen.",
    },
    {
      title: "Kommune gestaltet!",
      href: "/termine",
      text: "Eine einstündige Online-Veranstaltung von und für Kommunen, dreimal im Jahr und offen für alle Interessierten.",
    },
    {
      title: "Austausch zwischen Kommunen",
      text: "Erfahrungsberichte, Arbeitsgruppen und ein geschützter Raum, um von den Lösungen und Umwegen anderer Kommunen zu lernen.",
    },
  ],

  fellowProgram: {
    intro: [
      "Das K360 Fellow-Programm begleitet vom Spätsommer 2025 bis zum Herbst 2027 neun Kommunen, die ein eigenes Vorhaben zur integrierten Planung und Steuerung für gelingendes Aufwachsen umsetzen. Die Teilnahme ist für die Kommunen kostenlos.",
      "Das Programm verbindet drei Bausteine: eine individuelle Begleitung jeder Kommune, erprobte Fortbildungen und Formate für den Austausch zwischen den Kommunen. So sollen die Teilnehmenden auch unter den Bedingungen anhaltender Krisen tragfähige Antworten auf die Herausforderungen vor Ort finden.",
      "Die teilnehmenden Kommunen erhalten Raum, ihr Vorhaben weiterzuentwickeln, und Unterstützung dabei, die eigenen Rahmenbedingungen und Gestaltungsspielräume zu reflektieren. Ihre Erfolge und Erkenntnisse werden zum Beispiel im Magazin und im Newsletter sichtbar gemacht, damit auch andere Kommunen davon lernen können.",
      "Bewerbungen waren bis Ende Mai 2025 möglich; die neun Fellow-Kommunen stehen fest.",
    ],
    audience: [
      "Jede Fellow-Kommune nimmt mit einem Tandem aus der Jugendhilfe oder einem angrenzenden Fachbereich teil.",
      "Zum Tandem gehört eine Jugendamtsleitung oder eine andere Führungskraft, die Verantwortung für Planung und Steuerung trägt.",
      "Die zweite Person im Tandem ist die Planungsfachkraft, die für die Jugendhilfeplanung zuständig ist.",
      "Beide Rollen erhalten Angebote, die auf ihre Aufgaben und Handlungsspielräume zugeschnitten sind. Gemeinsam können sie dafür sorgen, dass Planung und Steuerung zusammenpassen und Kinder, Jugendliche und Familien vor Ort die Unterstützung bekommen, die sie brauchen.",
    ],
    formats: [
      {
        title: "Kommunal-Workshop",
        text: "Einmal während der Programmlaufzeit findet in jeder Fellow-Kommune ein Workshop vor Ort statt, den das Team von Kommune 360° inhaltlich vorbereitet und moderiert. Er widmet sich einem drängenden Anliegen der Kommune, etwa dem Auftakt eines Prozesses oder einer Analyse bestehender Strukturen, Gremien und Abläufe.",
      },
      {
        title: "Check-Ins",
        text: "In telefonischen Einzelgesprächen begleitet das Team von Kommune 360° das Vorhaben und bietet Raum für aktuelle Fragen – zum Beispiel zum Stand der Dinge, zu den nächsten Schritten oder zum Umgang mit Widerstand. Die Check-Ins beginnen im Herbst 2025 und finden 2026 und 2027 jeweils zweimal statt.",
      },
      {
        title: "Lernpfad Führung",
        text: "Eine Präsenzfortbildung in drei zweitägigen Modulen für Führungskräfte mit Planungs- und Steuerungsverantwortung. Für die Führungskraft jedes Fellow-Tandems ist die Teilnahme verpflichtend.",
      },
      {
        title: "Lernpfad Change",
        text: "Eine Präsenzfortbildung in drei zweitägigen Modulen für Planungsfachkräfte, die Veränderungsprozesse steuern und die Zusammenarbeit über Silos und Hierarchieebenen hinweg stärken wollen. Für die Planungsfachkraft jedes Fellow-Tandems ist die Teilnahme verpflichtend. Beide Lernpfade finden zur selben Zeit am selben Ort statt.",
      },
      {
        title: "K360 AG-Treffen",
        text: "In thematischen Arbeitsgruppen lernen Kommunen mit ähnlichen Fragen voneinander. Die Schwerpunkte ergeben sich aus den Vorhaben der neun Fellow-Kommunen, denkbar sind etwa Priorisierung bei knappen Ressourcen, politische Kommunikation, die Beteiligung von Trägern und Adressat:innen oder inklusive Jugendhilfeplanung. In den Jahren 2026 und 2027 gibt es insgesamt vier Treffen, je nach Thema in Präsenz oder digital; die Teilnahme an mindestens zwei davon ist für die Fellow-Kommunen verbindlich. Je nach Format können weitere interessierte Kommunen dazukommen.",
      },
      {
        title: "Kommune gestaltet!",
        href: "/termine",
        text: "Die Online-Reihe, in der Kommunen für Kommunen berichten, findet dreimal im Jahr statt und dauert rund eine Stunde. Die Teilnahme ist freiwillig und steht allen Interessierten offen.",
      },
    ],
  },

  offers: [
    {
      title: "Change-Guide „Integrierte Planung für Kinder und Familien“",
      href: "/change-guide",
      text: "Der Change-Guide für mutige Kommunen fasst auf mehr als 200 Seiten zusammen, was die Initiative in der Arbeit mit Kommunen gelernt hat: Methoden, Modelle, praktische Tipps und Fragen zur Selbstreflexion. Er ist in drei Ebenen gegliedert. Die individuelle Ebene zeigt, was Mitarbeitende selbst zur Gestaltung von Veränderung beitragen können. Die Ebene der Organisation nimmt Strukturen, Abläufe und die Kultur der Zusammenarbeit in der Verwaltung in den Blick. Auf kommunaler Ebene kommen freie Träger, die Politik und nicht zuletzt Kinder und Familien hinzu, die integrierte Planung aktiv mitgestalten. Der Guide steht kostenlos online zur Verfügung.",
    },
    {
      title: "Kommune gestaltet!",
      href: "/termine",
      text: "In dieser Online-Reihe geben Kommunen anderen Kommunen Einblick in ihre Praxis – dreimal im Jahr und jeweils rund eine Stunde lang. Die Teilnahme ist unverbindlich und steht allen Interessierten offen.",
    },
    {
      title: "Kommunen-Podcast „Rebellion im Aktenschrank“",
      href: "/podcast",
      text: "Im Podcast über Zukunftsthemen für kommunale Gestalter:innen kommen Praktiker:innen aus den Kommunen, Fachleute und unmittelbar Beteiligte zu Wort. Staffel 1 widmet sich in zehn Folgen der kommunalen Kinder- und Jugendbeteiligung, etwa der passenden Ansprache junger Menschen, Unterschieden zwischen Stadt und Land und digitaler Beteiligung. Staffel 2 dreht sich um die kooperative Kommune: Verwaltungsmitarbeitende, unter anderem aus Schmalkalden-Meiningen, Halle und Wolfsburg, berichten, wie sie kooperative Arbeitsweisen eingeführt haben und was sich dadurch verändert hat. Staffel 3 behandelt in vier Folgen kooperative Führung; Führungskräfte, etwa aus Leipzig und Norderstedt, erzählen von ihrer Praxis, von Weiterbildung und Vernetzung und davon, wie sie sich selbst weiterentwickeln.",
    },
    {
      title: "Lernpfad Change – Upgrade für den Aktenschrank",
      text: "Die Präsenzfortbildung richtet sich an Jugendhilfeplaner:innen, die Veränderung in ihrer Verwaltung anstoßen, steuern und weiterentwickeln wollen. Die Teilnehmenden reflektieren ihre Rollen und Handlungsspielräume vor dem Hintergrund der Lage in ihrer Kommune. Theoretische Inputs, angeleitete Selbstreflexion und die Arbeit in kleinen Gruppen helfen ihnen, eigene nächste Schritte festzulegen, um in ihrer Kommune integrierter und kooperativer zu planen. Oft geht es dabei weniger um Neues als darum, Bestehendes weiterzuentwickeln und anders zusammenzuarbeiten. Der Lernpfad findet zeitgleich und am selben Ort wie der Lernpfad Führung statt.",
    },
    {
      title: "Lernpfad Führung – Leitung gestaltet Veränderung",
      text: "Die kostenfreie Präsenzfortbildung bietet Platz für 16 Führungskräfte aus dem Kinder- und Jugendbereich der Kommunalverwaltung, die Planung und Steuerung verantworten. Sie besteht aus drei zweitägigen Modulen in einer Stadt in Mitteldeutschland: Modul 1 (voraussichtlich Anfang Dezember 2025) fragt, was sich für Führung in Planung und Steuerung verändert, Modul 2 (März 2026) Zusammenarbeit und Veränderung in der Verwaltung, Modul 3 (Juni 2026) die Kooperation mit Politik und Trägern. Jedes Modul verbindet Input von außen mit dem Blick auf die eigene Kommune und mit kollegialer Beratung unter den Teilnehmenden. Die Fellow-Kommunen erhalten automatisch einen Platz, sieben weitere Plätze werden an interessierte Kommunen vergeben – mit Blick auf unterschiedliche Erfahrungen, vielfältige Perspektiven und eine ausgewogene Verteilung über Deutschland. Trainer:innen, Veranstaltungsort und Verpflegung stellt die Initiative, Anreise und Unterkunft tragen die Teilnehmenden. Die Inhalte wurden mit dem Landschaftsverband Rheinland (LVR) entwickelt und erprobt und nach einer Evaluation durch das Institut für regionale Innovation und Sozialforschung (IRIS e.V.) weiterentwickelt.",
    },
    {
      title: "K360-Planspiel „Schlotterbrück denkt strategisch“",
      text: "Im Planspiel treffen sich die Mitglieder eines Unterausschusses für Jugendhilfeplanung der fiktiven Kommune Schlotterbrück zu einer Klausur. Die Spieler:innen übernehmen Rollen aus Verwaltung, Kommunalpolitik und freien Trägern, jeweils mit eigenen Interessen, bringen Vorschläge ein, verhandeln und stimmen ab. Eine Moderation führt durch die Spielphasen; eine Auswertung am Ende macht sichtbar, wie Entscheidungen zustande gekommen sind.",
    },
    {
      title: "Newsletter",
      text: "Viermal im Jahr erhalten Abonnent:innen Neuigkeiten aus der Initiative, Hinweise auf Termine und Berichte darüber, was Kommunen gerade bewegt. Die Anmeldung ist kostenlos und jederzeit widerrufbar.",
    },
  ],
};
