import { eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { refused, refusedForm, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { callApplications } from "../../tables.ts";
import type { Question } from "../../reference.ts";
import { lockedApplication } from "../queries.ts";
import { answerField, type DraftInput } from "../schemas.ts";
import { messages } from "../texts.ts";
import { clearAgreements } from "./clear-agreements.ts";

/** The answers to the call's own questions by key; an answer longer than its question allows gets a message. */
function answersOf(input: DraftInput, questions: Question[]): { answers: Record<string, string>; errors: FieldErrors } {
  const answers: Record<string, string> = {};
  const errors: FieldErrors = {};
  for (const question of questions) {
    const field = answerField(question.key);
    const answer = typeof input[field] === "string" ? input[field] : "";
    if (answer.length > question.maxLength) errors[field] = messages.answerTooLong(question.maxLength);
    answers[question.key] = answer;
  }
  return { answers, errors };
}

/**
 * Saves the draft as it is (empty fields are fine until submitting) and takes back both agreements
 * to submit. Topics must be the platform's, answers within their question's limit.
 */
export async function saveDraft(db: Db, applicationId: number, questions: Question[], topicSlugs: string[], input: DraftInput): Promise<CommandResult> {
  const { answers, errors } = answersOf(input, questions);
  const topics = input.projectTopics ?? [];
  if (topics.some((slug) => !topicSlugs.includes(slug))) errors.projectTopics = messages.unknownTopic;
  if (Object.keys(errors).length > 0) return refused(errors);
  return db.transaction(async (tx) => {
    if ((await lockedApplication(tx, applicationId))?.status !== "draft") return refusedForm(messages.submitted);
    await tx
      .update(callApplications)
      .set({
        projectTitle: input.projectTitle ?? "",
        projectSummary: input.projectSummary ?? "",
        projectTopics: [...new Set(topics)],
        planningStage: input.planningStage ?? "",
        situation: input.situation ?? "",
        expectations: input.expectations ?? "",
        commitment: {
          trainings: input.trainings === true,
          workingGroups: input.workingGroups === true,
          checkIns: input.checkIns === true,
          hoursPerMonth: Math.round(input.hoursPerMonth ?? 0),
        },
        answers,
      })
      .where(eq(callApplications.id, applicationId));
    await clearAgreements(tx, applicationId);
    return succeeded(null);
  });
}
