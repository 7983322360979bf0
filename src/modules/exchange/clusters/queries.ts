import { inArray, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { selectRows } from "../../../db/rows.ts";
import { corpusTerm } from "../../../platform/search/indexer.ts";
import { reportKind } from "../reference.ts";
import { clusterItems, type ClusterItem } from "./rules/cluster.ts";
import { clusterTexts } from "./texts.ts";
import { listMunicipalitiesByIds, listTopics, projectTitlesByIds, searchKinds } from "../../municipalities/index.ts";
import { listEvents } from "../../program/index.ts";
import { topicProposals } from "../tables.ts";
import type { Meeting } from "./rules/covered.ts";

export interface TopicCluster {
  title: string;
  topics: string[];
  municipalities: { name: string; slug: string; evidence: string[] }[];
}

/** What a municipality works on shows in its projects and newest reports; older ones add little but time. */
const documentsPerMunicipality = 15;
const featuresPerMunicipality = 400;

/** A topic of a document weighs like a rare word: it is what the municipality itself chose to name. */
const topicWeight = 4;

interface Document {
  id: number;
  municipality_id: number;
  kind: string;
  terms: string[];
  topics: string[];
  title: string | null;
}

type Item = ClusterItem & { topicCounts: Map<string, number>; titles: string[] };

/** The newest projects and reports of each municipality from the search index, with their titles. */
async function documentsOf(db: Db, municipalityIds: number[]): Promise<Document[]> {
  const rows = await selectRows<Document>(
    db,
    sql`select d.id, d.municipality_id, d.kind, tsvector_to_array(d.vector) as terms, d.topics, r.title
        from (
          select kind, id, municipality_id, vector, topics,
            row_number() over (partition by municipality_id order by kind = ${searchKinds.project} desc, updated_at desc, id desc) as rank
          from search_documents
          where kind in (${searchKinds.project}, ${reportKind}) and municipality_id = any(${sql.param(municipalityIds)}::int[])
        ) d
        left join exchange_reports r on d.kind = ${reportKind} and r.id = d.id
        where d.rank <= ${documentsPerMunicipality}`,
  );
  // Change projects belong to the municipalities module: their titles come from its own query.
  const projectIds = rows.filter((doc) => doc.kind === searchKinds.project).map((doc) => doc.id);
  const projectTitles = new Map((await projectTitlesByIds(db, projectIds)).map((project) => [project.id, project.title]));
  return rows.map((doc) => ({ ...doc, title: doc.kind === searchKinds.project ? (projectTitles.get(doc.id) ?? null) : doc.title }));
}

/** How rare each term is in the whole index: rare words say more about a municipality than common ones. */
async function inverseFrequency(db: Db, terms: string[]): Promise<(term: string) => number> {
  const rows = await selectRows<{ term: string; documents: number }>(
    db,
    sql`select term, documents from search_terms where term = any(${sql.param([...terms, corpusTerm])}::text[])`,
  );
  const counts = new Map(rows.map((row) => [row.term, Number(row.documents)]));
  const total = Math.max(1, counts.get(corpusTerm) ?? 1);
  return (term) => Math.log(1 + total / Math.max(1, counts.get(term) ?? total));
}

/** One item per municipality: its weighted words and topics, how often each topic occurs, and its documents' titles. */
function itemsOf(docs: Document[], idf: (term: string) => number): Map<number, Item> {
  const items = new Map<number, Item>();
  for (const doc of docs) {
    const item: Item = items.get(doc.municipality_id) ?? { id: doc.municipality_id, features: new Map(), topicCounts: new Map(), titles: [] };
    for (const term of doc.terms) item.features.set(term, (item.features.get(term) ?? 0) + idf(term));
    for (const topic of doc.topics) {
      item.features.set(`#${topic}`, (item.features.get(`#${topic}`) ?? 0) + topicWeight);
      item.topicCounts.set(topic, (item.topicCounts.get(topic) ?? 0) + 1);
    }
    if (doc.title) item.titles.push(doc.title);
    items.set(doc.municipality_id, item);
  }
  // The strongest words say what a municipality works on; the long tail only costs time.
  for (const item of items.values()) item.features = new Map([...item.features].sort((a, b) => b[1] - a[1]).slice(0, featuresPerMunicipality));
  return items;
}

/** A topic's share of the documents, not of the municipalities: with many documents every municipality touches every topic. */
function topicShare(items: Map<number, Item>, ids: number[], topic: string): number {
  const total = ids.reduce((sum, id) => sum + [...items.get(id)!.topicCounts.values()].reduce((a, b) => a + b, 0), 0);
  return ids.reduce((sum, id) => sum + (items.get(id)!.topicCounts.get(topic) ?? 0), 0) / Math.max(1, total);
}

/** The three topics that set a group apart from the rest of the cohort, by their labels. */
function distinctTopics(items: Map<number, Item>, ids: number[], labels: Map<string, string>): string[] {
  const everyone = [...items.keys()];
  const labelOf = (topic: string) => labels.get(topic) ?? topic;
  return [...new Set(ids.flatMap((id) => [...items.get(id)!.topicCounts.keys()]))]
    .map((topic) => ({ topic, lift: topicShare(items, ids, topic) - topicShare(items, everyone, topic) / 2 }))
    .sort((a, b) => b.lift - a.lift || labelOf(a.topic).localeCompare(labelOf(b.topic), "de"))
    .slice(0, 3)
    .map((entry) => labelOf(entry.topic));
}

/**
 * Suggests 3–6 topics for the working-group meetings: the cohort's municipalities grouped by the
 * topics and words of their change projects and practice reports, each group named by the topics
 * that set it apart from the rest of the cohort.
 */
export async function suggestClusters(db: Db, municipalityIds: number[]): Promise<TopicCluster[]> {
  if (municipalityIds.length === 0) return [];
  const docs = await documentsOf(db, municipalityIds);
  const idf = await inverseFrequency(db, [...new Set(docs.flatMap((doc) => doc.terms))]);
  const items = itemsOf(docs, idf);
  const clustering = clusterItems([...items.values()]);
  if (!clustering) return [];
  const labels = new Map((await listTopics(db)).map((topic) => [topic.slug, topic.label]));
  const places = new Map((await listMunicipalitiesByIds(db, [...items.keys()])).map((place) => [place.id, place]));
  return clustering.groups.map((ids) => {
    const topics = distinctTopics(items, ids, labels);
    return {
      title: topics.slice(0, 2).join(" und ") || clusterTexts.otherTopics,
      topics,
      municipalities: ids
        .map((id) => ({ name: places.get(id)?.name ?? "", slug: places.get(id)?.slug ?? "", evidence: items.get(id)!.titles.slice(0, 3) }))
        .sort((a, b) => a.name.localeCompare(b.name, "de")),
    };
  });
}

/** The program's working-group meetings, past and planned (not cancelled), with the titles of the proposals they were made from. */
export async function workingGroupMeetings(db: Db, programId: number, today: string): Promise<Meeting[]> {
  const events = (await listEvents(db, programId)).filter((event) => event.formatKind === "workingGroupMeeting" && !event.cancelled);
  const ids = events.map((event) => event.id);
  const proposals = ids.length
    ? await db.select({ eventId: topicProposals.eventId, title: topicProposals.title }).from(topicProposals).where(inArray(topicProposals.eventId, ids))
    : [];
  return events.map((event) => ({
    id: event.id,
    title: event.title,
    text: [event.title, event.description, ...proposals.filter((p) => p.eventId === event.id).map((p) => p.title)].join(" "),
    date: event.days[0]?.date ?? null,
    held: (event.days.at(-1)?.date ?? "9999") < today,
  }));
}
