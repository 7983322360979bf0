// A user's query as concepts: each concept is one thing the user asked about, with the
// alternative term sets that express it (the word, its compound parts, thesaurus equivalents).
import { analyze, type AnalyzedToken } from "./german.ts";

/** Terms that must all match (AND). */
export interface Alternative {
  terms: string[];
  weight: number;
}

/** One thing asked about; any alternative may match (OR). */
export interface Concept {
  label: string;
  alternatives: Alternative[];
}

/** Groups of equivalent expressions: [["KJSG", "Kinder- und Jugendstärkungsgesetz"], …]. */
export type Thesaurus = string[][];

const MAX_QUERY_LENGTH = 500;
const DEFAULT_MAX_CONCEPTS = 12;

interface Expression {
  group: number;
  terms: string[];
}

// Implied words ("Kinderhilfe" in "Kinder- und Jugendhilfe") stay out: the written words say it
// all, and an expression's terms must also be found in texts that spell it differently.
const wordsOf = (text: string) => analyze(text.slice(0, MAX_QUERY_LENGTH)).filter((token) => !token.implied);
const keyOf = (terms: string[]) => terms.join(" ");

/** The same term set once, with its highest weight, best first. */
function merge(alternatives: Alternative[]): Alternative[] {
  const byKey = new Map<string, Alternative>();
  for (const alternative of alternatives) {
    const known = byKey.get(keyOf(alternative.terms));
    if (!known || known.weight < alternative.weight) byKey.set(keyOf(alternative.terms), alternative);
  }
  return [...byKey.values()].sort((a, b) => b.weight - a.weight);
}

/**
 * The word itself; a compound also as all its parts, as its head ("Kinderarmut" → "Armut") and,
 * weaker, as each other part ("Beteiligungsformate" → "Beteiligung").
 */
function wordAlternatives(token: AnalyzedToken): Alternative[] {
  if (token.parts.length === 0) return [{ terms: [token.term], weight: 1 }];
  const head = token.parts[token.parts.length - 1];
  return [
    { terms: [token.term], weight: 1 },
    { terms: token.parts, weight: 0.9 },
    { terms: [head], weight: 0.6 },
    ...token.parts.slice(0, -1).map((part) => ({ terms: [part], weight: 0.4 })),
  ];
}

const startsWith = (words: AnalyzedToken[], at: number, terms: string[]) => terms.every((term, k) => words[at + k]?.term === term);

/** The thesaurus concept starting at a word: the longest expression found there, with every expression of its groups. */
function thesaurusConcept(query: string, words: AnalyzedToken[], at: number, expressions: Expression[]) {
  const found = expressions.filter((e) => startsWith(words, at, e.terms));
  const length = Math.max(0, ...found.map((e) => e.terms.length));
  if (length === 0) return undefined;
  const matched = words.slice(at, at + length).map((word) => word.term);
  const groups = new Set(found.filter((e) => e.terms.length === length).map((e) => e.group));
  const alternatives = expressions.filter((e) => groups.has(e.group)).map((e) => ({ terms: e.terms, weight: keyOf(e.terms) === keyOf(matched) ? 1 : 0.9 }));
  if (length === 1) alternatives.push(...wordAlternatives(words[at]));
  const label = query.slice(words[at].start, words[at + length - 1].end);
  return { length, concept: { label, alternatives: merge(alternatives) } };
}

/** Turns a query into at most `maxConcepts` concepts: stopwords dropped, repeated words once, thesaurus groups expanded both ways. */
export function parseQuery(query: string, thesaurus: Thesaurus, options: { maxConcepts?: number } = {}): Concept[] {
  const maxConcepts = options.maxConcepts ?? DEFAULT_MAX_CONCEPTS;
  const words = wordsOf(query);
  const expressions = thesaurus.flatMap((group, i) =>
    group.map((text) => ({ group: i, terms: wordsOf(text).map((word) => word.term) })).filter((e) => e.terms.length > 0),
  );
  const concepts = new Map<string, Concept>();
  for (let at = 0; at < words.length && concepts.size < maxConcepts;) {
    const found = thesaurusConcept(query, words, at, expressions);
    const concept = found?.concept ?? { label: words[at].surface, alternatives: wordAlternatives(words[at]) };
    const key = concept.alternatives
      .map((a) => keyOf(a.terms))
      .sort()
      .join("|");
    if (!concepts.has(key)) concepts.set(key, concept);
    at += found?.length ?? 1;
  }
  return [...concepts.values()];
}

/** Every distinct term of the concepts, for highlighting and vocabulary look-ups. */
export function conceptTerms(concepts: Concept[]): string[] {
  return [...new Set(concepts.flatMap((c) => c.alternatives.flatMap((a) => a.terms)))];
}
