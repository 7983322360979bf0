/** Texts of "Wer wir sind", the team and the network page; the people are invented examples. */

export interface Partner {
  name: string;
  text: string;
}

export interface TeamMember {
  name: string;
  role: string;
  focus: string;
  email: string;
}

export const about = {
  intro: [
    "Kommune 360° ist eine bundesweite Initiative für Menschen in Kommunalverwaltungen, die Jugendhilfeplanung und Steuerung über Ämter- und Zuständigkeitsgrenzen hinweg weiterentwickeln wollen. Wir nennen sie kommunale Change-Maker:innen – und wir wollen ihnen den Rücken stärken.",
    "Verwaltung und Kommunalpolitik entscheiden maßgeblich mit darüber, ob die vielen Kräfte vor Ort gemeinsam für ein gutes Aufwachsen von Kindern und Jugendlichen wirken. Wir sind überzeugt: Wenn Verwaltung, freie Träger, Politik und Bürger:innen abgestimmt und kooperativ arbeiten, passen die Angebote besser zu dem, was junge Menschen und ihre Familien tatsächlich brauchen.",
  ],
  approach: [
    "Integrierte Planung verlangt oft mehr als ein neues Konzept: Strukturen und Abläufe ändern sich, das eigene Handeln auch, und es braucht eine andere Kultur der Zusammenarbeit. Deshalb entwickeln wir unsere Angebote seit rund fünf Jahren gemeinsam mit Verwaltungsmitarbeitenden und erproben sie in der Praxis, bevor sie allen offenstehen.",
    "Daraus sind Fortbildungen für Führungskräfte und Planungsfachkräfte entstanden, der Change-Guide mit Methoden und Reflexionsfragen, der Podcast „Rebellion im Aktenschrank“, die Online-Reihe „Kommune gestaltet!“, ein Planspiel und das Fellow-Programm, in dem neun Kommunen von 2025 bis 2027 begleitet werden.",
    "Unser Netzwerk verbindet Menschen aus Verwaltung, Politik, Wissenschaft und Zivilgesellschaft in ganz Deutschland. Auf dieser Plattform lernen Kommunen voneinander: Wer hatte schon dasselbe Problem, wie wurde es gelöst, was hat funktioniert, und was lässt sich übertragen?",
  ],
  partnersIntro:
    "Die Initiative ist ein gemeinsames Vorhaben von drei Partnerorganisationen. Sie tragen sie gemeinsam und bringen ihre unterschiedlichen Erfahrungen ein.",
  partners: [
    {
      name: "Deutsche Kinder- und Jugendstiftung",
      text: "Die Stiftung setzt sich bundesweit für gute Bildungs- und Entwicklungschancen junger Menschen ein und arbeitet dafür eng mit Kommunen, Schulen und der Zivilgesellschaft zusammen.",
    },
    {
      name: "Auridis Stiftung",
      text: "Die gemeinnützige Förderstiftung setzt sich dafür ein, dass Kinder aus Familien in schwierigen Lebenslagen gute Chancen auf ein gelingendes Aufwachsen haben.",
    },
    {
      name: "PHINEO",
      text: "PHINEO ist ein gemeinnütziges Analyse- und Beratungshaus für wirkungsvolles gesellschaftliches Engagement und berät Organisationen und Verwaltungen dabei, ihre Arbeit an ihrer Wirkung auszurichten.",
    },
  ] satisfies Partner[],
};

export const team: TeamMember[] = [
  { name: "Dana Beispiel", role: "Co-Leitung der Initiative", focus: "Strategie, Partnerorganisationen, Fellow-Programm", email: "dana.beispiel@k360.example" },
  {
    name: "Malte Muster",
    role: "Co-Leitung Kommunalberatung",
    focus: "Kommunal-Workshops und Check-Ins mit den Fellow-Kommunen",
    email: "malte.muster@k360.example",
  },
  {
    name: "Amira Vorlage",
    role: "Referentin Fortbildungen",
    focus: "Lernpfad Führung und Lernpfad Change, Bewerbungen um freie Plätze",
    email: "amira.vorlage@k360.example",
  },
  {
    name: "Jan Platzhalter",
    role: "Referent Vernetzung",
    focus: "K360 AG-Treffen, „Kommune gestaltet!“ und Austausch zwischen Kommunen",
    email: "jan.platzhalter@k360.example",
  },
  { name: "Lena Probe", role: "Redaktion", focus: "Magazin, Newsletter und Podcast „Rebellion im Aktenschrank“", email: "lena.probe@k360.example" },
  {
    name: "Ole Exempel",
    role: "Plattform und Datenschutz",
    focus: "Technik der Plattform, Barrierefreiheit und Anfragen zum Datenschutz",
    email: "ole.exempel@k360.example",
  },
];

export const network = {
  intro: [
    "Kommune 360° lebt von den Menschen, die mitmachen: Planungsfachkräfte und Führungskräfte aus Jugendämtern, Fachleute aus der Sozial- und Bildungsplanung, Kommunalpolitiker:innen, freie Träger, Wissenschaftler:innen und engagierte Bürger:innen.",
    "Im Mittelpunkt stehen die Fellow-Kommunen. Sie arbeiten von 2025 bis 2027 an einem eigenen Vorhaben, werden dabei begleitet und teilen ihre Erfahrungen mit anderen Kommunen.",
  ],
  ways: [
    {
      title: "Den Newsletter abonnieren",
      text: "Viermal im Jahr berichten wir über neue Erfahrungsberichte, Termine und Entwicklungen aus den Kommunen. Das Anmeldefeld steht auch am Ende jeder Seite.",
      href: "/newsletter",
      link: "Zum Newsletter",
    },
    {
      title: "Bei „Kommune gestaltet!“ dabei sein",
      text: "Dreimal im Jahr berichten Kommunen online für Kommunen, jeweils rund eine Stunde. Die Teilnahme ist offen für alle und kostenlos.",
      href: "/termine",
      link: "Zu den Terminen",
    },
    {
      title: "Sich für eine Fortbildung bewerben",
      text: "In den Lernpfaden sind neben den Plätzen der Fellow-Kommunen weitere Plätze frei, um die sich Kommunen bewerben können.",
      href: "/lernpfade/lernpfad-fuehrung/bewerbung",
      link: "Zur Bewerbung für den Lernpfad Führung",
    },
    {
      title: "Erfahrungen teilen",
      text: "Im geschützten Austausch berichten Kommunen, was sie ausprobiert haben – auch, was nicht funktioniert hat. Andere finden dort Kommunen mit ähnlichen Fragen.",
      href: "/austausch",
      link: "Zum Austausch",
    },
  ],
  contact: "netzwerk@k360.example",
};
