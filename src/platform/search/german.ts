// German text analysis for the search: words → plain ASCII terms (stems) plus compound parts.
import { stemmer } from "@orama/stemmers/german";
import { BOUND_FORMS, LEXICON } from "./lexicon.ts";
import { STOPWORDS } from "./stopwords.ts";

/** A word of the text. */
export interface Token {
  surface: string;
  /** Span in the analysed text. */
  start: number;
  end: number;
  /** A word the text implies without spelling it out: "Kinderhilfe" in "Kinder- und Jugendhilfe". */
  implied?: true;
}

/** A word with its search term and compound parts. */
export interface AnalyzedToken extends Token {
  term: string;
  /** Stemmed compound parts, distinct, never the term itself; the head (rightmost part) comes last. */
  parts: string[];
}

const WORD = /[\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}]*(?:[-\u2010\u2011][\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}]*)*/gu;
const HYPHEN = /[-\u2010\u2011]/g;
// Longer "words" are hashes or data, not language; it also bounds decompounding.
const MAX_WORD_LENGTH = 64;
const CONJUNCTIONS = new Set(["und", "oder", "sowie", "bzw", "beziehungsweise"]);
const TRUNCATED_GAP = /^[-\u2010\u2011]\s*[,/]?\s*$/;
const CONJUNCTION_GAP = /^\.?\s+$/;
// Fugenelemente between two parts; "" for parts joined directly.
const LINKS = ["", "s", "es", "n", "en", "er", "e", "ns"];
const MIN_PART = 3;

/** Lowercase, NFC and ß → ss, transliterations left as they are. */
function foldWord(word: string): string {
  return word.normalize("NFC").toLowerCase().replaceAll("ß", "ss");
}

/** Lowercase, NFC, ß → ss and ae/oe/ue → ä/ö/ü like Snowball's "german2" (no ue → ü after q or a vowel: "Quelle", "Steuer"). */
export function normalizeWord(word: string): string {
  return foldWord(word).replace(/ae|oe|(?<![aeiouyäöüq])ue/g, (pair) => ({ ae: "ä", oe: "ö" })[pair] ?? "ü");
}

/** The search term of a word: normalised, stemmed and folded to plain ASCII a–z0–9. */
export function stemWord(word: string): string {
  // The stemmer keeps the feminine suffix ("Lehrerinnen" should meet "Lehrer") and the plural s
  // after a vowel ("Kitas", "Handys"); -us and -is stay ("Haus", "Praxis").
  const base = normalizeWord(word)
    .replace(/(?<=\p{L}{3})erin(?:nen)?$/u, "er")
    .replace(/(?<=\p{L}{3}[aoy])s$/u, "");
  return stemmer(base)
    .normalize("NFKD")
    .replace(/[^a-z0-9]/g, "");
}

const STOPWORD_SET = new Set(STOPWORDS.map(normalizeWord));
const FREE_WORDS = new Set(LEXICON.map(normalizeWord));
const BOUND_WORDS = new Set(BOUND_FORMS.map(normalizeWord));
// The length of the shortest entry per stem: an inflected form is never shorter than its base.
const BASE_LENGTHS = new Map<string, number>();
for (const word of FREE_WORDS) {
  const stem = stemWord(word);
  BASE_LENGTHS.set(stem, Math.min(word.length, BASE_LENGTHS.get(stem) ?? Infinity));
}

/** Whether a normalised word carries no meaning for search; single letters never do. */
export function isStopword(normalizedWord: string): boolean {
  return STOPWORD_SET.has(normalizedWord) || /^\p{L}$/u.test(normalizedWord);
}

interface Segment {
  start: number;
  end: number;
  /** A head that is an inflected form of an entry ("formaten", "ämter") rather than the entry. */
  inflected: boolean;
}

// Pieces are normalised one by one, so "Kitaeltern" splits before its "ae" could become "ä".
function isModifier(piece: string): boolean {
  const word = normalizeWord(piece);
  return FREE_WORDS.has(word) || BOUND_WORDS.has(word);
}

function asHead(piece: string, start: number, end: number): Segment | null {
  const word = normalizeWord(piece);
  if (FREE_WORDS.has(word)) return { start, end, inflected: false };
  return word.length >= (BASE_LENGTHS.get(stemWord(word)) ?? Infinity) ? { start, end, inflected: true } : null;
}

const length = (s: Segment) => s.end - s.start;
const covered = (split: Segment[]) => split.reduce((sum, s) => sum + length(s), 0);

// Fewest parts; a head that is an entry over an inflected one ("Auto|reise", not "Autor|eise");
// the longest parts from the left, as German three-part compounds mostly branch left
// ("Jugendhilfe|planung", not "Jugend|hilfeplanung"); the fewest linking letters.
function better(current: Segment[] | null, candidate: Segment[]): Segment[] {
  if (!current) return candidate;
  if (current.length !== candidate.length) return current.length < candidate.length ? current : candidate;
  if (current[current.length - 1].inflected !== candidate[candidate.length - 1].inflected) return current[current.length - 1].inflected ? candidate : current;
  const differs = current.findIndex((s, i) => length(s) !== length(candidate[i]));
  if (differs >= 0) return length(current[differs]) > length(candidate[differs]) ? current : candidate;
  return covered(candidate) > covered(current) ? candidate : current;
}

/** The best split of a folded word into at least two lexicon parts (dynamic programming from the right). */
function splitCompound(word: string): Segment[] | null {
  if (word.length > MAX_WORD_LENGTH) return null;
  const memo = new Map<number, Segment[] | null>();
  const splitFrom = (start: number): Segment[] | null => {
    if (memo.has(start)) return memo.get(start)!;
    const head = start > 0 && word.length - start >= MIN_PART ? asHead(word.slice(start), start, word.length) : null;
    let best = head && [head];
    for (let end = start + MIN_PART; end <= word.length - MIN_PART; end++) {
      if (!isModifier(word.slice(start, end))) continue;
      for (const link of LINKS) {
        const rest = word.startsWith(link, end) ? splitFrom(end + link.length) : null;
        if (rest) best = better(best, [{ start, end, inflected: false }, ...rest]);
      }
    }
    memo.set(start, best);
    return best;
  };
  return splitFrom(0);
}

/** Parts of a compound as normalised words, nested compounds after their own parts, the head last; [] if it does not split. */
export function decompound(word: string): string[] {
  const components = foldWord(word).split(HYPHEN);
  if (components.length > 1) {
    const meaningful = components.filter((c) => c && !isStopword(normalizeWord(c)));
    return meaningful.flatMap((c) => [...decompound(c), normalizeWord(c)]);
  }
  const folded = components[0];
  return (splitCompound(folded) ?? []).flatMap(({ start, end }) => {
    const part = normalizeWord(folded.slice(start, end));
    return [...decompound(part), part];
  });
}

/** What a compound keeps when its first part is dropped: "Jugendhilfe" → "hilfe", "Jugend-Hilfe" → "-Hilfe". */
function compoundRest(word: string): string | undefined {
  const hyphen = word.search(HYPHEN);
  if (hyphen > 0) return word.slice(hyphen);
  const folded = foldWord(word);
  const split = splitCompound(folded);
  return split ? folded.slice(split[1].start) : undefined;
}

/** The word a truncated word ("Kinder-" in "Kinder- und Jugendhilfe") stands for, if it is one. */
function completeTruncation(text: string, words: Token[], start: number): Token | undefined {
  const gapAfter = (k: number) => text.slice(words[k].end, words[k + 1]?.start ?? text.length);
  const truncated = (k: number) => k + 1 < words.length && TRUNCATED_GAP.test(gapAfter(k));
  if (!truncated(start)) return undefined;
  let joined = /[,/]/.test(gapAfter(start));
  let next = start + 1;
  for (; next < words.length; next++) {
    if (CONJUNCTIONS.has(foldWord(words[next].surface)) && CONJUNCTION_GAP.test(gapAfter(next))) joined = true;
    else if (!truncated(next)) break;
  }
  const rest = joined && next < words.length ? compoundRest(words[next].surface) : undefined;
  return rest ? { surface: words[start].surface + rest, start: words[start].start, end: words[start].end, implied: true } : undefined;
}

/** Words (letters and digits, hyphenated compounds as one), each truncated word followed by the word it implies. */
export function tokenize(text: string): Token[] {
  const words = [...text.matchAll(WORD)].map((m) => ({ surface: m[0], start: m.index, end: m.index + m[0].length }));
  return words.flatMap((word, position) => {
    const implied = completeTruncation(text, words, position);
    return implied ? [word, implied] : [word];
  });
}

/** Term and parts of one written word, or null for a stopword. */
function analyzeWord(surface: string): { term: string; parts: string[] } | null {
  const term = stemWord(surface.replaceAll(HYPHEN, ""));
  if (!term || normalizeWord(surface).split(HYPHEN).every(isStopword)) return null;
  const stems = decompound(surface).map(stemWord);
  // Keep the last of equal stems, so the head stays last.
  return { term, parts: stems.filter((s, i) => s && s !== term && stems.lastIndexOf(s) === i) };
}

// Texts repeat their words; the analysis of a word never changes, so it is kept (up to a bound).
const known = new Map<string, { term: string; parts: string[] } | null>();
const maxKnown = 50_000;

/** Tokens with their terms and compound parts, stopwords dropped. */
export function analyze(text: string): AnalyzedToken[] {
  const result: AnalyzedToken[] = [];
  for (const token of tokenize(text)) {
    if (token.surface.length > MAX_WORD_LENGTH) continue;
    let word = known.get(token.surface);
    if (word === undefined) {
      word = analyzeWord(token.surface);
      if (known.size >= maxKnown) known.clear();
      known.set(token.surface, word);
    }
    if (word) result.push({ ...token, term: word.term, parts: [...word.parts] });
  }
  return result;
}

/** Text for `to_tsvector('simple', …)`: each word's term followed by its parts. */
export function indexText(text: string): string {
  return analyze(text)
    .flatMap((token) => [token.term, ...token.parts])
    .join(" ");
}
