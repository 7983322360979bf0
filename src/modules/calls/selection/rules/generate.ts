/**
 * Invented but plausible applications for the demo, tests and the benchmark: deterministic for a seed.
 * The municipalities are given (real demo municipalities, or invented ones for the benchmark); the change
 * projects, stages and reviewers' scores are made up from small lists.
 */
import { defaultCriteria, type PlanningStage } from "../../reference.ts";
import { toCandidate, type Vocabulary } from "./candidate.ts";
import { meanScore } from "../../reviews/rules/score.ts";
import type { Candidate } from "./types.ts";
import { seededRandom } from "../../../../platform/random.ts";

export interface ExampleMunicipality {
  id: number;
  name: string;
  stateCode: string;
  kind: string;
  population: number;
}

export interface ExampleApplication {
  municipalityId: number;
  projectTitle: string;
  projectSummary: string;
  topics: string[];
  planningStage: PlanningStage;
  /** Per reviewer: a score per criterion key, 1..scaleMax. Empty for an application nobody reviewed yet. */
  reviews: Record<string, number>[];
  submittedAt: Date;
}

const projects = [
  ["Jugendhilfe- und Schulentwicklungsplanung verbinden", "Wir legen Planungsräume, Daten und Termine von Jugendhilfe und Schule zusammen."],
  ["Ein Sozialbericht für alle Ämter", "Sozial-, Jugendhilfe- und Gesundheitsplanung berichten künftig gemeinsam und steuern nach denselben Kennzahlen."],
  ["Präventionskette von der Geburt bis zum Beruf", "Angebote entlang der Lebensphasen werden abgestimmt geplant, Lücken sichtbar gemacht."],
  ["Kinder- und Jugendförderplan mit jungen Menschen", "Junge Menschen planen mit; der Plan wird zum Steuerungsinstrument des Jugendhilfeausschusses."],
  ["Sozialraumteams mit gemeinsamer Planung", "Jugendamt und freie Träger planen je Sozialraum gemeinsam und überprüfen die Wirkung."],
  ["Steuerung mit Wirkungszielen", "Wir vereinbaren Wirkungsziele für die Jugendhilfe und verbinden sie mit dem Haushalt."],
] as const;
const stages: PlanningStage[] = ["start", "partial", "established"];

export interface GenerateOptions {
  count: number;
  seed: number;
  /** Criterion keys the reviewers score. */
  criteria: string[];
  scaleMax: number;
  /** How many reviewers score each application (some stay without review). */
  reviewers: number;
  /** Applications are submitted in the weeks before this instant. */
  deadline: Date;
}

/** `count` applications of distinct municipalities (fewer if there are fewer municipalities). */
export function exampleApplications(
  municipalities: readonly ExampleMunicipality[],
  topicSlugs: readonly string[],
  options: GenerateOptions,
): ExampleApplication[] {
  const next = seededRandom(options.seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const pool = [...municipalities].sort((a, b) => a.id - b.id);
  const chosen: ExampleMunicipality[] = [];
  while (chosen.length < options.count && pool.length > 0) chosen.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
  let submitted = options.deadline.getTime() - 60 * 24 * 3600_000;
  return chosen.map((municipality) => {
    const [title, summary] = pick(projects);
    const topics = new Set<string>();
    const topicCount = 1 + Math.floor(next() * 3);
    while (topics.size < Math.min(topicCount, topicSlugs.length)) topics.add(pick(topicSlugs));
    const quality = next();
    const unreviewed = next() < 0.08;
    const reviews = unreviewed
      ? []
      : Array.from({ length: options.reviewers }, () =>
          Object.fromEntries(
            options.criteria.map((key) => {
              const raw = 1 + quality * (options.scaleMax - 1) + (next() - 0.5) * 1.6;
              return [key, Math.min(options.scaleMax, Math.max(1, Math.round(raw)))];
            }),
          ),
        );
    submitted += Math.floor(next() * 30 * 60) * 60_000;
    return {
      municipalityId: municipality.id,
      projectTitle: `${title} in ${municipality.name}`,
      projectSummary: summary,
      topics: [...topics],
      planningStage: pick(stages),
      reviews,
      submittedAt: new Date(Math.min(submitted, options.deadline.getTime() - 60_000)),
    };
  });
}

const placeStems = ["Linden", "Eichen", "Birken", "Wiesen", "Erlen", "Ulmen", "Buchen", "Weiden", "Tannen", "Rosen"];
const placeEndings = ["au", "hagen", "furt", "stedt", "bach", "feld", "burg", "heim", "dorf", "tal"];
const kindsOfMunicipality = ["kreisfreie_stadt", "landkreis", "landkreis", "kreis", "kreisangehoerige_stadt"];

/** Invented municipalities for the benchmark and tests: all Länder, types and sizes. */
export function exampleMunicipalities(count: number, seed: number): ExampleMunicipality[] {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  return Array.from({ length: count }, (_, k) => ({
    id: k + 1,
    name: `${pick(placeStems)}${pick(placeEndings)} ${k + 1}`,
    stateCode: String(1 + Math.floor(next() * 16)).padStart(2, "0"),
    kind: pick(kindsOfMunicipality),
    population: Math.round(20_000 + next() ** 2 * 900_000),
  }));
}

/** Example candidates for tests and the benchmark: invented municipalities, their applications and scores. */
export function exampleCandidates(count: number, seed: number, vocabulary: Vocabulary): Candidate[] {
  const criteria = defaultCriteria.map((c) => c.key);
  const municipalities = exampleMunicipalities(count, seed);
  const byId = new Map(municipalities.map((m) => [m.id, m]));
  const options = { count, seed, criteria, scaleMax: 5, reviewers: 2, deadline: new Date(Date.UTC(2027, 2, 31)) };
  return exampleApplications(municipalities, Object.keys(vocabulary.topics), options).map((application, k) =>
    toCandidate(
      {
        id: k + 1,
        projectTopics: application.topics,
        planningStage: application.planningStage,
        submittedAt: application.submittedAt,
        municipality: byId.get(application.municipalityId)!,
      },
      meanScore(defaultCriteria, 5, application.reviews),
      vocabulary,
    ),
  );
}
