/** German texts of setting up a call: the team's list and form, and the public pages. */
export const labels = {
  title: "Titel der Ausschreibung",
  slug: "Adresse (Kurzname)",
  kind: "Art",
  periodStartsOn: "Programmbeginn",
  periodEndsOn: "Programmende",
  places: "Plätze",
  description: "Beschreibung",
  selection: "So wird ausgewählt",
  criteria: "Kriterien",
  criterionLabel: "Name",
  criterionDescription: "Worauf es ankommt",
  criterionWeight: "Gewicht",
  questions: "Eigene Fragen",
  questionLabel: "Frage",
  questionHelp: "Hinweis zur Frage",
  questionMaxLength: "Höchstens Zeichen",
  scaleMax: "Höchste Punktzahl je Kriterium",
  deadline: "Bewerbungsschluss",
  retentionMonths: "Aufbewahrung in Monaten",
} as const;

export const hints = {
  slug: "Die Ausschreibung steht unter /ausschreibungen/… Leer lassen: wir bilden die Adresse aus dem Titel.",
  places: "Wie viele Kommunen aufgenommen werden (1 bis 50).",
  description: "Was das Programm ist, für wen es gedacht ist und was es von den Kommunen verlangt. Markdown ist möglich.",
  selection: "In einfachen Worten: wer liest die Bewerbungen, wie wird bewertet, wann wird entschieden. Markdown ist möglich.",
  criteria: "Bis zu 8 Kriterien, mindestens eines. Leere Zeilen werden nicht gespeichert.",
  questions: "Bis zu 5 Fragen, die jede Bewerbung zusätzlich beantwortet. Leere Zeilen werden nicht gespeichert.",
  scaleMax: "Die Gutachterinnen und Gutachter vergeben 1 bis zu dieser Zahl (3 bis 10).",
  deadline: "Zum Beispiel 31.05.2027 oder 31.05.2027 18:00. Ohne Uhrzeit gilt 23:59 Uhr (deutsche Zeit).",
  retentionMonths:
    "So lange nach der Entscheidung (oder nach dem Bewerbungsschluss, falls nie entschieden wird) bleiben die Bewerbungen gespeichert (1 bis 60).",
  locked: "Es gibt schon Bewertungen. Kriterien und Punkteskala bleiben deshalb wie sie sind.",
} as const;

export const weightLabels: Record<string, string> = { "1": "einfach", "2": "doppelt", "3": "dreifach" };

export const messages = {
  titleMissing: "Bitte geben Sie einen Titel ein.",
  descriptionMissing: "Bitte beschreiben Sie das Programm.",
  selectionMissing: "Bitte beschreiben Sie, wie ausgewählt wird.",
  slugEmpty: "Aus diesem Text lässt sich keine Adresse bilden. Bitte verwenden Sie Buchstaben oder Ziffern.",
  slugTaken: "Diese Adresse hat schon eine andere Ausschreibung. Bitte wählen Sie eine andere.",
  wholeNumber: (min: number, max: number) => `Bitte geben Sie eine ganze Zahl von ${min} bis ${max} ein.`,
  periodOrder: "Das Programmende darf nicht vor dem Programmbeginn liegen.",
  deadline: "Bitte geben Sie Datum und, wenn gewünscht, Uhrzeit ein, zum Beispiel 31.05.2027 oder 31.05.2027 23:59.",
  noCriterion: "Bitte nennen Sie mindestens ein Kriterium.",
  labelMissing: "Bitte geben Sie dieser Zeile einen Namen oder leeren Sie sie ganz.",
  labelNoLetters: "Bitte verwenden Sie im Namen Buchstaben oder Ziffern.",
  labelTwice: "Zwei Zeilen haben denselben Namen. Bitte unterscheiden Sie sie.",
  questionLabelMissing: "Bitte formulieren Sie die Frage oder leeren Sie die Zeile ganz.",
  criteriaLocked: "Es gibt schon Bewertungen: Kriterien und Punkteskala lassen sich nicht mehr ändern.",
  publishDraftOnly: "Nur ein Entwurf kann veröffentlicht werden.",
  withdrawOpenOnly: "Nur eine veröffentlichte Ausschreibung kann zurückgezogen werden.",
  withdrawHasApplications: "Es gibt schon Bewerbungen. Die Ausschreibung lässt sich nicht mehr zurückziehen.",
};

const notices: Record<string, string> = {
  angelegt: "Die Ausschreibung ist als Entwurf angelegt. Öffentlich sichtbar wird sie erst nach dem Veröffentlichen.",
  gespeichert: "Die Änderungen sind gespeichert.",
  veroeffentlicht: "Die Ausschreibung ist veröffentlicht. Kommunen können sich jetzt bewerben.",
  zurueckgezogen: "Die Ausschreibung ist wieder ein Entwurf und öffentlich nicht mehr zu sehen.",
};

/** The notice after a change, from the `stand` of the address; nothing for an unknown one. */
export const noticeFor = (stand: string | undefined) => (stand && Object.hasOwn(notices, stand) ? notices[stand] : undefined);

export const pageTexts = {
  teamTitle: "Ausschreibungen",
  newTitle: "Neue Ausschreibung",
  newLink: "Neue Ausschreibung anlegen",
  newIntro: "Eine neue Ausschreibung beginnt als Entwurf. Öffentlich sichtbar wird sie erst, wenn Sie sie veröffentlichen.",
  noCalls: "Es gibt noch keine Ausschreibung.",
  columns: ["Titel", "Art", "Stand", "Bewerbungsschluss", { label: "Eingereichte Bewerbungen", numeric: true as const }],
  save: "Speichern",
  create: "Als Entwurf anlegen",
  publish: "Veröffentlichen",
  withdraw: "Zurückziehen (wieder Entwurf)",
  publicPage: "Öffentliche Seite ansehen",
  draftNote: "Entwurf: nur das Team sieht diese Seite.",
  publicTitle: "Ausschreibungen",
  publicIntro: "Hier stehen die Ausschreibungen der Initiative. Kommunen bewerben sich als Tandem aus Führungskraft und Planungsfachkraft.",
  noPublished: "Zurzeit gibt es keine Ausschreibung.",
  forWhom: "Das Programm",
  criteria: "Worauf wir achten",
  selection: "So wählen wir aus",
  facts: "Auf einen Blick",
  period: "Zeitraum",
  places: "Plätze",
  apply: "Jetzt bewerben",
  reviewLink: "Bewerbungen lesen und bewerten",
  selectionLink: "Auswahl und Entscheidungen",
  onlyMembersApply: "Bewerben können sich Mitglieder einer Kommune mit ihrem Konto.",
  deadlinePassed: "Die Bewerbungsfrist ist abgelaufen. Bewerbungen sind nicht mehr möglich.",
  decided: "Die Auswahl ist getroffen.",
  crumbTeam: "Ausschreibungen verwalten",
};

export const retentionTexts = {
  due: (date: string) => `Die Bewerbungen und Bewertungen werden am ${date} gelöscht.`,
  done: (date: string) => `Die Bewerbungen und Bewertungen wurden am ${date} gelöscht.`,
};

/** "zählt doppelt": a criterion's weight in plain words for the public page. */
export const weightSentence = (weight: number) => `zählt ${weightLabels[String(weight)] ?? weight}`;

export const deadlineSentence = (day: string, time: string) => `Bewerbung bis ${day}, ${time} Uhr`;
export const periodSentence = (from: string, to: string) => `${from} bis ${to}`;
export const placesSentence = (places: number) => (places === 1 ? "1 Kommune" : `${places} Kommunen`);

export const privacyLabels = {
  tandems: "Bewerbungen auf Ausschreibungen (Tandem)",
  reviews: "Bewertungen von Bewerbungen",
  erasedName: "gelöscht",
};

export const notFoundText = "Die Ausschreibung";
