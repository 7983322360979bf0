/**
 * Invented but realistic applicants for demos, tests and benchmarks. People and places are made
 * up from small word lists; only the Länder, kinds of municipality and fields are real vocabulary.
 */
import type { Applicant } from "./types.ts";
import { perspectives } from "./labels.ts";
import { seededRandom } from "../../../../platform/random.ts";

const firstNames = [
  "Anna",
  "Jonas",
  "Leyla",
  "Matthias",
  "Sabine",
  "Deniz",
  "Katrin",
  "Thomas",
  "Mira",
  "Stefan",
  "Aylin",
  "Jan",
  "Franziska",
  "Mehmet",
  "Ulrike",
  "Pawel",
  "Nadine",
  "Tobias",
  "Ines",
  "Kai",
];
const lastNames = [
  "Brandtner",
  "Kowalczyk",
  "Lindemann",
  "Öztürk",
  "Hagedorn",
  "Reuter",
  "Sommerfeld",
  "Yilmaz",
  "Wendland",
  "Petersen",
  "Kaminski",
  "Vogelsang",
  "Bergmann",
  "Nowak",
  "Ahrens",
  "Falkenberg",
];
const placeStems = ["Linden", "Eichen", "Birken", "Wiesen", "Erlen", "Ulmen", "Buchen", "Weiden", "Tannen", "Rosen"];
const placeEndings = ["au", "hagen", "furt", "stedt", "bach", "feld", "burg", "heim", "dorf", "tal"];

/** Kinds that exist in each Land, weighted roughly by population so large Länder apply more often. */
const states: { code: string; weight: number; kinds: string[]; city?: string }[] = [
  { code: "01", weight: 3, kinds: ["kreisfreie_stadt", "kreis"] },
  { code: "02", weight: 2, kinds: ["kreisfreie_stadt"], city: "Hamburg" },
  { code: "03", weight: 8, kinds: ["kreisfreie_stadt", "landkreis", "kreisangehoerige_stadt"] },
  { code: "04", weight: 1, kinds: ["kreisfreie_stadt"], city: "Bremerhaven" },
  { code: "05", weight: 18, kinds: ["kreisfreie_stadt", "kreis", "kreisangehoerige_stadt"] },
  { code: "06", weight: 7, kinds: ["kreisfreie_stadt", "landkreis", "kreisangehoerige_stadt"] },
  { code: "07", weight: 5, kinds: ["kreisfreie_stadt", "landkreis", "kreisangehoerige_stadt"] },
  { code: "08", weight: 13, kinds: ["stadtkreis", "landkreis", "kreisangehoerige_stadt"] },
  { code: "09", weight: 16, kinds: ["kreisfreie_stadt", "landkreis"] },
  { code: "10", weight: 1, kinds: ["regionalverband", "landkreis"] },
  { code: "11", weight: 4, kinds: ["kreisfreie_stadt"], city: "Berlin" },
  { code: "12", weight: 3, kinds: ["kreisfreie_stadt", "landkreis"] },
  { code: "13", weight: 2, kinds: ["kreisfreie_stadt", "landkreis"] },
  { code: "14", weight: 5, kinds: ["kreisfreie_stadt", "landkreis"] },
  { code: "15", weight: 3, kinds: ["kreisfreie_stadt", "landkreis"] },
  { code: "16", weight: 3, kinds: ["kreisfreie_stadt", "landkreis"] },
];
const totalWeight = states.reduce((sum, s) => sum + s.weight, 0);

/** Planning and child-care leaders apply most often; health and administration rarely. */
const perspectiveWeights = [6, 4, 3, 3, 3, 2, 1, 1];

const prefixOf: Record<string, string> = {
  kreisfreie_stadt: "Stadt ",
  stadtkreis: "Stadt ",
  landkreis: "Landkreis ",
  kreis: "Kreis ",
  regionalverband: "Regionalverband ",
  kreisangehoerige_stadt: "Stadt ",
};

export function exampleApplicants(count: number, seed: number): Applicant[] {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const weighted = (weights: readonly number[], total: number) => {
    let row = next() * total;
    let index = 0;
    while (row >= weights[index] && index < weights.length - 1) row -= weights[index++];
    return index;
  };
  const perspectiveTotal = perspectiveWeights.reduce((a, b) => a + b, 0);
  let submitted = Date.UTC(2025, 2, 3, 8, 0);
  const applicants: Applicant[] = [];
  for (let id = 1; id <= count; id++) {
    const state =
      states[
        weighted(
          states.map((s) => s.weight),
          totalWeight,
        )
      ];
    const kind = pick(state.kinds);
    const place = state.city ?? `${pick(placeStems)}${pick(placeEndings)}`;
    // Gaps of up to two days between applications over the application phase.
    submitted += Math.floor(next() * 48 * 60) * 60_000;
    applicants.push({
      id,
      name: `${pick(firstNames)} ${pick(lastNames)}`,
      municipalityName: `${prefixOf[kind]}${place}`,
      stateCode: state.code,
      municipalityKind: kind,
      // Skewed towards fewer years: many leaders are new in their role.
      yearsOfExperience: Math.floor(next() ** 1.5 * 31),
      perspective: perspectives[weighted(perspectiveWeights, perspectiveTotal)],
      tandemPartnerApplying: next() < 0.3,
      submittedAt: new Date(submitted).toISOString(),
    });
  }
  return applicants;
}
