import type { Db } from "../../../db/client.ts";
import { browse, search, type SearchFilters } from "../../../platform/search/engine.ts";
import { snippet } from "../../../platform/search/snippet.ts";
import { reportKind } from "../reference.ts";
import { reportsByIds } from "../reports/queries.ts";
import { listMunicipalitiesByIds, municipalityCardsByIds, projectCardsByIds, kinds, states, type Kind, searchKinds } from "../../municipalities/index.ts";

export type Segment = { text: string; hit: boolean };

export interface ResultCard {
  key: string;
  kind: "bericht" | "vorhaben" | "kommune";
  title: string;
  href: string;
  municipality: { name: string; slug: string };
  place: string;
  topics: { slug: string; label: string }[];
  snippet: Segment[];
  hasFailures: boolean;
  isExample: boolean;
}

export interface FinderResult {
  cards: ResultCard[];
  more: boolean;
  /** Municipalities behind the best hits, with how many of those hits are theirs. */
  municipalities: { name: string; slug: string; hits: number }[];
  corrected: string[];
  unknown: string[];
}

export const finderPageSize = 10;
const placeLabel = (kind: string, stateCode: string) => `${kinds[kind as Kind] ?? kind}, ${states[stateCode] ?? ""}`;

/** Runs the problem finder for one reader and turns the hits into what the result list shows, snippets marked. */
export async function findForProblem(db: Db, query: string, audiences: string[] | null, filters: SearchFilters, page: number): Promise<FinderResult> {
  const offset = (page - 1) * finderPageSize;
  // The platform's index also holds articles and the guide; the problem finder shows experiences.
  const kinds = filters.kinds ?? [reportKind, searchKinds.project, searchKinds.municipality];
  const request = { audiences, filters: { ...filters, kinds }, limit: Math.max(30, offset + finderPageSize), offset: 0 };
  const result = query ? await search(db, { ...request, query }) : await browse(db, request);
  const shown = result.hits.slice(offset, offset + finderPageSize);
  const ids = (kind: string) => shown.filter((h) => h.kind === kind).map((h) => h.id);
  const topIds = [...new Set(result.hits.map((h) => h.municipalityId).filter((id): id is number => id !== null))];
  const [reports, projects, places, experienced] = await Promise.all([
    reportsByIds(db, ids(reportKind)),
    projectCardsByIds(db, ids(searchKinds.project)),
    municipalityCardsByIds(db, ids(searchKinds.municipality)),
    listMunicipalitiesByIds(db, topIds),
  ]);
  const cards = new Map<string, ResultCard>();
  for (const r of reports) {
    const text = [r.problem, r.approach, r.worked, r.notWorked, r.transfer, r.context].join("\n");
    cards.set(`${reportKind}:${r.id}`, {
      key: `${reportKind}:${r.id}`,
      kind: "bericht",
      title: r.title,
      href: `/austausch/berichte/${r.id}`,
      municipality: { name: r.municipality.name, slug: r.municipality.slug },
      place: placeLabel(r.municipality.kind, r.municipality.stateCode),
      topics: r.topics,
      snippet: snippet(text, result.terms),
      hasFailures: r.notWorked.trim().length > 0,
      isExample: r.isExample,
    });
  }
  for (const p of projects) {
    cards.set(`${searchKinds.project}:${p.id}`, {
      key: `${searchKinds.project}:${p.id}`,
      kind: "vorhaben",
      title: p.title,
      href: `/kommunen/${p.slug}#vorhaben-${p.id}`,
      municipality: { name: p.name, slug: p.slug },
      place: "",
      topics: p.topics,
      snippet: snippet([p.summary, ...p.goals, p.learnings].join("\n"), result.terms),
      hasFailures: false,
      isExample: false,
    });
  }
  for (const m of places) {
    cards.set(`${searchKinds.municipality}:${m.id}`, {
      key: `${searchKinds.municipality}:${m.id}`,
      kind: "kommune",
      title: m.name,
      href: `/kommunen/${m.slug}`,
      municipality: { name: m.name, slug: m.slug },
      place: placeLabel(m.kind, m.stateCode),
      topics: [],
      snippet: snippet(m.description, result.terms),
      hasFailures: false,
      isExample: false,
    });
  }
  const placeOf = new Map(experienced.map((m) => [m.id, m]));
  const counted = new Map<number, { name: string; slug: string; hits: number }>();
  for (const h of result.hits) {
    const place = h.municipalityId === null ? undefined : placeOf.get(h.municipalityId);
    if (!place) continue;
    const entry = counted.get(place.id) ?? { name: place.name, slug: place.slug, hits: 0 };
    entry.hits++;
    counted.set(place.id, entry);
  }
  return {
    cards: shown.map((h) => cards.get(`${h.kind}:${h.id}`)).filter((c): c is ResultCard => c !== undefined),
    more: result.hits.length > offset + finderPageSize || result.more,
    municipalities: [...counted.values()].slice(0, 8),
    corrected: result.corrected,
    unknown: result.unknown,
  };
}
