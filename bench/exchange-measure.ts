// The measurements of the suite "austausch", each called directly in this process: search quality on the demo
// reports, the problem finder's speed for three kinds of reader, peers and the AG topic clusters.
import { performance } from "node:perf_hooks";
import { asc, sql } from "drizzle-orm";
import type { Db } from "../src/db/client.ts";
import { selectRows } from "../src/db/rows.ts";
import { search } from "../src/platform/search/engine.ts";
import { findForProblem } from "../src/modules/exchange/testing.ts";
import { readerAudiences } from "../src/modules/exchange/testing.ts";
import { reportSeeds } from "../src/modules/exchange/testing.ts";
import { suggestClusters } from "../src/modules/exchange/testing.ts";
import { findPeers, municipalityTables } from "../src/modules/municipalities/testing.ts";

const { municipalities } = municipalityTables;
import { stats } from "./process.ts";
import type { EvalQuery } from "./exchange-queries.ts";
import { searchKinds } from "../src/modules/municipalities/index.ts";
import { reportKind } from "../src/modules/exchange/index.ts";

/** What findForProblem asks search() for on the first page (max(30, offset + page size)). */
const finderRequest = { limit: 30, offset: 0 };
const ms = (t0: number) => performance.now() - t0;

export interface Reader {
  id: "anonym" | "kohorte" | "team";
  label: string;
  audiences: string[] | null;
}

/** Anonymous, a member of a cohort municipality, the team – through readerAudiences, as the finder route does. */
export async function readers(db: Db, cohortMunicipality: { id: number; name: string }): Promise<Reader[]> {
  const person = { id: 0, email: "bench@k360.example", name: "Bench" };
  return [
    { id: "anonym", label: "anonym", audiences: await readerAudiences(db, null) },
    {
      id: "kohorte",
      label: `Mitglied ${cohortMunicipality.name} (Kohorte)`,
      audiences: await readerAudiences(db, { ...person, role: "leader", municipalityId: cohortMunicipality.id }),
    },
    { id: "team", label: "Team", audiences: await readerAudiences(db, { ...person, role: "admin", municipalityId: null }) },
  ];
}

export interface QueryQuality {
  query: string;
  note: string;
  /** Rank (1-based, within the 30 hits of the first finder page) of every relevant report; null when not found. */
  relevant: { key: string; rank: number | null; readable: boolean }[];
  recallAt10: number;
  reciprocalRank: number;
  top3: string[];
  corrected: string[];
  unknown: string[];
}

export interface Quality {
  reader: string;
  queries: number;
  recallAt10: number;
  mrr: number;
  /** Relevant keys of the evaluation that no demo report has. */
  unknownKeys: string[];
  perQuery: QueryQuality[];
}

const mean = (values: number[]) => Math.round((values.reduce((a, b) => a + b, 0) / Math.max(1, values.length)) * 1000) / 1000;

/** Recall@10 and MRR of the evaluation queries, reports only, hits mapped to demo keys by title. */
export async function measureQuality(db: Db, queries: EvalQuery[], reader: Reader): Promise<Quality> {
  const keyByTitle = new Map(reportSeeds.map((s) => [s.title, s.key]));
  const rows = await selectRows<{ id: number; title: string; audience: string | null }>(
    db,
    sql`select r.id, r.title, d.audience from exchange_reports r left join search_documents d on d.kind = ${reportKind} and d.id = r.id`,
  );
  const byId = new Map(rows.map((r) => [Number(r.id), { key: keyByTitle.get(r.title) ?? `#${r.id}`, title: r.title }]));
  const audienceByKey = new Map(rows.map((r) => [keyByTitle.get(r.title), r.audience]));
  const readable = (key: string) => {
    const audience = audienceByKey.get(key);
    return audience !== undefined && audience !== null && (reader.audiences === null || reader.audiences.includes(audience));
  };
  const perQuery: QueryQuality[] = [];
  for (const query of queries) {
    const result = await search(db, { query: query.query, audiences: reader.audiences, filters: { kinds: [reportKind] }, ...finderRequest });
    const keys = result.hits.map((h) => byId.get(h.id)?.key ?? `#${h.id}`);
    const relevant = query.relevant.map((key) => ({ key, rank: keys.indexOf(key) + 1 || null, readable: readable(key) }));
    const first = Math.min(...relevant.map((r) => r.rank ?? Infinity));
    perQuery.push({
      query: query.query,
      note: query.note,
      relevant,
      recallAt10: relevant.filter((r) => r.rank !== null && r.rank <= 10).length / Math.max(1, relevant.length),
      reciprocalRank: Number.isFinite(first) ? 1 / first : 0,
      top3: result.hits.slice(0, 3).map((h) => byId.get(h.id)?.title ?? `#${h.id}`),
      corrected: result.corrected,
      unknown: result.unknown,
    });
  }
  const known = new Set(reportSeeds.map((s) => s.key));
  return {
    reader: reader.label,
    queries: queries.length,
    recallAt10: mean(perQuery.map((q) => q.recallAt10)),
    mrr: mean(perQuery.map((q) => q.reciprocalRank)),
    unknownKeys: [...new Set(queries.flatMap((q) => q.relevant).filter((k) => !known.has(k)))],
    perQuery,
  };
}

export interface Timed {
  query: string;
  reader: Reader["id"];
  searchMs: number;
  finderMs: number;
  hits: number;
}

/** Every query for every reader: one warm-up round of findForProblem, then search() and findForProblem() timed. */
export async function measureFinder(db: Db, queries: string[], who: Reader[]) {
  for (const query of queries) for (const reader of who) await findForProblem(db, query, reader.audiences, {}, 1);
  const timed: Timed[] = [];
  for (const query of queries) {
    for (const reader of who) {
      let t0 = performance.now();
      const result = await search(db, { query, audiences: reader.audiences, filters: {}, ...finderRequest });
      const searchMs = ms(t0);
      t0 = performance.now();
      await findForProblem(db, query, reader.audiences, {}, 1);
      timed.push({ query, reader: reader.id, searchMs, finderMs: ms(t0), hits: result.hits.length });
    }
  }
  const split = (pick: (t: Timed) => number) => ({
    all: stats(timed.map(pick)),
    ...Object.fromEntries(who.map((r) => [r.id, stats(timed.filter((t) => t.reader === r.id).map(pick))])),
  });
  const round = (t: Timed) => ({ ...t, searchMs: Math.round(t.searchMs * 10) / 10, finderMs: Math.round(t.finderMs * 10) / 10 });
  return {
    queries: queries.length,
    readers: who.map(({ id, label, audiences }) => ({ id, label, audiences })),
    search: split((t) => t.searchMs),
    findForProblem: split((t) => t.finderMs),
    withoutHits: timed.filter((t) => t.hits === 0).length,
    slowest: [...timed]
      .sort((a, b) => b.finderMs - a.finderMs)
      .slice(0, 10)
      .map(round),
  };
}
export type FinderTimes = Awaited<ReturnType<typeof measureFinder>>;

/** findPeers for `n` municipalities evenly over the AGS order (5 unrecorded first). */
export async function measurePeers(db: Db, count = 50) {
  const all = await db.select({ id: municipalities.id, name: municipalities.name }).from(municipalities).orderBy(asc(municipalities.ags));
  const chosen = Array.from({ length: count }, (_, i) => all[Math.floor((i * all.length) / count)]);
  for (const match of chosen.slice(0, 5)) await findPeers(db, match.id);
  const times: number[] = [];
  const found: { name: string; peers: string[] }[] = [];
  for (const match of chosen) {
    const t0 = performance.now();
    const peers = await findPeers(db, match.id);
    times.push(ms(t0));
    found.push({ name: match.name, peers: peers.map((p) => `${p.name} (${p.score.toFixed(2)})`) });
  }
  return { municipalities: count, times: stats(times), withoutPeers: found.filter((f) => f.peers.length === 0).length, examples: found.slice(0, 3) };
}
export type PeerTimes = Awaited<ReturnType<typeof measurePeers>>;

/** suggestClusters for the cohort: one unrecorded run, then `runs` timed. */
export async function measureClusters(db: Db, municipalityIds: number[], runs = 5) {
  let clusters = await suggestClusters(db, municipalityIds);
  const times: number[] = [];
  for (let index = 0; index < runs; index++) {
    const t0 = performance.now();
    clusters = await suggestClusters(db, municipalityIds);
    times.push(ms(t0));
  }
  const documents = await selectRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from search_documents where kind in (${searchKinds.project}, ${reportKind}) and municipality_id = any(${sql.param(municipalityIds)}::int[])`,
  );
  return {
    municipalities: municipalityIds.length,
    documents: Number(documents[0].n),
    times: stats(times),
    clusters: clusters.map((c) => ({ title: c.title, topics: c.topics, size: c.municipalities.length })),
  };
}
export type ClusterTimes = Awaited<ReturnType<typeof measureClusters>>;
