/**
 * The diversity objective: how much an applicant adds to a group. Values are integer-encoded in
 * typed arrays because the waiting list evaluates every remaining applicant at every rank (n²).
 */
import type { Profile } from "./profile.ts";
import { UNKNOWN } from "./labels.ts";

interface Dimension {
  value: (p: Profile) => string;
  /** bonus for a value the group does not have yet */
  fresh: number;
  /** penalty per group member who already has the value, so repeats spread out evenly */
  repeat: number;
}

// Integers keep scores exact, so ties are real ties and fall to the submission order.
// Land and perspective weigh most (the team's "heterogene Gruppe"), the tandem bonus stays below
// any new value so it only decides between otherwise similar applicants.
const dimensions: Dimension[] = [
  { value: (p) => p.state, fresh: 8, repeat: 2 },
  { value: (p) => p.perspectiveKey || UNKNOWN, fresh: 8, repeat: 2 },
  { value: (p) => p.band, fresh: 6, repeat: 2 },
  { value: (p) => p.kind, fresh: 4, repeat: 1 },
  { value: (p) => p.settlement, fresh: 2, repeat: 2 },
];
const TANDEM_BONUS = 3;

export class DiversityModel {
  /** values[d][i]: value id of profile i in dimension d; 0 means unknown and earns no bonus */
  private readonly values: Int32Array[];
  private readonly counts: Int32Array[];
  private readonly tandem: Uint8Array;

  constructor(profiles: readonly Profile[]) {
    this.values = dimensions.map((dim) => {
      const ids = new Map<string, number>([[UNKNOWN, 0]]);
      return Int32Array.from(profiles, (p) => {
        const v = dim.value(p);
        if (!ids.has(v)) ids.set(v, ids.size);
        return ids.get(v)!;
      });
    });
    this.counts = this.values.map((vals) => new Int32Array(vals.length + 1));
    this.tandem = Uint8Array.from(profiles, (p) => (p.applicant.tandemPartnerApplying ? 1 : 0));
  }

  add(i: number): void {
    for (let d = 0; d < dimensions.length; d++) this.counts[d][this.values[d][i]]++;
  }

  remove(i: number): void {
    for (let d = 0; d < dimensions.length; d++) this.counts[d][this.values[d][i]]--;
  }

  /** Score of adding profile i to the current group (i itself must not be in it). */
  gain(i: number): number {
    let score = this.tandem[i] ? TANDEM_BONUS : 0;
    for (let d = 0; d < dimensions.length; d++) {
      const v = this.values[d][i];
      const c = this.counts[d][v];
      score += c === 0 ? (v === 0 ? 0 : dimensions[d].fresh) : -dimensions[d].repeat * c;
    }
    return score;
  }

  /** What member i contributes to the current group: its gain if it were added last. */
  contribution(i: number): number {
    this.remove(i);
    const score = this.gain(i);
    this.add(i);
    return score;
  }

  /**
   * Adds up to `limit` candidates greedily and returns them in pick order. Candidates must be in
   * submission order (ascending profile index), so on equal scores the earlier application wins.
   */
  pickGreedy(candidates: readonly number[], limit: number): number[] {
    const left = [...candidates];
    const picked: number[] = [];
    while (picked.length < limit && left.length > 0) {
      let best = 0;
      let bestScore = this.gain(left[0]);
      for (let k = 1; k < left.length; k++) {
        const score = this.gain(left[k]);
        if (score > bestScore) {
          best = k;
          bestScore = score;
        }
      }
      const [i] = left.splice(best, 1);
      this.add(i);
      picked.push(i);
    }
    return picked;
  }
}
