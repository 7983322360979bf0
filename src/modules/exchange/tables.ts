import { boolean, customType, date, index, integer, pgTable, primaryKey, serial, text, timestamp } from "drizzle-orm/pg-core";
import { keyOf } from "../../db/references.ts";
import { users } from "../../platform/auth/tables.ts";

const bytea = customType<{ data: Buffer }>({ dataType: () => "bytea" });

/** A practice report: what a municipality did, what worked, what did not, what transfers. */
export const practiceReports = pgTable(
  "exchange_reports",
  {
    id: serial("id").primaryKey(),
    municipalityId: integer("municipality_id")
      .notNull()
      .references(() => keyOf("municipalities"), { onDelete: "cascade" }),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    changeProjectId: integer("change_project_id").references(() => keyOf("change_projects"), { onDelete: "set null" }),
    title: text("title").notNull(),
    problem: text("problem").notNull().default(""),
    context: text("context").notNull().default(""),
    approach: text("approach").notNull().default(""),
    worked: text("worked").notNull().default(""),
    notWorked: text("not_worked").notNull().default(""),
    transfer: text("transfer").notNull().default(""),
    contactName: text("contact_name").notNull().default(""),
    contactEmail: text("contact_email").notNull().default(""),
    /** public, network, cohort, municipality */
    visibility: text("visibility").notNull(),
    /** draft, review, published */
    status: text("status").notNull().default("draft"),
    reviewNote: text("review_note").notNull().default(""),
    isExample: boolean("is_example").notNull().default(false),
    publishedOn: date("published_on"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("exchange_reports_municipality_idx").on(t.municipalityId), index("exchange_reports_status_idx").on(t.status)],
);

export const practiceReportTopics = pgTable(
  "exchange_report_topics",
  {
    reportId: integer("report_id")
      .notNull()
      .references(() => practiceReports.id, { onDelete: "cascade" }),
    topicSlug: text("topic_slug")
      .notNull()
      .references(() => keyOf("topics", "slug", "text"), { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.topicSlug] })],
);

export const practiceReportAttachments = pgTable(
  "exchange_report_attachments",
  {
    id: serial("id").primaryKey(),
    reportId: integer("report_id")
      .notNull()
      .references(() => practiceReports.id, { onDelete: "cascade" }),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    data: bytea("data").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("exchange_report_attachments_report_idx").on(t.reportId)],
);

/** A topic proposed by members for an upcoming working-group meeting ("ag") or the festival. */
export const topicProposals = pgTable(
  "exchange_proposals",
  {
    id: serial("id").primaryKey(),
    programId: integer("program_id")
      .notNull()
      .references(() => keyOf("program_programs"), { onDelete: "cascade" }),
    occasion: text("occasion").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    proposerId: integer("proposer_id").references(() => users.id, { onDelete: "set null" }),
    municipalityId: integer("municipality_id").references(() => keyOf("municipalities"), { onDelete: "set null" }),
    /** open, accepted, declined, merged; scheduled once the team made a date of it (held is read from the date) */
    status: text("status").notNull().default("open"),
    decisionReason: text("decision_reason").notNull().default(""),
    mergedIntoId: integer("merged_into_id"),
    /** The program's event the team made of an accepted proposal. */
    eventId: integer("event_id").references(() => keyOf("program_events"), { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("exchange_proposals_program_idx").on(t.programId)],
);

export const proposalVotes = pgTable(
  "exchange_proposal_votes",
  {
    proposalId: integer("proposal_id")
      .notNull()
      .references(() => topicProposals.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.userId] }), index("exchange_proposal_votes_user_idx").on(t.userId)],
);

export const proposalComments = pgTable(
  "exchange_proposal_comments",
  {
    id: serial("id").primaryKey(),
    proposalId: integer("proposal_id")
      .notNull()
      .references(() => topicProposals.id, { onDelete: "cascade" }),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    authorName: text("author_name").notNull(),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("exchange_proposal_comments_proposal_idx").on(t.proposalId)],
);

/** A persona (persona method of the Fellow day): a fictional person showing where a municipality's planning stands. */
export const personas = pgTable(
  "exchange_personas",
  {
    id: serial("id").primaryKey(),
    municipalityId: integer("municipality_id")
      .notNull()
      .references(() => keyOf("municipalities"), { onDelete: "cascade" }),
    name: text("name").notNull(),
    role: text("role").notNull().default(""),
    drives: text("drives").notNull().default(""),
    stumblingBlocks: text("stumbling_blocks").notNull().default(""),
    whatWorks: text("what_works").notNull().default(""),
    nextSteps: text("next_steps").notNull().default(""),
    shared: boolean("shared").notNull().default(false),
    isExample: boolean("is_example").notNull().default(false),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("exchange_personas_municipality_idx").on(t.municipalityId)],
);
