/** German texts of the check-ins. */
export const checkInTexts = {
  notFound: "Der Check-In",
  notInCohort: "Bitte wählen Sie eine Kommune der Kohorte.",
  inFuture: "Ein Check-In wird nach dem Gespräch erfasst; das Datum darf nicht in der Zukunft liegen.",
  unknownTopic: "Bitte wählen Sie nur Themen aus der Liste.",
};
