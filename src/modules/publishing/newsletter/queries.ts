import { and, asc, eq, ilike, ne, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { cardsByIds, latestCards, type ArticleCard } from "../magazine/queries/articles.ts";
import { hashToken } from "../../../platform/auth/tokens.ts";
import { deliveries, issues, subscribers } from "./tables.ts";
import { hasExpired } from "./rules/confirmation.ts";
import { currentProgram, listEvents, type EventSummary } from "../../program/index.ts";
import { latestPublicReports, reportsByIds } from "../../exchange/index.ts";

export type Issue = typeof issues.$inferSelect;

/** A practice report as an issue shows it: its title and where it comes from. */
export interface ReportCard {
  id: number;
  title: string;
  municipality: string;
}

export interface IssueContent {
  articles: ArticleCard[];
  reports: ReportCard[];
  events: EventSummary[];
}

const reportCard = (report: { id: number; title: string; municipality: { name: string } }): ReportCard => ({
  id: report.id,
  title: report.title,
  municipality: report.municipality.name,
});

/** Newest first: by year, then by the number within the year. */
function byNumberDesc(left: { number: string }, right: { number: string }): number {
  const [an, ay] = left.number.split("-").map(Number);
  const [bn, by] = right.number.split("-").map(Number);
  return by - ay || bn - an;
}

export async function findIssue(db: Db, id: number): Promise<Issue | null> {
  const [row] = await db.select().from(issues).where(eq(issues.id, id));
  return row ?? null;
}

/** An issue's web version exists from the moment its sending starts. */
export async function findPublicIssue(db: Db, number: string): Promise<Issue | null> {
  const [row] = await db
    .select()
    .from(issues)
    .where(and(eq(issues.number, number), ne(issues.status, "draft")));
  return row ?? null;
}

export async function publicIssues(db: Db): Promise<Issue[]> {
  return (await db.select().from(issues).where(ne(issues.status, "draft"))).sort(byNumberDesc);
}

export interface IssueRow extends Issue {
  sent: number;
  total: number;
}

/** Every issue for the editors, with how many mails went out. */
export async function allIssues(db: Db): Promise<IssueRow[]> {
  const rows = await db
    .select({
      issue: issues,
      sent: sql<number>`count(*) filter (where ${deliveries.status} = 'sent')`.mapWith(Number),
      total: sql<number>`count(${deliveries.issueId})`.mapWith(Number),
    })
    .from(issues)
    .leftJoin(deliveries, eq(deliveries.issueId, issues.id))
    .groupBy(issues.id);
  return rows.map((r) => ({ ...r.issue, sent: r.sent, total: r.total })).sort(byNumberDesc);
}

export async function confirmedCount(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(subscribers)
    .where(eq(subscribers.status, "confirmed"));
  return row.n;
}

/** Published Magazin articles an issue may point to, newest first. */
export const articleChoices = (db: Db) => latestCards(db, 40);

/** Public, not cancelled events of the current program whose first day is today or later. */
export async function eventChoices(db: Db, today: string): Promise<EventSummary[]> {
  const program = await currentProgram(db);
  if (!program) return [];
  return (await listEvents(db, program.id, { publicOnly: true })).filter((e) => !e.cancelled && e.days.length > 0 && e.days[0].date >= today).slice(0, 30);
}

/** What the issue form offers: the articles, practice reports and events an issue may point to. */
export interface IssueChoices {
  articles: ArticleCard[];
  reports: ReportCard[];
  events: EventSummary[];
}

export async function issueChoices(db: Db, today: string): Promise<IssueChoices> {
  const [articles, reports, events] = await Promise.all([articleChoices(db), latestPublicReports(db, 40), eventChoices(db, today)]);
  return { articles, reports: reports.map(reportCard), events };
}

/** The chosen practice reports in the chosen order, as long as they are published for everyone. */
async function chosenReports(db: Db, ids: number[]): Promise<ReportCard[]> {
  const found = new Map((await reportsByIds(db, ids)).map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const report = found.get(id);
    return report && report.status === "published" && report.visibility === "public" ? [reportCard(report)] : [];
  });
}

/** The chosen articles and practice reports (in the chosen order, still published) and events (in date order) of an issue. */
export async function issueContent(db: Db, issue: Pick<Issue, "articleIds" | "reportIds" | "eventIds">): Promise<IssueContent> {
  const program = issue.eventIds.length ? await currentProgram(db) : null;
  const [chosen, reports, events] = await Promise.all([
    cardsByIds(db, issue.articleIds),
    chosenReports(db, issue.reportIds),
    program ? listEvents(db, program.id, { ids: issue.eventIds, publicOnly: true }) : [],
  ]);
  return { articles: chosen, reports, events };
}

export interface Progress {
  queued: number;
  sending: number;
  sent: number;
  failed: number;
  total: number;
}

/** How far the sending of an issue has come. */
export async function deliveryProgress(db: Db, issueId: number): Promise<Progress> {
  const rows = await db
    .select({ status: deliveries.status, n: sql<number>`count(*)`.mapWith(Number) })
    .from(deliveries)
    .where(eq(deliveries.issueId, issueId))
    .groupBy(deliveries.status);
  const count = (status: string) => rows.find((r) => r.status === status)?.n ?? 0;
  const progress = { queued: count("queued"), sending: count("sending"), sent: count("sent"), failed: count("failed") };
  return { ...progress, total: progress.queued + progress.sending + progress.sent + progress.failed };
}

/** Mails the receiving server refused for good, with its answer; at most the first 500. */
export async function bounces(db: Db, issueId: number) {
  return db
    .select({ email: deliveries.email, error: deliveries.lastError, attempts: deliveries.attempts })
    .from(deliveries)
    .where(and(eq(deliveries.issueId, issueId), eq(deliveries.status, "failed")))
    .orderBy(deliveries.email)
    .limit(500);
}

export type ConfirmState = "valid" | "expired" | "confirmed" | "unknown";

/** What a confirmation link stands for: to confirm, too old, already used, or never sent. */
export async function confirmState(db: Db, token: string, now = new Date()): Promise<ConfirmState> {
  const [row] = await db
    .select({ status: subscribers.status, sentAt: subscribers.lastConfirmationMailAt, consentAt: subscribers.consentAt })
    .from(subscribers)
    .where(eq(subscribers.confirmTokenHash, hashToken(token)));
  if (!row) return "unknown";
  if (row.status === "confirmed") return "confirmed";
  if (row.status !== "pending") return "unknown";
  return hasExpired(row.sentAt ?? row.consentAt, now) ? "expired" : "valid";
}

/** "subscribed", "unsubscribed" or null (no such link), for the unsubscribe page. */
export async function unsubscribeState(db: Db, token: string): Promise<"subscribed" | "unsubscribed" | null> {
  const [row] = await db.select({ status: subscribers.status }).from(subscribers).where(eq(subscribers.unsubscribeToken, token));
  if (!row) return null;
  return row.status === "unsubscribed" ? "unsubscribed" : "subscribed";
}

/** Which subscribers the team's list shows: a part of the address, and one state or all. */
export interface SubscriberFilter {
  search: string;
  status: string | null;
}

const subscriberWhere = (filter: SubscriberFilter) =>
  and(
    filter.search ? ilike(subscribers.email, `%${filter.search.replace(/[\\%_]/g, "\\$&")}%`) : undefined,
    filter.status ? eq(subscribers.status, filter.status) : undefined,
  );

const subscriberColumns = {
  email: subscribers.email,
  status: subscribers.status,
  consentAt: subscribers.consentAt,
  consentSource: subscribers.consentSource,
  consentText: subscribers.consentText,
  confirmedAt: subscribers.confirmedAt,
  unsubscribedAt: subscribers.unsubscribedAt,
};

export const subscriberPageSize = 50;

/** One page of the subscribers that match, by address, with how many match in all. */
export async function listSubscribers(db: Db, filter: SubscriberFilter, page: number) {
  const [rows, [{ matching }]] = await Promise.all([
    db
      .select(subscriberColumns)
      .from(subscribers)
      .where(subscriberWhere(filter))
      .orderBy(asc(subscribers.email))
      .limit(subscriberPageSize)
      .offset((page - 1) * subscriberPageSize),
    db
      .select({ matching: sql<number>`count(*)`.mapWith(Number) })
      .from(subscribers)
      .where(subscriberWhere(filter)),
  ]);
  return { rows, total: matching };
}

/** Every subscriber that matches, by address, for the export. */
export async function exportedSubscribers(db: Db, filter: SubscriberFilter) {
  return db.select(subscriberColumns).from(subscribers).where(subscriberWhere(filter)).orderBy(asc(subscribers.email));
}

export type SubscriberRow = Awaited<ReturnType<typeof exportedSubscribers>>[number];
