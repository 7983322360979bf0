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
      return Int32Array.from(profiles, (profile) => {
        const value = dim.value(profile);
        if (!ids.has(value)) ids.set(value, ids.size);
        return ids.get(value)!;
      });
    });
    this.counts = this.values.map((vals) => new Int32Array(vals.length + 1));
    this.tandem = Uint8Array.from(profiles, (p) => (p.applicant.tandemPartnerApplying ? 1 : 0));
  }

  add(index: number): void {
    for (let entry = 0; entry < dimensions.length; entry++) this.counts[entry][this.values[entry][index]]++;
  }

  remove(index: number): void {
    for (let entry = 0; entry < dimensions.length; entry++) this.counts[entry][this.values[entry][index]]--;
  }

  /** Score of adding profile i to the current group (i itself must not be in it). */
  gain(index: number): number {
    let score = this.tandem[index] ? TANDEM_BONUS : 0;
    for (let entry = 0; entry < dimensions.length; entry++) {
      const valueItem = this.values[entry][index];
      const value = this.counts[entry][valueItem];
      score += value === 0 ? (valueItem === 0 ? 0 : dimensions[entry].fresh) : -dimensions[entry].repeat * value;
    }
    return score;
  }

  /** What member i contributes to the current group: its gain if it were added last. */
  contribution(index: number): number {
    this.remove(index);
    const score = this.gain(index);
    this.add(index);
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
      for (let count = 1; count < left.length; count++) {
        const score = this.gain(left[count]);
        if (score > bestScore) {
          best = count;
          bestScore = score;
        }
      }
      const [index] = left.splice(best, 1);
      this.add(index);
      picked.push(index);
    }
    return picked;
  }
}
