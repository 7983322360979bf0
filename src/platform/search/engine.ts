import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { closestTerms } from "./edit-distance.ts";
import { corpusTerm } from "./indexer.ts";
import { conceptTerms, parseQuery, type Alternative, type Concept } from "./query.ts";
import { loadThesaurus } from "./thesaurus.ts";
import { selectRows } from "../../db/rows.ts";

export interface SearchFilters {
  kinds?: string[];
  topic?: string;
  stateCode?: string;
  municipalityKind?: string;
  populationMin?: number;
  populationMax?: number;
  failuresOnly?: boolean;
}

export interface SearchRequest {
  query: string;
  /** Audiences the reader belongs to; null for the team, who may read everything. */
  audiences: string[] | null;
  filters?: SearchFilters;
  limit: number;
  offset?: number;
}

export interface Hit {
  kind: string;
  id: number;
  score: number;
  municipalityId: number | null;
}

export interface SearchResult {
  hits: Hit[];
  /** True when there are hits beyond this page. */
  more: boolean;
  /** Terms to highlight in snippets, including typo corrections. */
  terms: Set<string>;
  /** Words of the query that matched nothing as typed and were read as similar words. */
  corrected: string[];
  /** Words that occur in no document at all, even after correction. */
  unknown: string[];
}

/** Alternatives whose documents together stay under this many are scored completely in one query. */
const rareBudget = 1000;
/** At most this many documents are scored per round of the frequent concepts. */
const roundBudget = 600;
/** The frequent concepts taken into account when looking beyond the rare ones. */
const maxCommonConcepts = 8;
const titleBoost = 1.3;
/** Alternatives at least this strong say the concept itself (the word, all its parts, a synonym). */
const strong = 0.9;

interface Option {
  alternative: Alternative;
  query: string;
  /** Its weight times its own idf: a rare whole compound outweighs common parts. */
  value: number;
  documents: number;
}

interface Weighted {
  concept: Concept;
  /** Strongest first, so the first one that matches gives the concept's value. */
  options: Option[];
  query: string;
  /** The concept with its strong alternatives only, for finding documents by frequent concepts. */
  strongQuery: string;
  /** The most the concept can add to a score (best alternative, in the title). */
  bound: number;
}

const alternativeQuery = (a: Alternative) => `(${a.terms.join(" & ")})`;
const conceptQuery = (c: Concept) => `(${c.alternatives.map((a) => alternativeQuery(a)).join(" | ")})`;

/** BM25's idf: rare terms weigh more, a term in every document weighs almost nothing. */
const idfOf = (documents: number, total: number) => Math.log(1 + (total - documents + 0.5) / (documents + 0.5));

async function documentCounts(db: Db, terms: string[]): Promise<Map<string, number>> {
  const rows = await selectRows<{ term: string; documents: number }>(
    db,
    sql`select term, documents from search_terms where term = any(${sql.param(terms.concat(corpusTerm))}::text[])`,
  );
  return new Map(rows.map((r) => [r.term, Number(r.documents)]));
}

async function similarTerms(db: Db, term: string): Promise<string[]> {
  const rows = await selectRows<{ term: string }>(
    db,
    sql`select term from search_terms where (term || '') % ${term} and term <> ${corpusTerm} order by similarity(term, ${term}) desc, documents desc limit 12`,
  );
  return closestTerms(
    term,
    rows.map((r) => r.term),
  );
}

/** Reads an unknown word as the closest known words (a typo), keeping the concept's other alternatives. */
async function correctTypos(db: Db, concepts: Concept[], counts: Map<string, number>) {
  const corrected: string[] = [];
  const unknown: string[] = [];
  for (const concept of concepts) {
    const known = concept.alternatives.some((a) => a.terms.every((t) => (counts.get(t) ?? 0) > 0));
    if (known) continue;
    const added: Alternative[] = [];
    for (const alternative of concept.alternatives) {
      for (const term of alternative.terms.filter((t) => !counts.has(t))) {
        for (const similar of (await similarTerms(db, term)).slice(0, 2)) {
          added.push({ terms: alternative.terms.map((t) => (t === term ? similar : t)), weight: alternative.weight * 0.8 });
        }
      }
    }
    if (added.length === 0) {
      unknown.push(concept.label);
      continue;
    }
    concept.alternatives.push(...added);
    corrected.push(concept.label);
  }
  const more = conceptTerms(concepts).filter((t) => !counts.has(t));
  for (const [term, count] of await documentCounts(db, more)) counts.set(term, count);
  return { corrected, unknown };
}

function weigh(concepts: Concept[], counts: Map<string, number>): Weighted[] {
  const total = Math.max(1, counts.get(corpusTerm) ?? 1);
  const weighted: Weighted[] = [];
  for (const concept of concepts) {
    concept.alternatives = concept.alternatives.filter((a) => a.terms.every((t) => (counts.get(t) ?? 0) > 0));
    if (concept.alternatives.length === 0) continue;
    const options = concept.alternatives
      .map((alternative) => {
        const documents = Math.min(...alternative.terms.map((t) => counts.get(t)!));
        return { alternative, query: alternativeQuery(alternative), value: alternative.weight * idfOf(documents, total), documents };
      })
      .sort((a, b) => b.value - a.value);
    const strongOnes = concept.alternatives.filter((a) => a.weight >= strong);
    const strongQuery = strongOnes.length ? `(${strongOnes.map((a) => alternativeQuery(a)).join(" | ")})` : conceptQuery(concept);
    weighted.push({ concept, options, query: conceptQuery(concept), strongQuery, bound: options[0].value * titleBoost });
  }
  return weighted;
}

/**
 * Σ over concepts of the best matching alternative's value, × titleBoost when the concept is in the
 * title. A concept that does not match costs one test; the alternatives are tried strongest first.
 */
function scoreOf(concepts: Weighted[]): SQL {
  const parts = concepts.map((concept) => {
    const title = sql`(case when t @@ ${concept.query}::tsquery then ${titleBoost}::float8 else 1 end)`;
    if (concept.options.length === 1)
      return sql`(case when v @@ ${concept.options[0].query}::tsquery then ${concept.options[0].value}::float8 * ${title} else 0 end)`;
    const best = sql.join(
      concept.options.map((o) => sql`when v @@ ${o.query}::tsquery then ${o.value}::float8`),
      sql` `,
    );
    return sql`(case when v @@ ${concept.query}::tsquery then (case ${best} else 0 end) * ${title} else 0 end)`;
  });
  return sql.join(parts, sql` + `);
}

function conditions(request: Omit<SearchRequest, "query">): SQL[] {
  const filters = request.filters ?? {};
  const where: SQL[] = [];
  if (request.audiences !== null) where.push(sql`audience = any(${sql.param(request.audiences)}::text[])`);
  if (filters.kinds?.length) where.push(sql`kind = any(${sql.param(filters.kinds)}::text[])`);
  if (filters.topic) where.push(sql`${filters.topic} = any(topics)`);
  if (filters.stateCode) where.push(sql`state_code = ${filters.stateCode}`);
  if (filters.municipalityKind) where.push(sql`municipality_kind = ${filters.municipalityKind}`);
  if (filters.populationMin !== undefined) where.push(sql`population >= ${filters.populationMin}`);
  if (filters.populationMax !== undefined) where.push(sql`population < ${filters.populationMax}`);
  if (filters.failuresOnly) where.push(sql`has_failures`);
  return where;
}

interface Row {
  kind: string;
  id: number;
  score: number;
  municipality_id: number | null;
}

const hitOf = (r: Row): Hit => ({ kind: r.kind, id: r.id, score: Number(r.score), municipalityId: r.municipality_id });

/**
 * The frequent concepts asked for together, most demanding first: all of them, then the strongest
 * three, two and one. Each round is one simple AND that the GIN index answers by intersecting.
 */
function rounds(common: Weighted[]): Weighted[][] {
  const sizes = [...new Set([common.length, 3, 2, 1].filter((n) => n <= common.length))];
  return sizes.map((n) => common.slice(0, n));
}

/** Without words: the newest documents that pass the filters (browsing a topic, a Land …). */
export async function browse(db: Db, request: Omit<SearchRequest, "query">): Promise<SearchResult> {
  const where = conditions(request);
  const offset = request.offset ?? 0;
  const rows = await selectRows<Row>(
    db,
    sql`select kind, id, 0 as score, municipality_id from search_documents ${where.length ? sql`where ${sql.join(where, sql` and `)}` : sql``} order by updated_at desc, id desc limit ${request.limit + 1} offset ${offset}`,
  );
  return { hits: rows.slice(0, request.limit).map(hitOf), more: rows.length > request.limit, terms: new Set(), corrected: [], unknown: [] };
}

/**
 * Finds the best documents for a problem described in plain German. The alternatives held by few
 * documents are scored completely in one query. Documents holding only frequent concepts are
 * looked for in rounds: all frequent concepts together, then the strongest three, two, one, until
 * enough documents are found. Every query scores a bounded number of documents, so a search stays
 * fast however large the corpus. See docs/adr/0006.
 */
export async function search(db: Db, request: SearchRequest): Promise<SearchResult> {
  const concepts = parseQuery(request.query, await loadThesaurus(db));
  const empty = { hits: [], more: false, terms: new Set<string>(), corrected: [], unknown: [] };
  if (concepts.length === 0) return empty;
  const counts = await documentCounts(db, conceptTerms(concepts));
  const { corrected, unknown } = await correctTypos(db, concepts, counts);
  const weighted = weigh(concepts, counts);
  if (weighted.length === 0) return { ...empty, corrected, unknown };

  const offset = request.offset ?? 0;
  const wanted = Math.max(30, offset + request.limit + 1);
  const score = scoreOf(weighted);
  const where = conditions(request);
  const found = new Map<string, Hit>();
  const keep = (rows: Row[]) => rows.forEach((r) => found.set(`${r.kind}:${r.id}`, hitOf(r)));
  // The vector is read (and decompressed) once per row, then tested in memory for every alternative.
  const scored = (match: SQL, cap: number) =>
    sql`select kind, id, municipality_id, ${score} as score from (
          select kind, id, municipality_id, vector || ''::tsvector as v, title as t from search_documents
          where ${sql.join([match, ...where], sql` and `)} limit ${cap}) d
        order by score desc limit ${wanted}`;

  const options = weighted.flatMap((w) => w.options).sort((a, b) => a.documents - b.documents);
  const rare: Option[] = [];
  for (const option of options) {
    if (rare.reduce((n, r) => n + r.documents, option.documents) > rareBudget) break;
    rare.push(option);
  }
  const threshold = () => (found.size < wanted ? 0 : [...found.values()].map((r) => r.score).sort((a, b) => b - a)[wanted - 1]);
  const common = weighted
    .filter((w) => w.options.some((o) => !rare.includes(o)))
    .sort((a, b) => b.bound - a.bound)
    .slice(0, maxCommonConcepts);
  // PostgreSQL misjudges how many rows a long text query matches and may then read the whole table
  // under a LIMIT; the GIN index is always the better way here, so the queries run without seq scans.
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    if (rare.length > 0) keep(await selectRows<Row>(tx, scored(sql`vector @@ ${rare.map((o) => o.query).join(" | ")}::tsquery`, rareBudget)));
    for (const group of rounds(common)) {
      if (found.size >= wanted && group.reduce((sum, c) => sum + c.bound, 0) <= threshold()) break;
      keep(await selectRows<Row>(tx, scored(sql`vector @@ ${group.map((c) => c.strongQuery).join(" & ")}::tsquery`, roundBudget)));
      if (found.size >= wanted) break;
    }
  });

  const ranked = [...found.values()].sort((a, b) => b.score - a.score || b.id - a.id);
  return {
    hits: ranked.slice(offset, offset + request.limit),
    more: ranked.length > offset + request.limit,
    terms: new Set(conceptTerms(weighted.map((w) => w.concept))),
    corrected,
    unknown,
  };
}
