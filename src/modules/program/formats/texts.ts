/** German texts of the formats' rules. */
export const formTexts = {
  titleMissing: "Bitte geben Sie einen Namen ein.",
  wholeNumber: (min: number, max: number) => `Bitte geben Sie eine ganze Zahl von ${min} bis ${max} ein.`,
  voluntaryHasNone: "Ein freiwilliges Format hat keine Pflichttermine; bitte 0 eintragen.",
  requiredMissing: "Bitte geben Sie an, wie viele Termine verpflichtend sind.",
  deadlineNeedsSeats: "Eine Bewerbungsfrist gibt es nur mit freien Plätzen.",
  notFound: "Das Format",
};
