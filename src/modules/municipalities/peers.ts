import { inArray, sql } from "drizzle-orm";
import type { Database, Db } from "../../db/client.ts";
import { GenerationMemo } from "../../platform/cache/memo.ts";
import { selectRows } from "../../db/rows.ts";
import { corpusTerm } from "../../platform/search/indexer.ts";
import { municipalities, municipalityTopics, topics } from "./tables.ts";
import { searchKinds } from "./search.ts";
import { kinds, states, type Kind } from "./reference.ts";

export interface Peer {
  name: string;
  slug: string;
  score: number;
  reasons: string[];
}

interface Profile {
  id: number;
  topics: Set<string>;
  terms: Set<string>;
  projects: string[];
}

const weights = { topics: 0.5, text: 0.35, place: 0.15 };
/** A municipality's most telling project words, used to find candidates through the search index. */
const telling = 25;

async function profiles(db: Db, where: ReturnType<typeof sql>): Promise<Map<number, Profile>> {
  const rows = await selectRows<{ municipality_id: number; terms: string[]; topics: string[]; title: string }>(
    db,
    sql`select d.municipality_id, tsvector_to_array(d.vector) as terms, d.topics, p.title
        from search_documents d join change_projects p on p.id = d.id
        where d.kind = ${searchKinds.project} and ${where}`,
  );
  const result = new Map<number, Profile>();
  for (const r of rows) {
    const p = result.get(r.municipality_id) ?? { id: r.municipality_id, topics: new Set(), terms: new Set(), projects: [] };
    r.terms.forEach((t) => p.terms.add(t));
    r.topics.forEach((t) => p.topics.add(t));
    p.projects.push(r.title);
    result.set(r.municipality_id, p);
  }
  return result;
}

async function addMunicipalityTopics(db: Db, ids: number[], into: Map<number, Profile>) {
  if (ids.length === 0) return;
  for (const row of await db.select().from(municipalityTopics).where(inArray(municipalityTopics.municipalityId, ids))) {
    const p = into.get(row.municipalityId) ?? { id: row.municipalityId, topics: new Set(), terms: new Set(), projects: [] };
    p.topics.add(row.topicSlug);
    into.set(row.municipalityId, p);
  }
}

const jaccard = (a: Set<string>, b: Set<string>) => {
  const shared = [...a].filter((x) => b.has(x)).length;
  return shared === 0 ? 0 : shared / (a.size + b.size - shared);
};

/**
 * "Kommunen, die Ähnliches bewegt": municipalities whose topics and change projects resemble this
 * one's, with size, type and Land as secondary signals, each with the reasons shown.
 */
export async function findPeers(db: Db, municipalityId: number, limit = 5): Promise<Peer[]> {
  const own = (await profiles(db, sql`d.municipality_id = ${municipalityId}`)).get(municipalityId) ?? {
    id: municipalityId,
    topics: new Set<string>(),
    terms: new Set<string>(),
    projects: [],
  };
  const ownMap = new Map([[municipalityId, own]]);
  await addMunicipalityTopics(db, [municipalityId], ownMap);
  if (own.topics.size === 0 && own.terms.size === 0) return [];

  const counts = new Map(
    (
      await selectRows<{ term: string; documents: number }>(
        db,
        sql`select term, documents from search_terms where term = any(${sql.param([...own.terms, corpusTerm])}::text[])`,
      )
    ).map((r) => [r.term, Number(r.documents)]),
  );
  const total = Math.max(1, counts.get(corpusTerm) ?? 1);
  const idf = (t: string) => Math.log(1 + total / (counts.get(t) ?? total));
  const tellingTerms = [...own.terms].sort((a, b) => idf(b) - idf(a)).slice(0, telling);
  const topicList = [...own.topics];

  const byText = tellingTerms.length ? sql`d.vector @@ ${tellingTerms.join(" | ")}::tsquery` : sql`false`;
  const byTopic = topicList.length ? sql`d.topics && ${sql.param(topicList)}::text[]` : sql`false`;
  const candidates = await profiles(db, sql`d.municipality_id <> ${municipalityId} and (${byText} or ${byTopic})`);
  const viaTopics = topicList.length
    ? await db.selectDistinct({ id: municipalityTopics.municipalityId }).from(municipalityTopics).where(inArray(municipalityTopics.topicSlug, topicList))
    : [];
  await addMunicipalityTopics(
    db,
    [...new Set([...candidates.keys(), ...viaTopics.map((r) => r.id)])].filter((id) => id !== municipalityId),
    candidates,
  );
  if (candidates.size === 0) return [];

  const placeRows = await db
    .select({
      id: municipalities.id,
      name: municipalities.name,
      slug: municipalities.slug,
      kind: municipalities.kind,
      stateCode: municipalities.stateCode,
      population: municipalities.population,
    })
    .from(municipalities)
    .where(inArray(municipalities.id, [municipalityId, ...candidates.keys()]));
  const place = new Map(placeRows.map((p) => [p.id, p]));
  const me = place.get(municipalityId)!;
  const labels = new Map((await db.select({ slug: topics.slug, label: topics.label }).from(topics)).map((t) => [t.slug, t.label]));
  const ownWeight = [...own.terms].reduce((sum, t) => sum + idf(t), 0);

  const peers: Peer[] = [];
  for (const c of candidates.values()) {
    const other = place.get(c.id);
    if (!other) continue;
    const sharedTopics = [...own.topics].filter((t) => c.topics.has(t));
    const sharedWeight = [...own.terms].filter((t) => c.terms.has(t)).reduce((sum, t) => sum + idf(t), 0);
    const otherWeight = [...c.terms].reduce((sum, t) => sum + idf(t), 0);
    const text = sharedWeight === 0 ? 0 : sharedWeight / (ownWeight + otherWeight - sharedWeight);
    const sizeRatio = Math.max(me.population, other.population) / Math.max(1, Math.min(me.population, other.population));
    const similarSize = sizeRatio <= 1.5;
    const sameKind = me.kind === other.kind;
    const sameState = me.stateCode === other.stateCode;
    const placeScore = (similarSize ? 1 / 3 : 0) + (sameKind ? 1 / 3 : 0) + (sameState ? 1 / 3 : 0);
    const score = weights.topics * jaccard(own.topics, c.topics) + weights.text * Math.min(1, text * 3) + weights.place * placeScore;
    if (sharedTopics.length === 0 && text === 0) continue;
    const reasons: string[] = [];
    if (sharedTopics.length) reasons.push(`gleiche Themen: ${sharedTopics.map((t) => labels.get(t) ?? t).join(", ")}`);
    if (text >= 0.08 && c.projects.length) reasons.push(`ähnliches Vorhaben: „${c.projects[0]}“`);
    if (similarSize) reasons.push("ähnliche Größe");
    if (sameKind) reasons.push(`ebenfalls ${kinds[other.kind as Kind] ?? other.kind}`);
    if (sameState) reasons.push(`ebenfalls in ${states[other.stateCode] ?? other.stateCode}`);
    peers.push({ name: other.name, slug: other.slug, score, reasons });
  }
  return peers.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, "de")).slice(0, limit);
}

/**
 * How values shown on the profiles are kept (the peers, and the profiles and directory pages in
 * routes.ts): under the generation of the municipality tables, for an hour at most.
 */
export const municipalityMemo = { name: "kommunen", options: { ttlMs: 60 * 60_000, size: 2000 } };

const kept = new GenerationMemo<number, Peer[]>(municipalityMemo.name, municipalityMemo.options);

/**
 * The peers of a municipality as its profile shows them: computed once and kept until a
 * municipality, its topics, people or change projects change, and for an hour at most, since the
 * word weights drift slowly with every new practice report.
 */
export function peersOf(database: Database, municipalityId: number): Promise<Peer[]> {
  return kept.get(database, municipalityId, async () => ({ value: await findPeers(database.db, municipalityId) }));
}
