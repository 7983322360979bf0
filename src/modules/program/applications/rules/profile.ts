/** Normalised view of an applicant, in a canonical order so the result ignores input order. */
import type { Applicant } from "./types.ts";
import { NO_PERSPECTIVE, UNKNOWN, experienceBand, kindNames, perspectives, settlementOf, stateNames } from "./labels.ts";

export interface Profile {
  applicant: Applicant;
  /** "01".."16" or UNKNOWN */
  state: string;
  /** key of kindNames or UNKNOWN */
  kind: string;
  /** comparison key of the perspective, "" when missing */
  perspectiveKey: string;
  /** display label of the perspective */
  perspective: string;
  band: string;
  settlement: string;
}

const collapse = (text: string) =>
  text
    .trim()
    .replace(/\s+/g, " ")
    .replace(/\s*\/\s*/g, "/");
const keyOf = (text: string) => collapse(text).toLocaleLowerCase("de-DE");
const canonical = new Map<string, string>(perspectives.map((p) => [keyOf(p), p]));

/** Unparseable timestamps sort last instead of breaking the order. */
const timeOf = (iso: string) => {
  const value = Date.parse(iso);
  return Number.isNaN(value) ? Number.POSITIVE_INFINITY : value;
};

export function compareSubmission(left: Applicant, right: Applicant): number {
  const ta = timeOf(left.submittedAt);
  const tb = timeOf(right.submittedAt);
  if (ta !== tb) return ta < tb ? -1 : 1;
  return left.id - right.id;
}

/** Sorted by submission, one profile per id (ids are expected to be unique; the earliest entry wins). */
export function toProfiles(applicants: readonly Applicant[]): Profile[] {
  const sorted = [...applicants].sort(compareSubmission);
  const seen = new Set<number>();
  const labelOfKey = new Map<string, string>();
  const profiles: Profile[] = [];
  for (const applicant of sorted) {
    if (seen.has(applicant.id)) continue;
    seen.add(applicant.id);
    const code = String(applicant.stateCode ?? "").trim();
    const kind = String(applicant.municipalityKind ?? "")
      .trim()
      .toLowerCase();
    const perspectiveKey = keyOf(String(applicant.perspective ?? ""));
    // The first spelling in submission order becomes the label, so it is independent of input order.
    if (perspectiveKey && !labelOfKey.has(perspectiveKey)) {
      labelOfKey.set(perspectiveKey, canonical.get(perspectiveKey) ?? collapse(applicant.perspective));
    }
    profiles.push({
      applicant,
      state: Object.hasOwn(stateNames, code) ? code : UNKNOWN,
      kind: Object.hasOwn(kindNames, kind) ? kind : UNKNOWN,
      perspectiveKey,
      perspective: perspectiveKey ? labelOfKey.get(perspectiveKey)! : NO_PERSPECTIVE,
      band: experienceBand(applicant.yearsOfExperience),
      settlement: Object.hasOwn(settlementOf, kind) ? settlementOf[kind] : UNKNOWN,
    });
  }
  return profiles;
}

export const stateLabel = (p: Profile) => stateNames[p.state] ?? UNKNOWN;
export const kindLabel = (p: Profile) => kindNames[p.kind] ?? UNKNOWN;
