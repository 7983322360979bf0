import type { FormValues } from "../../../../platform/forms.ts";
import type { CallApplication } from "../../queries.ts";
import { answerField } from "../schemas.ts";

/** The draft form's values as the application holds them (ticks as "ja", the hours as typed). */
export function draftValues(application: CallApplication): FormValues {
  const { commitment } = application;
  const tick = (on: boolean) => (on ? "ja" : "");
  return {
    projectTitle: application.projectTitle,
    projectSummary: application.projectSummary,
    projectTopics: application.projectTopics,
    planningStage: application.planningStage,
    situation: application.situation,
    expectations: application.expectations,
    trainings: tick(commitment.trainings),
    workingGroups: tick(commitment.workingGroups),
    checkIns: tick(commitment.checkIns),
    hoursPerMonth: commitment.hoursPerMonth > 0 ? String(commitment.hoursPerMonth) : "",
    ...Object.fromEntries(Object.entries(application.answers).map(([key, answer]) => [answerField(key), answer])),
  };
}
