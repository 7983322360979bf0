/** German texts of the tandems' page. */
export const tandemRoles = { leader: "Führungskraft", planningSpecialist: "Planungsfachkraft" };

export const tandemTexts = {
  saved: "Der Wechsel im Tandem ist gespeichert.",
  notInCohort: "Bitte wählen Sie eine Kommune der Kohorte.",
  notInMunicipality: "Bitte wählen Sie eine Person mit Konto in dieser Kommune.",
  alreadyInRole: "Diese Person hat die Rolle bereits.",
  changeTooEarly: "Der Wechsel muss nach dem Beginn der bisherigen Besetzung liegen.",
};

/** The tandem on a Fellow municipality's profile. */
export const profileTandemTexts = {
  heading: "Tandem im Fellow-Programm",
  since: "seit",
  /** Demo accounts use the reserved domain .example: their people are invented, and the page says so. */
  example: "Beispielperson, erfunden",
};
