import { sql } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { refused, refusedForm, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import type { Call } from "../../queries.ts";
import { callReviews } from "../../tables.ts";
import { policies } from "../policies.ts";
import { readScores } from "../rules/score.ts";
import type { ReviewInput } from "../schemas.ts";
import { reviewTexts } from "../texts.ts";
import type { CurrentUser } from "../../../../platform/auth/current-user.ts";

/** Stores the reviewer's scores and comment on a submitted application, or updates the ones given before. */
export async function saveReview(db: Db, call: Call, applicationId: number, reviewer: CurrentUser, input: ReviewInput): Promise<CommandResult> {
  if (!policies.changeReview(reviewer, call.status)) return refusedForm(reviewTexts.closed);
  const { scores, errors } = readScores(call.criteria, call.scaleMax, input);
  if (Object.keys(errors).length > 0) return refused(errors);
  const comment = input.comment ?? "";
  await db
    .insert(callReviews)
    .values({ applicationId, reviewerId: reviewer.id, scores, comment })
    .onConflictDoUpdate({ target: [callReviews.applicationId, callReviews.reviewerId], set: { scores, comment, submittedAt: sql`now()` } });
  return succeeded(null);
}
