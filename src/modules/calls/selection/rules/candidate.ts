/** Turns an application with its municipality and reviews into what the selection compares (German labels). */
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
