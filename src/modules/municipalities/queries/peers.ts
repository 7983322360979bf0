import { inArray, sql } from "drizzle-orm";
import type { Database, Db } from "../../../db/client.ts";
import { GenerationMemo } from "../../../platform/cache/memo.ts";
import { selectRows } from "../../../db/rows.ts";
import { corpusTerm } from "../../../platform/search/indexer.ts";
import { municipalities, municipalityTopics, topics } from "../tables.ts";
import { searchKinds } from "../search.ts";
import { kinds, states, type Kind } from "../reference.ts";

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
  for (const row of rows) {
    const profile = result.get(row.municipality_id) ?? { id: row.municipality_id, topics: new Set(), terms: new Set(), projects: [] };
    row.terms.forEach((t) => profile.terms.add(t));
    row.topics.forEach((t) => profile.topics.add(t));
    profile.projects.push(row.title);
    result.set(row.municipality_id, profile);
  }
  return result;
}

async function addMunicipalityTopics(db: Db, ids: number[], into: Map<number, Profile>) {
  if (ids.length === 0) return;
  for (const row of await db.select().from(municipalityTopics).where(inArray(municipalityTopics.municipalityId, ids))) {
    const profile = into.get(row.municipalityId) ?? { id: row.municipalityId, topics: new Set(), terms: new Set(), projects: [] };
    profile.topics.add(row.topicSlug);
    into.set(row.municipalityId, profile);
  }
}

const jaccard = (left: Set<string>, right: Set<string>) => {
  const shared = [...left].filter((x) => right.has(x)).length;
  return shared === 0 ? 0 : shared / (left.size + right.size - shared);
};

/** How telling each word is: the inverse document frequency over the whole search index. */
async function wordWeights(db: Db, terms: Set<string>): Promise<(term: string) => number> {
  const rows = await selectRows<{ term: string; documents: number }>(
    db,
    sql`select term, documents from search_terms where term = any(${sql.param([...terms, corpusTerm])}::text[])`,
  );
  const counts = new Map(rows.map((row) => [row.term, Number(row.documents)]));
  const total = Math.max(1, counts.get(corpusTerm) ?? 1);
  return (term) => Math.log(1 + total / (counts.get(term) ?? total));
}

type Place = { id: number; name: string; slug: string; kind: string; stateCode: string; population: number };

interface Comparison {
  own: Profile;
  me: Place;
  idf: (term: string) => number;
  ownWeight: number;
  labels: Map<string, string>;
}

/** One candidate against the municipality: its score and the reasons a reader is shown, or null without anything in common. */
function compare(context: Comparison, candidate: Profile, other: Place): Peer | null {
  const { own, me, idf } = context;
  const sharedTopics = [...own.topics].filter((topic) => candidate.topics.has(topic));
  const sharedWeight = [...own.terms].filter((term) => candidate.terms.has(term)).reduce((sum, term) => sum + idf(term), 0);
  const otherWeight = [...candidate.terms].reduce((sum, term) => sum + idf(term), 0);
  const text = sharedWeight === 0 ? 0 : sharedWeight / (context.ownWeight + otherWeight - sharedWeight);
  if (sharedTopics.length === 0 && text === 0) return null;
  const sizeRatio = Math.max(me.population, other.population) / Math.max(1, Math.min(me.population, other.population));
  // A population of 0 is no figure (the districts of Berlin), so nothing can be said about size.
  const similarSize = me.population > 0 && other.population > 0 && sizeRatio <= 1.5;
  const sameKind = me.kind === other.kind;
  const sameState = me.stateCode === other.stateCode;
  const placeScore = (similarSize ? 1 / 3 : 0) + (sameKind ? 1 / 3 : 0) + (sameState ? 1 / 3 : 0);
  const score = weights.topics * jaccard(own.topics, candidate.topics) + weights.text * Math.min(1, text * 3) + weights.place * placeScore;
  const reasons: string[] = [];
  if (sharedTopics.length) reasons.push(`gleiche Themen: ${sharedTopics.map((topic) => context.labels.get(topic) ?? topic).join(", ")}`);
  if (text >= 0.08 && candidate.projects.length) reasons.push(`ähnliches Vorhaben: „${candidate.projects[0]}“`);
  if (similarSize) reasons.push("ähnliche Größe");
  if (sameKind) reasons.push(`ebenfalls ${kinds[other.kind as Kind] ?? other.kind}`);
  if (sameState) reasons.push(`ebenfalls in ${states[other.stateCode] ?? other.stateCode}`);
  return { name: other.name, slug: other.slug, score, reasons };
}

/** Municipalities that share a telling word of the projects or a topic, with their profiles. */
async function candidatesOf(db: Db, municipalityId: number, own: Profile, idf: (term: string) => number): Promise<Map<number, Profile>> {
  const tellingTerms = [...own.terms].sort((a, b) => idf(b) - idf(a)).slice(0, telling);
  const topicList = [...own.topics];
  const byText = tellingTerms.length ? sql`d.vector @@ ${tellingTerms.join(" | ")}::tsquery` : sql`false`;
  const byTopic = topicList.length ? sql`d.topics && ${sql.param(topicList)}::text[]` : sql`false`;
  const candidates = await profiles(db, sql`d.municipality_id <> ${municipalityId} and (${byText} or ${byTopic})`);
  const viaTopics = topicList.length
    ? await db.selectDistinct({ id: municipalityTopics.municipalityId }).from(municipalityTopics).where(inArray(municipalityTopics.topicSlug, topicList))
    : [];
  const ids = [...new Set([...candidates.keys(), ...viaTopics.map((row) => row.id)])].filter((id) => id !== municipalityId);
  await addMunicipalityTopics(db, ids, candidates);
  return candidates;
}

/**
 * "Kommunen, die Ähnliches bewegt": municipalities whose topics and change projects resemble this
 * one's, with size, type and Land as secondary signals, each with the reasons shown.
 */
export async function findPeers(db: Db, municipalityId: number, limit = 5): Promise<Peer[]> {
  const empty = { id: municipalityId, topics: new Set<string>(), terms: new Set<string>(), projects: [] };
  const own = (await profiles(db, sql`d.municipality_id = ${municipalityId}`)).get(municipalityId) ?? empty;
  await addMunicipalityTopics(db, [municipalityId], new Map([[municipalityId, own]]));
  if (own.topics.size === 0 && own.terms.size === 0) return [];
  const idf = await wordWeights(db, own.terms);
  const candidates = await candidatesOf(db, municipalityId, own, idf);
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
  const places = new Map(placeRows.map((row) => [row.id, row]));
  const labels = new Map((await db.select({ slug: topics.slug, label: topics.label }).from(topics)).map((topic) => [topic.slug, topic.label]));
  const context = { own, me: places.get(municipalityId)!, idf, ownWeight: [...own.terms].reduce((sum, term) => sum + idf(term), 0), labels };
  const peers = [...candidates.values()].flatMap((candidate) => {
    const other = places.get(candidate.id);
    const peer = other ? compare(context, candidate, other) : null;
    return peer ? [peer] : [];
  });
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
