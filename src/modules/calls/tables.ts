import { boolean, customType, date, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { keyOf } from "../../db/references.ts";
import { users } from "../../platform/auth/tables.ts";
import type { Commitment, Criterion, Question } from "./reference.ts";

const bytea = customType<{ data: Buffer }>({ dataType: () => "bytea" });

/**
 * A call for applications ("Ausschreibung"): the team looks for municipalities for a program (the next
 * Fellow cohort) or for another offering that selects municipalities. status: draft, open (published;
 * applications until the deadline), decided (the decision mails went out).
 */
export const calls = pgTable("calls", {
  id: serial("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  title: text("title").notNull(),
  /** "fellow": the accepted municipalities become the cohort of a new program; "offering": anything else. */
  kind: text("kind").notNull(),
  /** The program's period (for "fellow": the new program's dates). */
  periodStartsOn: date("period_starts_on").notNull(),
  periodEndsOn: date("period_ends_on").notNull(),
  places: integer("places").notNull(),
  /** The program, who it is for and what it asks (Markdown, shown on the public page). */
  description: text("description").notNull(),
  /** How the selection works, in plain words. */
  selection: text("selection").notNull(),
  criteria: jsonb("criteria").$type<Criterion[]>().notNull(),
  questions: jsonb("questions").$type<Question[]>().notNull(),
  /** Scores run from 1 to scaleMax. */
  scaleMax: integer("scale_max").notNull().default(5),
  deadline: timestamp("deadline", { withTimezone: true }).notNull(),
  /** Applications and reviews are deleted this many months after the decision (or the deadline). */
  retentionMonths: integer("retention_months").notNull(),
  status: text("status").notNull().default("draft"),
  /** The program the accepted municipalities joined (set when the decisions were sent). */
  programId: integer("program_id").references(() => keyOf("program_programs"), { onDelete: "set null" }),
  decidedAt: timestamp("decided_at", { withTimezone: true }),
  /** When the retention task deleted the applications and reviews. */
  purgedAt: timestamp("purged_at", { withTimezone: true }),
  isExample: boolean("is_example").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A municipality's application to a call, written by its tandem. status: draft (both may edit),
 * submitted (both agreed; nothing changes any more). decision: none until the team decides; then
 * accepted or declined (with reasons), and notifiedAt once the mail went out.
 */
export const callApplications = pgTable(
  "call_applications",
  {
    id: serial("id").primaryKey(),
    callId: integer("call_id")
      .notNull()
      .references(() => calls.id, { onDelete: "cascade" }),
    municipalityId: integer("municipality_id")
      .notNull()
      .references(() => keyOf("municipalities"), { onDelete: "cascade" }),
    status: text("status").notNull().default("draft"),
    /** The change project on the profile the application started from, if any. */
    changeProjectId: integer("change_project_id").references(() => keyOf("change_projects"), { onDelete: "set null" }),
    projectTitle: text("project_title").notNull().default(""),
    projectSummary: text("project_summary").notNull().default(""),
    /** Topic slugs of the change project. */
    projectTopics: jsonb("project_topics").$type<string[]>().notNull().default([]),
    /** The stage of the municipality's planning (a phase of the change project vocabulary). */
    planningStage: text("planning_stage").notNull().default(""),
    situation: text("situation").notNull().default(""),
    expectations: text("expectations").notNull().default(""),
    commitment: jsonb("commitment").$type<Commitment>().notNull().default({ trainings: false, workingGroups: false, checkIns: false, hoursPerMonth: 0 }),
    /** Answers to the call's own questions, by question key. */
    answers: jsonb("answers").$type<Record<string, string>>().notNull().default({}),
    letterName: text("letter_name"),
    letter: bytea("letter"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    decision: text("decision"),
    decisionReasons: jsonb("decision_reasons").$type<string[]>().notNull().default([]),
    /** The team's override of the proposal: "include", "exclude" or none. */
    override: text("override"),
    /** For a proposed application the team let go: the forced include (application id) that took its place. */
    replacedBy: integer("replaced_by"),
    notifiedAt: timestamp("notified_at", { withTimezone: true }),
    isExample: boolean("is_example").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("call_applications_call_municipality_idx").on(t.callId, t.municipalityId),
    index("call_applications_municipality_idx").on(t.municipalityId),
  ],
);

/**
 * The two people of an application's tandem, one row per role ("leader", "planningSpecialist").
 * The one who starts the application has userId at once; the partner is invited by mail and has a
 * userId once they confirmed. agreedAt: this partner agreed to submit the current text (an edit clears both).
 */
export const callTandems = pgTable(
  "call_tandems",
  {
    applicationId: integer("application_id")
      .notNull()
      .references(() => callApplications.id, { onDelete: "cascade" }),
    role: text("role").notNull(),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    name: text("name").notNull(),
    email: text("email").notNull(),
    jobTitle: text("job_title").notNull().default(""),
    /** Only the hash of the mailed invitation link is stored. */
    inviteTokenHash: text("invite_token_hash").unique(),
    invitedAt: timestamp("invited_at", { withTimezone: true }),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    agreedAt: timestamp("agreed_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.role] }), index("call_tandems_email_idx").on(t.email), index("call_tandems_user_idx").on(t.userId)],
);

/** A reviewer's scores (by criterion key) and comment on an application; submittedAt once given. */
export const callReviews = pgTable(
  "call_reviews",
  {
    applicationId: integer("application_id")
      .notNull()
      .references(() => callApplications.id, { onDelete: "cascade" }),
    reviewerId: integer("reviewer_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    scores: jsonb("scores").$type<Record<string, number>>().notNull(),
    comment: text("comment").notNull().default(""),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.reviewerId] }), index("call_reviews_reviewer_idx").on(t.reviewerId)],
);
