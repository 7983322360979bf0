import { and, desc, eq, gte, inArray, ne } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import { formatDay, todayInGermany } from "../../../platform/dates.ts";
import type { StartPanel } from "../../../platform/start/panels.ts";
import { topicsOfMunicipality } from "../../municipalities/index.ts";
import { readerAudiences } from "../policies.ts";
import { practiceReportTopics, practiceReports } from "../tables.ts";
import { policies } from "./policies.ts";
import { publishedReportsOf, reportsByIds, reportsInReview, reportsOfMunicipality } from "./queries.ts";
import { startTexts as texts } from "./texts.ts";

const writer = (user: CurrentUser) => policies.writeReport(user);
const reviewer = (user: CurrentUser) => user.role === "admin";

/** The municipality's reports with the team, and those the team gave back with a note. */
async function ownInReview(db: Db, user: CurrentUser) {
  const own = (await reportsOfMunicipality(db, user.municipalityId!)).filter((r) => r.status === "review" || (r.status === "draft" && r.reviewNote));
  return {
    heading: texts.ownInReview,
    items: own.map((r) => ({
      label: r.title,
      href: r.status === "review" ? `/austausch/berichte/${r.id}` : `/austausch/berichte/${r.id}/bearbeiten`,
      detail: r.status === "review" ? texts.waiting : texts.returned,
    })),
    empty: texts.noneInReview,
    more: { label: texts.ownReports, href: "/austausch/meine-berichte" },
  };
}

/** Reports of other municipalities published in the last 60 days on the topics this municipality works on, as far as the reader may read them. */
async function newOnTopics(db: Db, user: CurrentUser) {
  const topics = await topicsOfMunicipality(db, user.municipalityId!);
  const since = todayInGermany(new Date(Date.now() - 60 * 24 * 3600_000));
  const rows = topics.length
    ? await db
        .selectDistinct({ id: practiceReports.id, municipalityId: practiceReports.municipalityId, publishedOn: practiceReports.publishedOn })
        .from(practiceReports)
        .innerJoin(practiceReportTopics, eq(practiceReportTopics.reportId, practiceReports.id))
        .where(
          and(
            eq(practiceReports.status, "published"),
            ne(practiceReports.municipalityId, user.municipalityId!),
            gte(practiceReports.publishedOn, since),
            inArray(practiceReportTopics.topicSlug, topics),
          ),
        )
        .orderBy(desc(practiceReports.publishedOn))
        .limit(20)
    : [];
  const audiences = await readerAudiences(db, user);
  const readable = new Set(
    (await Promise.all([...new Set(rows.map((r) => r.municipalityId))].map((m) => publishedReportsOf(db, m, audiences)))).flat().map((r) => r.id),
  );
  const reports = (
    await reportsByIds(
      db,
      rows.filter((r) => readable.has(r.id)).map((r) => r.id),
    )
  ).slice(0, 5);
  return {
    heading: texts.onTopics,
    items: reports.map((r) => ({
      label: r.title,
      href: `/austausch/berichte/${r.id}`,
      detail: `${r.municipality.name}${r.publishedOn ? `, ${formatDay(r.publishedOn)}` : ""}`,
    })),
    empty: texts.noneOnTopics,
    more: { label: texts.finder, href: "/austausch" },
  };
}

/** Reports the team has to review, oldest first. */
async function toReview(db: Db) {
  const waiting = await reportsInReview(db);
  return {
    heading: texts.toReview(waiting.length),
    items: waiting.slice(0, 5).map((r) => ({ label: r.title, href: `/austausch/berichte/${r.id}`, detail: r.municipality.name })),
    empty: texts.noneToReview,
    more: { label: texts.review, href: "/austausch/pruefung" },
  };
}

/** The practice reports' parts of "Mein K360". */
export const startPanels: StartPanel[] = [
  { key: "reports-review", order: 30, shownTo: reviewer, load: (db) => toReview(db) },
  { key: "reports-own", order: 40, shownTo: writer, load: ownInReview },
  { key: "reports-topics", order: 50, shownTo: writer, load: newOnTopics },
];
