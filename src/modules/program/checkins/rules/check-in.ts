import { asList, text, type FieldErrors } from "../../../../platform/forms.ts";
import { checkInTopics } from "../reference.ts";
import { checkInTexts } from "../texts.ts";

/** A check-in is recorded after the talk, about topics of the list. */
export function checkInProblems(input: { heldOn?: unknown; topics?: unknown }, today: string): FieldErrors {
  const errors: FieldErrors = {};
  if (text(input.heldOn) > today) errors.heldOn = checkInTexts.inFuture;
  if (asList(input.topics).some((topic) => !checkInTopics.includes(topic))) errors.topics = checkInTexts.unknownTopic;
  return errors;
}
