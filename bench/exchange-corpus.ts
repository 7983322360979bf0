// Texts for the generated exchange corpus: every sentence comes from a demo report, so the generated reports use
// the words, compounds and abbreviations planners really write, and the term statistics look like a real corpus.
// A generated report takes its title from a demo report that shares one of its topics (with a variation) and 2–4
// sentences per section from demo reports sharing a topic. Pure functions of a seeded generator: the same every run.
import { reportSeeds, type ReportSeed } from "../src/modules/exchange/testing.ts";

export const sections = ["problem", "context", "approach", "worked", "notWorked", "transfer"] as const;
export type Section = (typeof sections)[number];
export type Random = () => number;

/** Sentences end at . ! ? before a capital or digit; a few abbreviations do not end one. */
const ABBREVIATION = /(?:^|\s)(?:z\. ?B|u\. ?a|d\. ?h|bzw|ca|vgl|Nr|Abs|usw|etc|ggf|inkl|evtl|insb|sog|bspw|Dr|S)\.$/;

export function splitSentences(text: string): string[] {
  const pieces = text.split(/(?<=[.!?])\s+(?=[„"(]?[\p{Lu}\d§])/u);
  const sentences: string[] = [];
  for (const piece of pieces) {
    const last = sentences.length - 1;
    if (last >= 0 && ABBREVIATION.test(sentences[last])) sentences[last] += ` ${piece}`;
    else if (piece.trim()) sentences.push(piece.trim());
  }
  return sentences;
}

interface Pool {
  titles: string[];
  sentences: Record<Section, string[]>;
}

const emptyPool = (): Pool => ({ titles: [], sentences: { problem: [], context: [], approach: [], worked: [], notWorked: [], transfer: [] } });

/** Per topic slug: the titles and the sentences per section of the demo reports with that topic. */
export function topicPools(seeds: ReportSeed[] = reportSeeds): Map<string, Pool> {
  const pools = new Map<string, Pool>();
  for (const seed of seeds) {
    for (const topic of seed.topics) {
      const pool = pools.get(topic) ?? emptyPool();
      pool.titles.push(seed.title);
      for (const section of sections) pool.sentences[section].push(...splitSentences(seed[section]));
      pools.set(topic, pool);
    }
  }
  return pools;
}

export const pick = <T>(next: Random, list: readonly T[]): T => list[Math.floor(next() * list.length)];
export const between = (next: Random, min: number, max: number) => min + Math.floor(next() * (max - min + 1));

/** n distinct entries (fewer if the list is shorter), in the order drawn. */
export function sample<T>(next: Random, list: readonly T[], count: number): T[] {
  const copy = [...list];
  const out: T[] = [];
  while (out.length < count && copy.length > 0) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
  return out;
}

const titleVariations: ((title: string, place: string) => string)[] = [
  (t) => t,
  (t) => t,
  (t, place) => `${t} – Erfahrungen aus ${place}`,
  (t, place) => `${place}: ${t}`,
  (t) => `Zwischenbilanz: ${t}`,
  (t) => `${t} (zweiter Anlauf)`,
  (t) => `Was wir gelernt haben: ${t}`,
  (t, place) => `${t} in ${place}`,
];

export interface ComposedReport {
  title: string;
  /** The sentences of each section; a section's text is its sentences joined by a space. */
  sentences: Record<Section, string[]>;
  contactName: string;
}

function union(pools: Map<string, Pool>, topics: string[]): Pool {
  const merged = emptyPool();
  for (const topic of topics) {
    const pool = pools.get(topic);
    if (!pool) continue;
    merged.titles.push(...pool.titles);
    for (const section of sections) merged.sentences[section].push(...pool.sentences[section]);
  }
  return merged;
}

const contacts = ["Jugendhilfeplanung", "Sozialplanung", "Jugendamt, Fachdienst Planung", "Stabsstelle Sozialplanung", "Kita-Bedarfsplanung", "Bildungsbüro"];

/** One report on the given topics by a municipality; `withFailures` decides whether "what did not work" is filled. */
export function composeReport(next: Random, pools: Map<string, Pool>, topics: string[], place: string, withFailures: boolean): ComposedReport {
  const pool = union(pools, topics);
  const title = pick(next, titleVariations)(pick(next, pool.titles), place);
  const chosen = (s: Section) => (s === "notWorked" && !withFailures ? [] : sample(next, pool.sentences[s], between(next, 2, 4)));
  const sentences = Object.fromEntries(sections.map((s) => [s, chosen(s)])) as Record<Section, string[]>;
  return { title, sentences, contactName: `Beispielperson, ${pick(next, contacts)}` };
}

export interface ComposedProject {
  title: string;
  summary: string;
  goals: string[];
  learnings: string;
}

const projectTitles = [
  "Jugendhilfeplanung neu aufstellen",
  "Sozialräumliche Planung verankern",
  "Beteiligung junger Menschen verstetigen",
  "Planung datenbasiert steuern",
  "Präventionskette aufbauen",
  "Förderplan gemeinsam fortschreiben",
];

/** A change project for a municipality that has none, from the same sentences. */
export function composeProject(next: Random, pools: Map<string, Pool>, topics: string[], place: string): ComposedProject {
  const pool = union(pools, topics);
  const base = next() < 0.5 ? pick(next, projectTitles) : pick(next, pool.titles);
  return {
    title: next() < 0.5 ? base : `${base} in ${place}`,
    summary: sample(next, pool.sentences.problem.concat(pool.sentences.approach), between(next, 2, 4)).join(" "),
    goals: sample(next, pool.sentences.transfer, between(next, 2, 4)),
    learnings: sample(next, pool.sentences.worked.concat(pool.sentences.notWorked), between(next, 1, 2)).join(" "),
  };
}
