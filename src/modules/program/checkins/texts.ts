/** German texts of the check-ins. */
export const checkInTexts = {
  notFound: "Der Check-In",
  stepNotFound: "Der nächste Schritt",
  tandemNotFound: "Das Tandem",
  periodReversed: "Das Ende des Zeitraums liegt vor seinem Anfang.",
  unknownOwner: "Bitte wählen Sie ein Mitglied des Tandems oder das Team.",
  team: "Team der Initiative",
  notInCohort: "Bitte wählen Sie eine Kommune der Kohorte.",
  inFuture: "Ein Check-In wird nach dem Gespräch erfasst; das Datum darf nicht in der Zukunft liegen.",
  unknownTopic: "Bitte wählen Sie nur Themen aus der Liste.",
  sharedNotes: "Notizen – Für das Tandem sichtbar",
  teamNotes: "Interne Notizen – Nur für das Team sichtbar",
  sharedHint: "Für das Tandem sichtbar: Leitung und Planungsfachkraft lesen diese Notizen unter „Mein Programm“.",
  teamHint: "Nur für das Team sichtbar: Das Tandem sieht diese Notizen nie.",
};

/** The agreed next steps on "Mein K360". */
export const nextStepStartTexts = {
  heading: "Vereinbarte nächste Schritte",
  none: "Für Sie ist gerade kein nächster Schritt offen.",
  due: (day: string) => `fällig am ${day}`,
  overdue: (day: string) => `überfällig seit ${day}`,
  forTeam: "für das Team",
  myProgram: "Mein Programm",
  checkIns: "Check-Ins",
};
