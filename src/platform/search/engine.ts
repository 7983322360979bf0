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

/** Concepts whose documents together stay under this many are ranked completely in one query. */
const rareBudget = 5000;
/** The most frequent concepts are combined at most this many at a time (2^8 subsets). */
const maxCommonConcepts = 8;
/** Subsets of frequent concepts asked for in one round trip. */
const batchSize = 8;
const titleBoost = 1.3;

interface Weighted {
  concept: Concept;
  query: string;
  titleQuery: string;
  /** The weight of each alternative: its own idf times its weight, so a rare whole compound outweighs common parts. */
  values: number[];
  /** The most the concept can add to a score (best alternative, in the title). */
  bound: number;
  /** At most this many documents hold the concept (the sum over its alternatives). */
  documents: number;
}

const alternativeQuery = (a: Alternative, suffix = "") => `(${a.terms.map((t) => t + suffix).join(" & ")})`;
const conceptQuery = (c: Concept, suffix = "") => `(${c.alternatives.map((a) => alternativeQuery(a, suffix)).join(" | ")})`;
const anyOf = (concepts: Weighted[]) => concepts.map((c) => c.query).join(" | ");
const allOf = (concepts: Weighted[]) => concepts.map((c) => c.query).join(" & ");

/** BM25's idf: rare terms weigh more, a term in every document weighs almost nothing. */
const idfOf = (documents: number, total: number) => Math.log(1 + (total - documents + 0.5) / (documents + 0.5));

async function documentCounts(db: Db, terms: string[]): Promise<Map<string, number>> {
  const rows = await selectRows<{ term: string; documents: number }>(db, 
    sql`select term, documents from search_terms where term = any(${sql.param(terms.concat(corpusTerm))}::text[])`,
  );
  return new Map(rows.map((r) => [r.term, Number(r.documents)]));
}

async function similarTerms(db: Db, term: string): Promise<string[]> {
  const rows = await selectRows<{ term: string }>(db, 
    sql`select term from search_terms where term % ${term} and term <> ${corpusTerm} order by similarity(term, ${term}) desc, documents desc limit 12`,
  );
  return closestTerms(term, rows.map((r) => r.term));
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
  for (const [term, n] of await documentCounts(db, more)) counts.set(term, n);
  return { corrected, unknown };
}

function weigh(concepts: Concept[], counts: Map<string, number>): Weighted[] {
  const total = Math.max(1, counts.get(corpusTerm) ?? 1);
  const weighted: Weighted[] = [];
  for (const concept of concepts) {
    concept.alternatives = concept.alternatives.filter((a) => a.terms.every((t) => (counts.get(t) ?? 0) > 0));
    if (concept.alternatives.length === 0) continue;
    const perAlternative = concept.alternatives.map((a) => Math.min(...a.terms.map((t) => counts.get(t)!)));
    const values = concept.alternatives.map((a, i) => a.weight * idfOf(perAlternative[i], total));
    const documents = Math.min(total, perAlternative.reduce((sum, n) => sum + n, 0));
    weighted.push({ concept, query: conceptQuery(concept), titleQuery: conceptQuery(concept, ":A"), values, bound: Math.max(...values) * titleBoost, documents });
  }
  return weighted;
}

/** Σ over concepts of the best matching alternative's value (weight × idf), × titleBoost when the concept is in the title. */
function scoreOf(concepts: Weighted[]): SQL {
  const parts = concepts.map((c) => {
    const best = c.concept.alternatives.map((a, i) => sql`case when vector @@ ${alternativeQuery(a)}::tsquery then ${c.values[i]}::float8 else 0 end`);
    const matched = best.length === 1 ? best[0] : sql`greatest(${sql.join(best, sql`, `)})`;
    return sql`${matched} * (case when vector @@ ${c.titleQuery}::tsquery then ${titleBoost}::float8 else 1 end)`;
  });
  return sql.join(parts, sql` + `);
}

function conditions(request: Omit<SearchRequest, "query">): SQL[] {
  const f = request.filters ?? {};
  const where: SQL[] = [];
  if (request.audiences !== null) where.push(sql`audience = any(${sql.param(request.audiences)}::text[])`);
  if (f.kinds?.length) where.push(sql`kind = any(${sql.param(f.kinds)}::text[])`);
  if (f.topic) where.push(sql`${f.topic} = any(topics)`);
  if (f.stateCode) where.push(sql`state_code = ${f.stateCode}`);
  if (f.municipalityKind) where.push(sql`municipality_kind = ${f.municipalityKind}`);
  if (f.populationMin !== undefined) where.push(sql`population >= ${f.populationMin}`);
  if (f.populationMax !== undefined) where.push(sql`population < ${f.populationMax}`);
  if (f.failuresOnly) where.push(sql`has_failures`);
  return where;
}

interface Row {
  kind: string;
  id: number;
  score: number;
  municipality_id: number | null;
}

const hitOf = (r: Row): Hit => ({ kind: r.kind, id: r.id, score: Number(r.score), municipalityId: r.municipality_id });

/** Every subset of the frequent concepts, best possible score first. */
function subsetsByBound(common: Weighted[]) {
  const subsets: { members: Weighted[]; bound: number }[] = [];
  for (let mask = 1; mask < 1 << common.length; mask++) {
    const members = common.filter((_, i) => mask & (1 << i));
    subsets.push({ members, bound: members.reduce((sum, c) => sum + c.bound, 0) });
  }
  return subsets.sort((a, b) => b.bound - a.bound);
}

/** Without words: the newest documents that pass the filters (browsing a topic, a Land …). */
export async function browse(db: Db, request: Omit<SearchRequest, "query">): Promise<SearchResult> {
  const where = conditions(request);
  const offset = request.offset ?? 0;
  const rows = await selectRows<Row>(db, 
    sql`select kind, id, 0 as score, municipality_id from search_documents ${where.length ? sql`where ${sql.join(where, sql` and `)}` : sql``} order by updated_at desc, id desc limit ${request.limit + 1} offset ${offset}`,
  );
  return { hits: rows.slice(0, request.limit).map(hitOf), more: rows.length > request.limit, terms: new Set(), corrected: [], unknown: [] };
}

/**
 * Finds the best documents for a problem described in plain German. Documents that hold a rare
 * concept are few and ranked completely at once; documents that hold only frequent concepts are
 * visited one exact combination of concepts at a time, best possible score first, until no
 * remaining combination can beat the hits already found (MaxScore). See docs/adr/0006.
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
  const select = (match: SQL) =>
    sql`select kind, id, ${score} as score, municipality_id from search_documents where ${sql.join([match, ...where], sql` and `)}`;

  const byRarity = [...weighted].sort((a, b) => a.documents - b.documents);
  const rare: Weighted[] = [];
  for (const c of byRarity) {
    if (rare.reduce((n, r) => n + r.documents, c.documents) > rareBudget) break;
    rare.push(c);
  }
  const common = byRarity.filter((c) => !rare.includes(c)).sort((a, b) => b.bound - a.bound);
  if (rare.length > 0) {
    keep((await selectRows<Row>(db, sql`${select(sql`vector @@ ${anyOf(rare)}::tsquery`)} order by score desc limit ${wanted}`)));
  }

  const threshold = () => {
    if (found.size < wanted) return 0;
    return [...found.values()].map((r) => r.score).sort((a, b) => b - a)[wanted - 1];
  };
  const considered = common.slice(0, maxCommonConcepts);
  const subsets = subsetsByBound(considered);
  for (let start = 0; start < subsets.length; start += batchSize) {
    const batch = subsets.slice(start, start + batchSize).filter((s) => s.bound > threshold());
    if (batch.length === 0) break;
    const branches = batch.map((s) => {
      const excluded = rare.concat(considered.filter((c) => !s.members.includes(c)));
      const exact = excluded.length ? sql`vector @@ ${allOf(s.members)}::tsquery and not (vector @@ ${anyOf(excluded)}::tsquery)` : sql`vector @@ ${allOf(s.members)}::tsquery`;
      return sql`(${select(exact)} limit ${wanted})`;
    });
    keep((await selectRows<Row>(db, sql.join(branches, sql` union all `))));
  }

  const ranked = [...found.values()].sort((a, b) => b.score - a.score || b.id - a.id);
  return {
    hits: ranked.slice(offset, offset + request.limit),
    more: ranked.length > offset + request.limit,
    terms: new Set(conceptTerms(weighted.map((w) => w.concept))),
    corrected,
    unknown,
  };
}
