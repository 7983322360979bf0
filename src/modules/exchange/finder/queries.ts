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

type Hits = Awaited<ReturnType<typeof search>>;
type ReportRow = Awaited<ReturnType<typeof reportsByIds>>[number];
type ProjectRow = Awaited<ReturnType<typeof projectCardsByIds>>[number];
type PlaceRow = Awaited<ReturnType<typeof municipalityCardsByIds>>[number];

const reportCard = (report: ReportRow, terms: Hits["terms"]): ResultCard => ({
  key: `${reportKind}:${report.id}`,
  kind: "bericht",
  title: report.title,
  href: `/austausch/berichte/${report.id}`,
  municipality: { name: report.municipality.name, slug: report.municipality.slug },
  place: placeLabel(report.municipality.kind, report.municipality.stateCode),
  topics: report.topics,
  snippet: snippet([report.problem, report.approach, report.worked, report.notWorked, report.transfer, report.context].join("\n"), terms),
  hasFailures: report.notWorked.trim().length > 0,
  isExample: report.isExample,
});

const projectCard = (project: ProjectRow, terms: Hits["terms"]): ResultCard => ({
  key: `${searchKinds.project}:${project.id}`,
  kind: "vorhaben",
  title: project.title,
  href: `/kommunen/${project.slug}#vorhaben-${project.id}`,
  municipality: { name: project.name, slug: project.slug },
  place: "",
  topics: project.topics,
  snippet: snippet([project.summary, ...project.goals, project.learnings].join("\n"), terms),
  hasFailures: false,
  isExample: false,
});

const placeCard = (place: PlaceRow, terms: Hits["terms"]): ResultCard => ({
  key: `${searchKinds.municipality}:${place.id}`,
  kind: "kommune",
  title: place.name,
  href: `/kommunen/${place.slug}`,
  municipality: { name: place.name, slug: place.slug },
  place: placeLabel(place.kind, place.stateCode),
  topics: [],
  snippet: snippet(place.description, terms),
  hasFailures: false,
  isExample: false,
});

/** The shown hits as cards: reports, projects and municipalities, each loaded from its own module. */
async function cardsOf(db: Db, shown: Hits["hits"], terms: Hits["terms"]): Promise<Map<string, ResultCard>> {
  const ids = (kind: string) => shown.filter((hit) => hit.kind === kind).map((hit) => hit.id);
  const [reports, projects, places] = await Promise.all([
    reportsByIds(db, ids(reportKind)),
    projectCardsByIds(db, ids(searchKinds.project)),
    municipalityCardsByIds(db, ids(searchKinds.municipality)),
  ]);
  const cards = [
    ...reports.map((report) => reportCard(report, terms)),
    ...projects.map((project) => projectCard(project, terms)),
    ...places.map((place) => placeCard(place, terms)),
  ];
  return new Map(cards.map((card) => [card.key, card]));
}

/** The municipalities behind the best hits, with how many of those hits are theirs. */
async function experiencedMunicipalities(db: Db, hits: Hits["hits"]): Promise<FinderResult["municipalities"]> {
  const topIds = [...new Set(hits.map((hit) => hit.municipalityId).filter((id): id is number => id !== null))];
  const placeOf = new Map((await listMunicipalitiesByIds(db, topIds)).map((place) => [place.id, place]));
  const counted = new Map<number, { name: string; slug: string; hits: number }>();
  for (const hit of hits) {
    const place = hit.municipalityId === null ? undefined : placeOf.get(hit.municipalityId);
    if (!place) continue;
    const entry = counted.get(place.id) ?? { name: place.name, slug: place.slug, hits: 0 };
    entry.hits++;
    counted.set(place.id, entry);
  }
  return [...counted.values()].slice(0, 8);
}

/** Runs the problem finder for one reader and turns the hits into what the result list shows, snippets marked. */
export async function findForProblem(db: Db, query: string, audiences: string[] | null, filters: SearchFilters, page: number): Promise<FinderResult> {
  const offset = (page - 1) * finderPageSize;
  // The platform's index also holds articles and the guide; the problem finder shows experiences.
  const kinds = filters.kinds ?? [reportKind, searchKinds.project, searchKinds.municipality];
  const request = { audiences, filters: { ...filters, kinds }, limit: Math.max(30, offset + finderPageSize), offset: 0 };
  const result = query ? await search(db, { ...request, query }) : await browse(db, request);
  const shown = result.hits.slice(offset, offset + finderPageSize);
  const [cards, municipalities] = await Promise.all([cardsOf(db, shown, result.terms), experiencedMunicipalities(db, result.hits)]);
  return {
    cards: shown.map((hit) => cards.get(`${hit.kind}:${hit.id}`)).filter((card): card is ResultCard => card !== undefined),
    more: result.hits.length > offset + finderPageSize || result.more,
    municipalities,
    corrected: result.corrected,
    unknown: result.unknown,
  };
}
