import { and, asc, count, eq, inArray, ne } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { users } from "../../../platform/auth/tables.ts";
import { proposalComments, proposalVotes, topicProposals } from "../tables.ts";
import { teamName, type Occasion, type ProposalStatus } from "./texts.ts";
import { listMunicipalitiesByIds } from "../../municipalities/index.ts";
import { listEvents } from "../../program/index.ts";
import { todayInGermany } from "../../../platform/dates.ts";

/** The date the team made of a proposal: the program's event, its first and last day. */
export interface ProposalEvent {
  id: number;
  title: string;
  firstDay: string | null;
  lastDay: string | null;
}

export interface Proposal {
  id: number;
  occasion: Occasion;
  title: string;
  description: string;
  status: ProposalStatus;
  decisionReason: string;
  mergedIntoId: number | null;
  proposerId: number | null;
  proposerName: string;
  /** The proposer's municipality, or the team's name for proposals of the team. */
  origin: string;
  supporters: number;
  event: ProposalEvent | null;
  createdAt: Date;
  decidedAt: Date | null;
}

const columns = {
  id: topicProposals.id,
  occasion: topicProposals.occasion,
  title: topicProposals.title,
  description: topicProposals.description,
  status: topicProposals.status,
  decisionReason: topicProposals.decisionReason,
  mergedIntoId: topicProposals.mergedIntoId,
  eventId: topicProposals.eventId,
  proposerId: topicProposals.proposerId,
  municipalityId: topicProposals.municipalityId,
  createdAt: topicProposals.createdAt,
  decidedAt: topicProposals.decidedAt,
  proposerName: users.name,
};

/** Proposals of a program with their support counts and origin; a few queries for the whole list. */
async function load(db: Db, programId: number, where: { id?: number; occasion?: Occasion }): Promise<Proposal[]> {
  const rows = await db
    .select(columns)
    .from(topicProposals)
    .leftJoin(users, eq(users.id, topicProposals.proposerId))
    .where(
      and(
        eq(topicProposals.programId, programId),
        where.id ? eq(topicProposals.id, where.id) : undefined,
        where.occasion ? eq(topicProposals.occasion, where.occasion) : undefined,
      ),
    )
    .orderBy(asc(topicProposals.createdAt), asc(topicProposals.id));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const eventIds = rows.map((r) => r.eventId).filter((id): id is number => id !== null);
  const [counts, places, events] = await Promise.all([
    db
      .select({ proposalId: proposalVotes.proposalId, n: count() })
      .from(proposalVotes)
      .where(inArray(proposalVotes.proposalId, ids))
      .groupBy(proposalVotes.proposalId),
    listMunicipalitiesByIds(db, [...new Set(rows.map((r) => r.municipalityId).filter((id): id is number => id !== null))]),
    eventIds.length ? listEvents(db, programId, { ids: eventIds }) : Promise.resolve([]),
  ]);
  const eventOf = new Map(
    events.map((e): [number, ProposalEvent] => [e.id, { id: e.id, title: e.title, firstDay: e.days[0]?.date ?? null, lastDay: e.days.at(-1)?.date ?? null }]),
  );
  const today = todayInGermany();
  const countOf = new Map(counts.map((c) => [c.proposalId, c.n]));
  const placeOf = new Map(places.map((p) => [p.id, p.name]));
  return rows.map(({ municipalityId, proposerName, eventId, ...row }) => {
    const event = eventId === null ? null : (eventOf.get(eventId) ?? null);
    return {
      ...row,
      occasion: row.occasion as Occasion,
      status: statusOf(row.status as ProposalStatus, event, today),
      event,
      proposerName: proposerName ?? "",
      origin: municipalityId === null ? teamName : (placeOf.get(municipalityId) ?? ""),
      supporters: countOf.get(row.id) ?? 0,
    };
  });
}

/** A scheduled proposal is held once its date has passed; one whose date was deleted counts as accepted again. */
function statusOf(stored: ProposalStatus, event: ProposalEvent | null, today: string): ProposalStatus {
  if (stored !== "scheduled") return stored;
  if (!event) return "accepted";
  return event.lastDay !== null && event.lastDay < today ? "held" : "scheduled";
}

/** Open proposals first, the most supported on top; decided ones after, the latest decision first. */
export function byRelevance(left: Proposal, right: Proposal): number {
  if ((left.status === "open") !== (right.status === "open")) return left.status === "open" ? -1 : 1;
  if (left.status === "open") return right.supporters - left.supporters || left.createdAt.getTime() - right.createdAt.getTime();
  return (right.decidedAt?.getTime() ?? 0) - (left.decidedAt?.getTime() ?? 0);
}

export async function listProposals(db: Db, programId: number, occasion?: Occasion): Promise<Proposal[]> {
  return (await load(db, programId, { occasion })).sort(byRelevance);
}

export async function findProposal(db: Db, programId: number, id: number): Promise<Proposal | null> {
  return (await load(db, programId, { id }))[0] ?? null;
}

/** The accounts that support a proposal. */
export async function supporterIds(db: Db, proposalId: number): Promise<number[]> {
  return (await db.select({ id: proposalVotes.userId }).from(proposalVotes).where(eq(proposalVotes.proposalId, proposalId))).map((r) => r.id);
}

/** Who supports a proposal: whether this reader does, and the supporting municipalities by name. */
export async function supportOf(db: Db, proposalId: number, readerId: number) {
  const rows = await db
    .select({ userId: proposalVotes.userId, municipalityId: users.municipalityId, role: users.role })
    .from(proposalVotes)
    .innerJoin(users, eq(users.id, proposalVotes.userId))
    .where(eq(proposalVotes.proposalId, proposalId));
  const ids = [...new Set(rows.map((r) => r.municipalityId).filter((id): id is number => id !== null))];
  const names = (await listMunicipalitiesByIds(db, ids)).map((m) => m.name).sort((a, b) => a.localeCompare(b, "de"));
  if (rows.some((r) => r.municipalityId === null)) names.push(teamName);
  return { supportedByReader: rows.some((r) => r.userId === readerId), municipalities: names };
}

export async function commentsOf(db: Db, proposalId: number) {
  return db
    .select({ id: proposalComments.id, authorName: proposalComments.authorName, body: proposalComments.body, createdAt: proposalComments.createdAt })
    .from(proposalComments)
    .where(eq(proposalComments.proposalId, proposalId))
    .orderBy(asc(proposalComments.createdAt), asc(proposalComments.id));
}
export type ProposalComment = Awaited<ReturnType<typeof commentsOf>>[number];

/** Open proposals of the same program and occasion that a proposal can be merged into. */
export async function mergeTargets(db: Db, item: Pick<Proposal, "id" | "occasion">, programId: number) {
  return db
    .select({ id: topicProposals.id, title: topicProposals.title })
    .from(topicProposals)
    .where(
      and(
        eq(topicProposals.programId, programId),
        eq(topicProposals.occasion, item.occasion),
        eq(topicProposals.status, "open"),
        ne(topicProposals.id, item.id),
      ),
    )
    .orderBy(topicProposals.title);
}
