// The exchange at full size, on top of the demo data: a cohort of 50 (the Fellows and 41 more, evenly over the AGS
// order, as in bench/program-data.ts), one generated change project for every municipality without one, and 100,000
// published practice reports spread over all municipalities, mostly on each municipality's 2–3 focus topics (texts
// from bench/exchange-corpus.ts). Rows go in as multi-row inserts of 500, the search documents directly as the
// indexer's vectorsOf() builds them (bench/exchange-vectors.ts); the vocabulary is recounted once at the end (recountTerms) and the planner
// statistics refreshed and the GIN pending list merged (vacuum analyze, as autovacuum would do).
import { asc, eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "../src/db/client.ts";
import { selectRows } from "../src/db/rows.ts";
import type { Progress } from "../src/platform/progress.ts";
import { recountTerms, vectorsOf } from "../src/platform/search/indexer.ts";
import { searchDocuments } from "../src/platform/search/tables.ts";
import { municipalityTables } from "../src/modules/municipalities/testing.ts";
import { cohort } from "../src/modules/program/testing.ts";
import { audienceOf, practiceReportTopics, practiceReports, type Visibility } from "../src/modules/exchange/testing.ts";
import { seededRandom } from "../src/modules/program/testing.ts";
import { between, composeProject, composeReport, pick, sample, sections, topicPools, type Random, type Section } from "./exchange-corpus.ts";
import { ReportVectors } from "./exchange-vectors.ts";
import { phases, searchKinds } from "../src/modules/municipalities/index.ts";
import { reportKind } from "../src/modules/exchange/index.ts";

const { changeProjects, changeProjectTopics, municipalities, topics } = municipalityTables;

export const generated = { reports: 100_000, cohort: 50, batch: 500, seed: 2026 };
/** Shares of the report visibilities, of reports that say what did not work and of reports on the author's focus topics. */
export const shares = {
  visibility: [
    ["public", 0.7],
    ["network", 0.15],
    ["cohort", 0.08],
    ["municipality", 0.07],
  ] as [Visibility, number][],
  notWorked: 0.4,
  onFocus: 0.8,
};

type Place = typeof municipalities.$inferSelect & { focus: string[] };
const count = async (db: Db, query: SQL) => Number((await selectRows<{ n: number }>(db, query))[0].n);

function visibilityOf(next: Random): Visibility {
  let remaining = next();
  for (const [value, share] of shares.visibility) if ((remaining -= share) < 0) return value;
  return "public";
}

const isoDay = (next: Random) => new Date(Date.UTC(2024, 0, 1) + Math.floor(next() * 1050) * 86_400_000).toISOString().slice(0, 10);
const placeFields = (m: Place) => ({ municipalityId: m.id, stateCode: m.stateCode, municipalityKind: m.kind, population: m.population });

/** Municipalities that are not in the cohort yet, evenly spread over the AGS order, until the cohort has `generated.cohort`. */
async function enlargeCohort(db: Db, programId: number, all: Place[]): Promise<number[]> {
  const members = (await db.select({ id: cohort.municipalityId }).from(cohort).where(eq(cohort.programId, programId))).map((r) => r.id);
  const candidates = all.filter((m) => !members.includes(m.id));
  const missing = Math.max(0, generated.cohort - members.length);
  const chosen = Array.from({ length: missing }, (_, i) => candidates[Math.floor((i * candidates.length) / missing)].id);
  if (chosen.length) await db.insert(cohort).values(chosen.map((municipalityId) => ({ programId, municipalityId })));
  return members.concat(chosen);
}

async function addProjects(db: Db, next: Random, pools: ReturnType<typeof topicPools>, all: Place[]): Promise<number> {
  const withProject = new Set((await db.select({ id: changeProjects.municipalityId }).from(changeProjects)).map((r) => r.id));
  const phaseKeys = Object.keys(phases);
  const planned = all
    .filter((m) => !withProject.has(m.id))
    .map((m) => ({ m, topics: sample(next, m.focus, between(next, 1, m.focus.length)), phase: pick(next, phaseKeys) }));
  for (let index = 0; index < planned.length; index += generated.batch) {
    const chunk = planned.slice(index, index + generated.batch).map((p) => ({ ...p, text: composeProject(next, pools, p.topics, p.m.name) }));
    const ids = await db
      .insert(changeProjects)
      .values(
        chunk.map(({ m, phase, text }) => ({
          municipalityId: m.id,
          title: text.title,
          summary: text.summary,
          goals: text.goals,
          learnings: text.learnings,
          phase,
          startsOn: "2025-09-01",
        })),
      )
      .returning({ id: changeProjects.id });
    await db.insert(changeProjectTopics).values(chunk.flatMap((p, k) => p.topics.map((topicSlug) => ({ changeProjectId: ids[k].id, topicSlug }))));
    // What indexChangeProject writes, many rows per statement.
    await db.insert(searchDocuments).values(
      chunk.map(({ m, topics: t, text }, k) => ({
        kind: searchKinds.project,
        id: ids[k].id,
        audience: "public",
        ...vectorsOf(text.title, [text.summary, ...text.goals, text.learnings].join("\n")),
        topics: t,
        ...placeFields(m),
      })),
    );
  }
  return planned.length;
}

async function addReports(db: Db, next: Random, pools: ReturnType<typeof topicPools>, slugs: string[], all: Place[], cohortIds: number[], progress: Progress) {
  const inCohort = all.filter((m) => cohortIds.includes(m.id));
  const audiences = new Map<string, string>();
  const audience = async (value: Visibility, id: number) => {
    const key = `${value}:${id}`;
    if (!audiences.has(key)) audiences.set(key, await audienceOf(db, value, id));
    return audiences.get(key)!;
  };
  const vectors = new ReportVectors();
  progress.start("Berichte erzeugen", generated.reports);
  for (let done = 0; done < generated.reports; done += generated.batch) {
    const chunk = [];
    for (let index = 0; index < Math.min(generated.batch, generated.reports - done); index++) {
      const visibility = visibilityOf(next);
      // A cohort report only reaches the cohort when its municipality is a member (audienceOf); so these come from members.
      const place = visibility === "cohort" ? pick(next, inCohort) : pick(next, all);
      const texts = next() < shares.onFocus ? sample(next, place.focus, between(next, 1, 2)) : sample(next, slugs, between(next, 1, 3));
      const { title, sentences, contactName } = composeReport(next, pools, texts, place.name, next() < shares.notWorked);
      const text = Object.fromEntries(sections.map((s) => [s, sentences[s].join(" ")])) as Record<Section, string>;
      chunk.push({
        m: place,
        topics: texts,
        visibility,
        title,
        sentences,
        text,
        contactName,
        publishedOn: isoDay(next),
        audience: await audience(visibility, place.id),
      });
    }
    const ids = await db
      .insert(practiceReports)
      .values(
        chunk.map(({ m, visibility, title, text, contactName, publishedOn }) => ({
          municipalityId: m.id,
          title,
          ...text,
          contactName,
          visibility,
          status: "published",
          isExample: true,
          publishedOn,
          createdAt: new Date(`${publishedOn}T09:00:00Z`),
          updatedAt: new Date(`${publishedOn}T09:00:00Z`),
        })),
      )
      .returning({ id: practiceReports.id });
    await db.insert(practiceReportTopics).values(chunk.flatMap((r, k) => r.topics.map((topicSlug) => ({ reportId: ids[k].id, topicSlug }))));
    // What indexReport writes: the same body order, audience, place fields, failures flag and date.
    await db.insert(searchDocuments).values(
      chunk.map(({ m, topics: t, title, sentences, text, publishedOn, audience: a }, k) => ({
        kind: reportKind,
        id: ids[k].id,
        audience: a,
        ...vectors.columns({ title, sentences }),
        ...placeFields(m),
        topics: t,
        hasFailures: text.notWorked.trim().length > 0,
        updatedAt: new Date(`${publishedOn}T12:00:00Z`),
      })),
    );
    await vectors.check(
      db,
      reportKind,
      chunk.map((r, k) => ({ id: ids[k].id, vectors: r })),
    );
    progress.tick(chunk.length);
  }
  progress.done();
  return vectors.shortcut ? "satzweise, gegen vectorsOf geprüft" : "vectorsOf";
}

/** Builds the dataset; returns the row counts, the cohort and the seconds per step. */
export async function seedExchangeBench(db: Db, programId: number, progress: Progress) {
  const next = seededRandom(generated.seed);
  const pools = topicPools();
  const slugs = (await db.select({ slug: topics.slug }).from(topics).orderBy(asc(topics.position))).map((t) => t.slug).filter((s) => pools.has(s));
  // Every municipality works mostly on two or three topics of its own, as real ones do; the others come up now and then.
  const all = (await db.select().from(municipalities).orderBy(asc(municipalities.ags))).map((m) => ({ ...m, focus: sample(next, slugs, between(next, 2, 3)) }));
  const seconds: Record<string, number> = {};
  const timed = async <T>(step: string, work: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const result = await work();
    seconds[step] = Math.round(performance.now() - t0) / 1000;
    return result;
  };
  const cohortIds = await timed("cohort", () => enlargeCohort(db, programId, all));
  const projects = await timed("projects", () => addProjects(db, next, pools, all));
  const analysis = await timed("reports", () => addReports(db, next, pools, slugs, all, cohortIds, progress));
  await timed("recountTerms", () => recountTerms(db));
  // As autovacuum would after so many inserts: planner statistics, and the GIN index's pending list merged (a long pending
  // list makes PostgreSQL prefer sequential scans over search_documents).
  await timed("vacuumAnalyze", () => db.execute(sql`vacuum analyze`));
  const size = {
    municipalities: all.length,
    cohort: cohortIds.length,
    generatedProjects: projects,
    changeProjects: await count(db, sql`select count(*)::int as n from change_projects`),
    reports: await count(db, sql`select count(*)::int as n from exchange_reports where status = 'published'`),
    searchDocuments: await count(db, sql`select count(*)::int as n from search_documents`),
    searchTerms: await count(db, sql`select count(*)::int as n from search_terms`),
    reportsWithFailures: await count(db, sql`select count(*)::int as n from search_documents where kind = ${reportKind} and has_failures`),
  };
  const audienceRows = await selectRows<{ audience: string; n: number }>(
    db,
    sql`select split_part(audience, ':', 1) as audience, count(*)::int as n from search_documents where kind = ${reportKind} group by 1 order by 2 desc`,
  );
  return { size, audiences: Object.fromEntries(audienceRows.map((r) => [r.audience, Number(r.n)])), cohortIds, seconds, analysis };
}
