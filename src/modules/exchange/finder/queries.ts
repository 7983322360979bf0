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
  for (const report of reports) {
    const text = [report.problem, report.approach, report.worked, report.notWorked, report.transfer, report.context].join("\n");
    cards.set(`${reportKind}:${report.id}`, {
      key: `${reportKind}:${report.id}`,
      kind: "bericht",
      title: report.title,
      href: `/austausch/berichte/${report.id}`,
      municipality: { name: report.municipality.name, slug: report.municipality.slug },
      place: placeLabel(report.municipality.kind, report.municipality.stateCode),
      topics: report.topics,
      snippet: snippet(text, result.terms),
      hasFailures: report.notWorked.trim().length > 0,
      isExample: report.isExample,
    });
  }
  for (const project of projects) {
    cards.set(`${searchKinds.project}:${project.id}`, {
      key: `${searchKinds.project}:${project.id}`,
      kind: "vorhaben",
      title: project.title,
      href: `/kommunen/${project.slug}#vorhaben-${project.id}`,
      municipality: { name: project.name, slug: project.slug },
      place: "",
      topics: project.topics,
      snippet: snippet([project.summary, ...project.goals, project.learnings].join("\n"), result.terms),
      hasFailures: false,
      isExample: false,
    });
  }
  for (const place of places) {
    cards.set(`${searchKinds.municipality}:${place.id}`, {
      key: `${searchKinds.municipality}:${place.id}`,
      kind: "kommune",
      title: place.name,
      href: `/kommunen/${place.slug}`,
      municipality: { name: place.name, slug: place.slug },
      place: placeLabel(place.kind, place.stateCode),
      topics: [],
      snippet: snippet(place.description, result.terms),
      hasFailures: false,
      isExample: false,
    });
  }
  const placeOf = new Map(experienced.map((m) => [m.id, m]));
  const counted = new Map<number, { name: string; slug: string; hits: number }>();
  for (const hit of result.hits) {
    const place = hit.municipalityId === null ? undefined : placeOf.get(hit.municipalityId);
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
