import type { FieldErrors } from "../../../../platform/forms.ts";
import type { CallApplication } from "../../queries.ts";
import { missing } from "../texts.ts";

/** What an application still lacks before it can be submitted, as messages next to the fields; {} when complete. */
export function missingForSubmission(application: CallApplication, tandem: { confirmedAt: Date | null }[]): FieldErrors {
  const { commitment } = application;
  const gaps: Record<string, boolean> = {
    partner: tandem.length < 2 || tandem.some((seat) => seat.confirmedAt === null),
    projectTitle: application.projectTitle === "",
    projectSummary: application.projectSummary === "",
    projectTopics: application.projectTopics.length === 0,
    planningStage: application.planningStage === "",
    situation: application.situation === "",
    expectations: application.expectations === "",
    trainings: !commitment.trainings,
    workingGroups: !commitment.workingGroups,
    checkIns: !commitment.checkIns,
    hoursPerMonth: commitment.hoursPerMonth <= 0,
    datei: application.letterName === null,
  };
  return Object.fromEntries(
    Object.keys(gaps)
      .filter((field) => gaps[field])
      .map((field) => [field, missing[field]]),
  );
}
