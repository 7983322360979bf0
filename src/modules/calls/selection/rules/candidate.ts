/** Turns an application with its municipality and reviews into what the selection compares (German labels). */
import type { Criterion } from "../../reference.ts";
import { planningStages, regions } from "../../reference.ts";
import type { Candidate } from "./types.ts";
import { UNKNOWN } from "./reasons.ts";

export interface Vocabulary {
  lands: Record<string, string>;
  kinds: Record<string, string>;
  sizeClasses: Record<string, { label: string; min: number; max: number }>;
  topics: Record<string, string>;
}

export interface CandidateSource {
  id: number;
  projectTopics: string[];
  planningStage: string;
  submittedAt: Date | null;
  municipality: { name: string; stateCode: string; kind: string; population: number };
}

/** One reviewer's weighted mean of (score − 1) / (scaleMax − 1) over the criteria; null when nothing was scored. */
function reviewerScore(scores: Record<string, number>, criteria: readonly Criterion[], scaleMax: number): number | null {
  let sum = 0;
  let weights = 0;
  for (const criterion of criteria) {
    const score = scores[criterion.key];
    if (typeof score !== "number" || scaleMax <= 1) continue;
    sum += criterion.weight * ((Math.min(scaleMax, Math.max(1, score)) - 1) / (scaleMax - 1));
    weights += criterion.weight;
  }
  return weights === 0 ? null : sum / weights;
}

/** The mean over reviewers (0..1, null without reviews) and the number of reviews. */
export function scoreOf(reviews: readonly Record<string, number>[], criteria: readonly Criterion[], scaleMax: number) {
  const scores = reviews.map((r) => reviewerScore(r, criteria, scaleMax)).filter((s): s is number => s !== null);
  return { mean: scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length, count: reviews.length };
}

export function toCandidate(source: CandidateSource, score: { mean: number | null; count: number } | undefined, vocabulary: Vocabulary): Candidate {
  const { municipality } = source;
  const size = Object.values(vocabulary.sizeClasses).find((c) => municipality.population >= c.min && municipality.population <= c.max);
  return {
    id: source.id,
    municipality: municipality.name,
    land: vocabulary.lands[municipality.stateCode] ?? UNKNOWN,
    region: regions[municipality.stateCode] ?? UNKNOWN,
    kind: vocabulary.kinds[municipality.kind] ?? UNKNOWN,
    sizeClass: size?.label ?? UNKNOWN,
    topics: source.projectTopics.map((slug) => vocabulary.topics[slug] ?? slug),
    stage: planningStages[source.planningStage as keyof typeof planningStages] ?? UNKNOWN,
    score: score?.mean ?? null,
    reviewCount: score?.count ?? 0,
    submittedAt: source.submittedAt?.toISOString() ?? "",
  };
}
