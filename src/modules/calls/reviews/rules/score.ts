import type { Criterion } from "../../reference.ts";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { reviewTexts } from "../texts.ts";

/** A reviewer's scores by criterion key. */
export type Scores = Record<string, number>;

/**
 * One review's weighted score on 0..1: each criterion's score mapped from 1..scaleMax to 0..1
 * ((score − 1) / (scaleMax − 1)), weighted by the criterion's weight. Null when the call has no
 * weighted criteria or the review lacks a score (the criteria changed after it was given).
 */
export function weightedScore(criteria: Criterion[], scaleMax: number, scores: Scores): number | null {
  const totalWeight = criteria.reduce((sum, c) => sum + c.weight, 0);
  if (totalWeight <= 0 || scaleMax < 2) return null;
  let sum = 0;
  for (const criterion of criteria) {
    const score = scores[criterion.key];
    if (typeof score !== "number") return null;
    sum += criterion.weight * ((score - 1) / (scaleMax - 1));
  }
  return sum / totalWeight;
}

/** The mean of the reviews' weighted scores (those that have one), and how many reviews there are. */
export function meanScore(criteria: Criterion[], scaleMax: number, reviews: Scores[]): { mean: number | null; count: number } {
  const weighted = reviews.map((scores) => weightedScore(criteria, scaleMax, scores)).filter((s) => s !== null);
  const mean = weighted.length === 0 ? null : weighted.reduce((a, b) => a + b, 0) / weighted.length;
  return { mean, count: reviews.length };
}

/** The form field of a criterion's score. */
export const scoreField = (key: string) => `score-${key}`;

/**
 * Reads a score per criterion from a posted form: each must be a whole number from 1 to scaleMax.
 */
export function readScores(criteria: Criterion[], scaleMax: number, form: Record<string, unknown>): { scores: Scores; errors: FieldErrors } {
  const scores: Scores = {};
  const errors: FieldErrors = {};
  for (const criterion of criteria) {
    const field = scoreField(criterion.key);
    const value = form[field];
    const score = typeof value === "string" && /^[0-9]{1,3}$/.test(value) ? Number(value) : NaN;
    if (value === undefined || value === "") errors[field] = reviewTexts.missingScore(criterion.label, scaleMax);
    else if (!(score >= 1 && score <= scaleMax)) errors[field] = reviewTexts.wrongScore(criterion.label, scaleMax);
    else scores[criterion.key] = score;
  }
  return { scores, errors };
}
