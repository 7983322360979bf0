export interface TopicSeed {
  slug: string;
  label: string;
  description: string;
}

export const topics: TopicSeed[] = [
  {
    slug: "beteiligung",
    label: "Beteiligung junger Menschen",
    description: "Kinder und Jugendliche gestalten Planungen und Entscheidungen mit, die ihren Alltag und ihr Lebensumfeld betreffen.",
  },
  {
    slug: "kinderarmut",
    label: "Kinderarmut",
    description: "Kommunale Strategien, mit denen die Folgen von Armut für Kinder und Familien früh erkannt und abgemildert werden.",
  },
  {
    slug: "inklusion-kjsg",
    label: "Inklusive Jugendhilfe (KJSG)",
    description:
      "Umsetzung des Kinder- und Jugendstärkungsgesetzes hin zu einer Jugendhilfe, die junge Menschen mit und ohne Behinderung gleichermaßen erreicht.",
  },
  {
    slug: "sozialraumorientierung",
    label: "Sozialraumorientierung",
    description: "Angebote richten sich an den Lebenswelten und Bedarfen in einzelnen Stadtteilen, Gemeinden und Quartieren aus.",
  },
  {
    slug: "integrierte-sozialplanung",
    label: "Integrierte Sozialplanung",
    description: "Jugendhilfe-, Kita-, Schul-, Sozial- und Gesundheitsplanung werden über Ressortgrenzen hinweg aufeinander abgestimmt.",
  },
  {
    slug: "bildungsuebergaenge",
    label: "Bildungsübergänge",
    description: "Junge Menschen werden beim Wechsel zwischen Familie, Kita, Schule, Ausbildung und Beruf verlässlich begleitet.",
  },
  {
    slug: "kooperation-traeger",
    label: "Kooperation mit freien Trägern",
    description: "Öffentliche und freie Jugendhilfe arbeiten von der Bedarfsermittlung bis zur Umsetzung partnerschaftlich zusammen.",
  },
  {
    slug: "politische-kommunikation",
    label: "Politische Kommunikation",
    description: "Planungsergebnisse werden verständlich in Jugendhilfeausschuss, Rat oder Kreistag eingebracht, um Rückhalt für Vorhaben zu gewinnen.",
  },
  {
    slug: "ressourcen-priorisieren",
    label: "Priorisierung knapper Ressourcen",
    description: "Nachvollziehbare Kriterien helfen zu entscheiden, welche Handlungsfelder und Maßnahmen bei begrenzten Mitteln Vorrang haben.",
  },
  {
    slug: "wirkungsorientierung",
    label: "Wirkungsorientierung und Monitoring",
    description: "Klare Ziele, Kennzahlen und ein regelmäßiges Monitoring zeigen, ob Maßnahmen bei jungen Menschen ankommen.",
  },
  {
    slug: "praeventionsketten",
    label: "Präventionsketten",
    description: "Netzwerke vor Ort verknüpfen Unterstützungsangebote lückenlos von der Geburt bis zum Einstieg ins Berufsleben.",
  },
  {
    slug: "organisationsentwicklung",
    label: "Organisations- und Kulturwandel",
    description: "Strukturen, Abläufe und die Kultur der Zusammenarbeit in der Verwaltung werden gezielt weiterentwickelt.",
  },
  {
    slug: "fuehrung",
    label: "Führung",
    description: "Führungskräfte schaffen den Rahmen für kooperatives, integriertes Arbeiten und stärken die Eigeninitiative ihrer Teams.",
  },
  {
    slug: "kinder-und-jugendfoerderplan",
    label: "Kinder- und Jugendförderplan",
    description: "Ein mehrjähriger Plan legt Ziele, Maßnahmen und Mittel der kommunalen Kinder- und Jugendförderung fest.",
  },
  {
    slug: "gesundheit",
    label: "Gesundes Aufwachsen",
    description: "Gesundheitsförderung und die Zusammenarbeit mit dem Gesundheitswesen werden in die Planung für junge Menschen einbezogen.",
  },
  {
    slug: "datenbasierte-planung",
    label: "Datenbasierte Planung",
    description: "Kleinräumige Daten, Indikatoren und Sozialraumanalysen bilden die Grundlage für Bedarfsermittlung und Steuerung.",
  },
  {
    slug: "laendlicher-raum",
    label: "Ländlicher Raum und Flächenkreise",
    description: "Erreichbare Angebote und tragfähige Strukturen für junge Menschen in großen Kreisen mit vielen Städten und Gemeinden.",
  },
];
