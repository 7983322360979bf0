// What people type into the problem finder, for the speed measurement: the team's evaluation queries plus generated
// ones – 1 to 12 consecutive words of a demo sentence, sometimes lowercase, with typos and the domain's abbreviations
// mixed in (seeded, the same every run).
import { indexText } from "../src/platform/search/german.ts";
import { reportSeeds } from "../src/modules/exchange/testing.ts";
import { seededRandom } from "../src/modules/program/testing.ts";
import { between, pick, sections, splitSentences, type Random } from "./exchange-corpus.ts";

export interface EvalQuery {
  query: string;
  relevant: string[];
  note: string;
}

const evalFile = new URL("../src/modules/exchange/seed/eval-queries.ts", import.meta.url);

/** The team's evaluation queries (relevant = demo report keys); null while the file does not exist yet. */
export async function loadEvalQueries(): Promise<EvalQuery[] | null> {
  try {
    const module = (await import(evalFile.href)) as { evalQueries?: EvalQuery[] };
    return module.evalQueries ?? null;
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_MODULE_NOT_FOUND") return null;
    throw error;
  }
}

/** Long forms and the abbreviations planners use for them (the starting thesaurus knows most of them). */
const abbreviations: [string, string][] = [
  ["Kinder- und Jugendstärkungsgesetz", "KJSG"],
  ["Hilfen zur Erziehung", "HzE"],
  ["Jugendhilfeausschuss", "JHA"],
  ["Jugendhilfeausschusses", "JHA"],
  ["Kindertagesstätten", "Kitas"],
  ["Allgemeinen Sozialen Dienst", "ASD"],
  ["Jugendhilfeplanung", "JHP"],
  ["offene Kinder- und Jugendarbeit", "OKJA"],
  ["Sozialgesetzbuch", "SGB"],
];
const looseAbbreviations = ["KJSG", "HzE", "JHA", "ASD", "OKJA", "Kita", "JHP", "SGB VIII", "KiTa", "SGB II"];

function typo(next: Random, word: string): string {
  if (word.length < 5) return word;
  const at = between(next, 1, word.length - 3);
  switch (Math.floor(next() * 4)) {
    case 0:
      return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2); // swapped letters
    case 1:
      return word.slice(0, at) + word.slice(at + 1); // a letter missing
    case 2:
      return word.slice(0, at) + word[at] + word.slice(at); // a letter doubled
    default:
      return word.replace(/ä/g, "a").replace(/ö/g, "o").replace(/ü/g, "u").replace(/ß/g, "s"); // umlauts lost
  }
}

function generatedQuery(next: Random, sentences: string[]): string {
  const words = pick(next, sentences)
    .replace(/[.,;:!?„“"()–]/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  const length = Math.min(words.length, between(next, 1, 12));
  const start = between(next, 0, words.length - length);
  let text = words.slice(start, start + length).join(" ");
  if (next() < 0.3) {
    const found = abbreviations.find(([long]) => text.includes(long));
    text = found ? text.replace(found[0], found[1]) : `${text} ${pick(next, looseAbbreviations)}`;
  }
  if (next() < 0.3) {
    const list = text.split(" ");
    const count = Math.floor(next() * list.length);
    list[count] = typo(next, list[count]);
    text = list.join(" ");
  }
  return next() < 0.3 ? text.toLowerCase() : text;
}

/** `n` distinct generated queries, each with at least one word that is not a stopword. */
export function generatedQueries(count: number, seed = 4711): string[] {
  const next = seededRandom(seed);
  const sentences = reportSeeds.flatMap((r) => sections.flatMap((s) => splitSentences(r[s])));
  const queries = new Set<string>();
  while (queries.size < count) {
    const query = generatedQuery(next, sentences);
    if (indexText(query)) queries.add(query);
  }
  return [...queries];
}
