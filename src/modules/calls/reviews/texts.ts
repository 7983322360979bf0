/** The German strings of reviewing applications. */

export const notFoundTexts = {
  call: "Die Ausschreibung",
  application: "Die Bewerbung",
  letter: "Das Unterstützungsschreiben",
};

export const listTexts = {
  title: (call: string) => `Bewerbungen: ${call}`,
  crumb: "Bewerbungen",
  intro:
    "Hier stehen die eingereichten Bewerbungen. Die Punkte der anderen sehen Sie erst, wenn Sie eine Bewerbung selbst bewertet haben. Jede Bewerbung braucht mindestens zwei Bewertungen.",
  drafts: (n: number) =>
    n === 0
      ? "Es gibt keine Entwürfe mehr."
      : n === 1
        ? "Eine weitere Bewerbung ist noch ein Entwurf und wird hier nicht gezeigt."
        : `${n} weitere Bewerbungen sind noch Entwürfe und werden hier nicht gezeigt.`,
  none: "Es ist noch keine Bewerbung eingereicht.",
  caption: "Eingereichte Bewerbungen",
  columns: { municipality: "Kommune", state: "Land", project: "Veränderungsvorhaben", reviews: "Bewertungen", mine: "Von mir bewertet", mean: "Mittel (0–1)" },
  yes: "ja",
  no: "nein",
  hidden: "erst nach Ihrer Bewertung",
  needsReview: (missing: number) => (missing === 1 ? "braucht noch eine Bewertung" : `braucht noch ${missing} Bewertungen`),
  arrange: "Bewerbungen filtern und sortieren",
  filter: "Zeigen",
  filters: { alle: "Alle eingereichten", offen: "Noch nicht von mir bewertet", wenige: "Mit weniger als zwei Bewertungen" },
  order: "Sortierung",
  orders: { eingang: "Nach Eingang", kommune: "Nach Kommune (A–Z)", bewertungen: "Wenigste Bewertungen zuerst", mittel: "Höchstes Mittel zuerst" },
  show: "Anzeigen",
  shown: (n: number, total: number) => `${n} von ${total} eingereichten Bewerbungen passen zur Auswahl.`,
  decided: "Die Entscheidungen sind versandt. Die Bewertungen können nur noch gelesen werden.",
};

export const applicationTexts = {
  title: (municipality: string) => `Bewerbung: ${municipality}`,
  tandem: "Tandem",
  confirmed: "bestätigt",
  unconfirmed: "noch nicht bestätigt",
  project: "Veränderungsvorhaben",
  projectTitle: "Titel",
  summary: "Beschreibung",
  topics: "Themen",
  stage: "Stand der Planung",
  situation: "Ausgangslage vor Ort",
  expectations: "Erwartungen an das Programm",
  commitment: "Zusagen",
  commitments: {
    trainings: "Teilnahme an den Trainings",
    workingGroups: "Teilnahme an den AG-Treffen",
    checkIns: "Teilnahme an den Check-Ins",
  },
  hours: (n: number) => `${n} Stunden im Monat für das Programm`,
  answers: "Antworten auf die Fragen der Ausschreibung",
  noAnswer: "keine Antwort",
  letter: "Unterstützungsschreiben der Verwaltungsspitze",
  download: (name: string) => `${name} herunterladen (PDF)`,
  noLetter: "Es liegt kein Unterstützungsschreiben vor.",
  /** The download's file name when the applicants' file had none. */
  letterFile: "Unterstuetzungsschreiben.pdf",
  submitted: "Eingereicht",
  back: "Zurück zur Liste der Bewerbungen",
};

export const backgroundTexts = {
  heading: "Zur Kommune",
  facts: "Steckbrief",
  state: "Land",
  kind: "Art",
  population: "Einwohner:innen",
  profile: (name: string) => `Profil von ${name}`,
  participation: "Bisherige Teilnahme",
  cohortYes: (program: string) => `Fellow-Kommune im ${program}`,
  cohortNo: "Bisher keine Fellow-Kommune",
  training: (path: string, state: string) => `Bewerbung für „${path}“: ${state}`,
  peers: "Ähnliche Kommunen",
  noPeers: "Keine ähnlichen Kommunen gefunden.",
  unknown: "unbekannt",
};

export const reviewTexts = {
  mine: "Ihre Bewertung",
  others: "Bewertungen des Teams",
  blind: "Die Bewertungen der anderen sehen Sie, sobald Sie Ihre eigene gespeichert haben.",
  noOthers: "Außer Ihnen hat noch niemand bewertet.",
  scale: (max: number) => `Vergeben Sie je Kriterium 1 (trifft nicht zu) bis ${max} (trifft voll zu) Punkte.`,
  weight: (n: number) => `Gewicht ${n}`,
  points: (n: number) => `${n} ${n === 1 ? "Punkt" : "Punkte"}`,
  comment: "Kommentar",
  commentHint: "Nur das Team liest ihn. Die Bewerbenden sehen weder Punkte noch Kommentare.",
  save: "Bewertung speichern",
  saved: "Ihre Bewertung ist gespeichert.",
  mean: "Gewichtetes Mittel (0 bis 1)",
  given: (date: string) => `bewertet am ${date}`,
  closed: "Die Entscheidungen sind versandt; Bewertungen lassen sich nicht mehr ändern.",
  missingScore: (label: string, max: number) => `Bitte vergeben Sie für „${label}“ eine Punktzahl von 1 bis ${max}.`,
  wrongScore: (label: string, max: number) => `Bitte wählen Sie für „${label}“ eine ganze Zahl von 1 bis ${max}.`,
};
