import { formatDays } from "../../../platform/dates.ts";
import { isEmail, text, type FieldErrors } from "../../../platform/forms.ts";
import type { EventSummary } from "../queries/events.ts";
import { registrationTexts } from "../texts.ts";

/** Why registration is not possible today, or null. The window's dates count inclusively. */
export function registrationClosedReason(event: EventSummary, today: string): string | null {
  if (event.cancelled) return registrationTexts.cancelled;
  const first = event.days[0]?.date;
  if (event.registrationOpensOn && today < event.registrationOpensOn) return registrationTexts.notYetOpen(formatDays([event.registrationOpensOn]));
  if (event.registrationClosesOn && today > event.registrationClosesOn) return registrationTexts.closed(formatDays([event.registrationClosesOn]));
  if (first && today > first) return registrationTexts.begun;
  return null;
}

/** A visitor without an account gives a name and an e-mail address; a signed-in person registers with the account's. */
export function registrantProblems(signedIn: boolean, input: { name?: unknown; email?: unknown }): FieldErrors {
  const errors: FieldErrors = {};
  if (signedIn) return errors;
  if (!text(input.name).trim()) errors.name = registrationTexts.nameMissing;
  if (!isEmail(text(input.email).trim())) errors.email = registrationTexts.emailInvalid;
  return errors;
}
