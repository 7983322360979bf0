import { text, type FieldErrors } from "../../../../platform/forms.ts";
import { formTexts } from "../texts.ts";
import { wholeNumber } from "../../rules/numbers.ts";

/** What a format's rule must fit together: a voluntary format has no required events, a deadline needs free seats. */
export function formatRuleProblems(input: Record<string, unknown>): FieldErrors {
  const errors: FieldErrors = {};
  const required = wholeNumber(input.required, 0, 20) ?? 0;
  const freeSeats = wholeNumber(input.freeSeats, 1, 500);
  if (Number.isNaN(required)) errors.required = formTexts.wholeNumber(0, 20);
  else if (input.obligee === "none" && required > 0) errors.required = formTexts.voluntaryHasNone;
  else if (input.obligee !== "none" && required === 0) errors.required = formTexts.requiredMissing;
  if (Number.isNaN(freeSeats)) errors.freeSeats = formTexts.wholeNumber(1, 500);
  else if (text(input.applicationDeadline) && freeSeats === null) errors.freeSeats = formTexts.deadlineNeedsSeats;
  return errors;
}
