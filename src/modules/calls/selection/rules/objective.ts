/**
 * What an application adds to a group: the reviewers' score plus a bonus for every value the group
 * lacks yet (Land, region, type, size class, stage, topics) and a penalty for repeats. Integers keep
 * ties real ties, so they fall to the earlier application. Applications without a review come last.
 */
import type { Candidate } from "./types.ts";

interface Dimension {
  values: (c: Candidate) => string[];
  fresh: number;
  repeat: number;
}

// The score weighs most (0..5000): a score lead of 0.06 equals a type, size class, stage or region the group lacks, 0.12 a Land.
const SCORE_POINTS = 5000;
const UNREVIEWED_PENALTY = 1_000_000;
const TOPICS_COUNTED = 3;
const dimensions: Dimension[] = [
  { values: (c) => [c.land], fresh: 600, repeat: 300 },
  { values: (c) => [c.region], fresh: 300, repeat: 100 },
  { values: (c) => [c.kind], fresh: 300, repeat: 100 },
  { values: (c) => [c.sizeClass], fresh: 300, repeat: 100 },
  { values: (c) => [c.stage], fresh: 300, repeat: 100 },
  { values: (c) => [...new Set(c.topics)].sort().slice(0, TOPICS_COUNTED), fresh: 200, repeat: 0 },
];

export const scorePoints = (score: number | null) => (score === null ? 0 : Math.round(Math.min(1, Math.max(0, score)) * SCORE_POINTS));

export class GroupModel {
  /** values[d][i]: value ids of candidate i in dimension d. */
  private readonly values: number[][][];
  private readonly counts: Int32Array[];
  private readonly base: Int32Array;

  constructor(candidates: readonly Candidate[]) {
    this.values = dimensions.map((dimension) => {
      const ids = new Map<string, number>();
      return candidates.map((c) =>
        dimension.values(c).map((value) => {
          if (!ids.has(value)) ids.set(value, ids.size);
          return ids.get(value)!;
        }),
      );
    });
    this.counts = this.values.map(() => new Int32Array(candidates.length * TOPICS_COUNTED + 1));
    this.base = Int32Array.from(candidates, (c) => scorePoints(c.score) - (c.score === null ? UNREVIEWED_PENALTY : 0));
  }

  add(index: number): void {
    this.values.forEach((dimension, d) => dimension[index].forEach((value) => this.counts[d][value]++));
  }

  remove(index: number): void {
    this.values.forEach((dimension, d) => dimension[index].forEach((value) => this.counts[d][value]--));
  }

  /** What adding candidate i (not in the group) brings. */
  gain(index: number): number {
    let total = this.base[index];
    for (let dimension = 0; dimension < dimensions.length; dimension++) {
      for (const value of this.values[dimension][index]) {
        const count = this.counts[dimension][value];
        total += count === 0 ? dimensions[dimension].fresh : -dimensions[dimension].repeat * count;
      }
    }
    return total;
  }

  /** What member i brings to the group it is in. */
  contribution(index: number): number {
    this.remove(index);
    const value = this.gain(index);
    this.add(index);
    return value;
  }

  /** Adds up to `limit` candidates greedily; candidates come in tie-break order, so the earlier one wins a tie. */
  pickGreedy(candidates: readonly number[], limit: number): number[] {
    const left = [...candidates];
    const picked: number[] = [];
    while (picked.length < limit && left.length > 0) {
      let best = 0;
      let bestGain = this.gain(left[0]);
      for (let position = 1; position < left.length; position++) {
        const value = this.gain(left[position]);
        if (value > bestGain) {
          best = position;
          bestGain = value;
        }
      }
      const [index] = left.splice(best, 1);
      this.add(index);
      picked.push(index);
    }
    return picked;
  }
}
