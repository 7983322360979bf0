import { boolean, customType, date, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { keyOf } from "../../db/references.ts";
import { users } from "../../platform/auth/tables.ts";
import type { FormatRule } from "./reference.ts";

export const programs = pgTable("program_programs", {
  id: serial("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  title: text("title").notNull(),
  startsOn: date("starts_on").notNull(),
  endsOn: date("ends_on").notNull(),
  description: text("description").notNull().default(""),
});

export const cohort = pgTable(
  "program_cohort",
  {
    programId: integer("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    municipalityId: integer("municipality_id")
      .notNull()
      .references(() => keyOf("municipalities"), { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.programId, t.municipalityId] })],
);

/** Who is in a municipality's tandem, and since when: people change, the history stays. */
export const tandemMembers = pgTable(
  "program_tandem_members",
  {
    id: serial("id").primaryKey(),
    programId: integer("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    municipalityId: integer("municipality_id")
      .notNull()
      .references(() => keyOf("municipalities"), { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role").notNull(),
    fromDate: date("from_date").notNull(),
    toDate: date("to_date"),
  },
  (t) => [index("program_tandem_members_municipality_idx").on(t.programId, t.municipalityId), index("program_tandem_members_user_idx").on(t.userId)],
);

export const formats = pgTable("program_formats", {
  id: serial("id").primaryKey(),
  programId: integer("program_id")
    .notNull()
    .references(() => programs.id, { onDelete: "cascade" }),
  slug: text("slug").notNull(),
  title: text("title").notNull(),
  kind: text("kind").notNull(),
  description: text("description").notNull().default(""),
  rule: jsonb("rule").$type<FormatRule>().notNull(),
  position: integer("position").notNull().default(0),
  /** Training paths with free seats: how many, and until when applications are taken. */
  freeSeats: integer("free_seats"),
  applicationDeadline: date("application_deadline"),
});

export const events = pgTable(
  "program_events",
  {
    id: serial("id").primaryKey(),
    programId: integer("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    formatId: integer("format_id")
      .notNull()
      .references(() => formats.id),
    title: text("title").notNull(),
    moduleNumber: integer("module_number"),
    municipalityId: integer("municipality_id").references(() => keyOf("municipalities"), { onDelete: "set null" }),
    place: text("place").notNull().default(""),
    onlineUrl: text("online_url").notNull().default(""),
    capacity: integer("capacity"),
    registrationOpensOn: date("registration_opens_on"),
    registrationClosesOn: date("registration_closes_on"),
    audience: text("audience").notNull(),
    description: text("description").notNull().default(""),
    speakers: text("speakers").notNull().default(""),
    cancelled: boolean("cancelled").notNull().default(false),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("program_events_program_idx").on(t.programId, t.formatId)],
);

export const eventDays = pgTable(
  "program_event_days",
  {
    id: serial("id").primaryKey(),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    date: date("date").notNull(),
    startsAt: text("starts_at"),
    endsAt: text("ends_at"),
  },
  (t) => [index("program_event_days_event_idx").on(t.eventId, t.date)],
);

export const registrations = pgTable(
  "program_registrations",
  {
    id: serial("id").primaryKey(),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    municipalityId: integer("municipality_id").references(() => keyOf("municipalities"), { onDelete: "set null" }),
    name: text("name").notNull(),
    email: text("email").notNull(),
    status: text("status").notNull(),
    confirmTokenHash: text("confirm_token_hash"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("program_registrations_event_idx").on(t.eventId, t.status), uniqueIndex("program_registrations_event_email_idx").on(t.eventId, t.email)],
);

/** The secret links in a registration's mails that let the registrant see or cancel it; several mails, several links. */
export const registrationLinks = pgTable(
  "program_registration_links",
  {
    tokenHash: text("token_hash").primaryKey(),
    registrationId: integer("registration_id")
      .notNull()
      .references(() => registrations.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("program_registration_links_registration_idx").on(t.registrationId)],
);

export const attendance = pgTable(
  "program_attendance",
  {
    registrationId: integer("registration_id")
      .notNull()
      .references(() => registrations.id, { onDelete: "cascade" }),
    eventDayId: integer("event_day_id")
      .notNull()
      .references(() => eventDays.id, { onDelete: "cascade" }),
    present: boolean("present").notNull(),
    markedAt: timestamp("marked_at", { withTimezone: true }).notNull().defaultNow(),
    markedBy: integer("marked_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [primaryKey({ columns: [t.registrationId, t.eventDayId] })],
);

/** Telephone check-ins with a municipality. Notes are confidential: the team and that municipality's tandem only. */
export const checkIns = pgTable(
  "program_check_ins",
  {
    id: serial("id").primaryKey(),
    programId: integer("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    municipalityId: integer("municipality_id")
      .notNull()
      .references(() => keyOf("municipalities"), { onDelete: "cascade" }),
    heldOn: date("held_on").notNull(),
    participants: text("participants").notNull().default(""),
    topics: jsonb("topics").$type<string[]>().notNull().default([]),
    /** Shared with the municipality's tandem on "Mein Programm". */
    notes: text("notes").notNull().default(""),
    /** For the team only; never shown to the tandem. */
    teamNotes: text("team_notes").notNull().default(""),
    nextSteps: text("next_steps").notNull().default(""),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("program_check_ins_municipality_idx").on(t.programId, t.municipalityId)],
);

/** A next step agreed in a check-in: who does it (a tandem member, or the team when no one is named) and by when. */
export const nextSteps = pgTable(
  "program_next_steps",
  {
    id: serial("id").primaryKey(),
    checkInId: integer("check_in_id")
      .notNull()
      .references(() => checkIns.id, { onDelete: "cascade" }),
    description: text("description").notNull(),
    ownerUserId: integer("owner_user_id").references(() => users.id, { onDelete: "set null" }),
    dueOn: date("due_on").notNull(),
    doneAt: timestamp("done_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("program_next_steps_check_in_idx").on(t.checkInId), index("program_next_steps_owner_idx").on(t.ownerUserId)],
);

/** Applications for the free seats of a training path, and the team's decision on each. */
export const applications = pgTable(
  "program_applications",
  {
    id: serial("id").primaryKey(),
    formatId: integer("format_id")
      .notNull()
      .references(() => formats.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    email: text("email").notNull(),
    municipalityId: integer("municipality_id").references(() => keyOf("municipalities"), { onDelete: "set null" }),
    municipalityName: text("municipality_name").notNull(),
    stateCode: text("state_code").notNull(),
    municipalityKind: text("municipality_kind").notNull(),
    jobTitle: text("job_title").notNull(),
    yearsOfExperience: integer("years_of_experience").notNull(),
    perspective: text("perspective").notNull(),
    motivation: text("motivation").notNull(),
    tandemPartnerApplying: boolean("tandem_partner_applying").notNull().default(false),
    partnerName: text("partner_name").notNull().default(""),
    status: text("status").notNull().default("submitted"),
    decisionReasons: jsonb("decision_reasons").$type<string[]>().notNull().default([]),
    /** The team's override of the computed proposal: "include", "exclude" or none. */
    override: text("override"),
    /** The forced include (application id) this proposed applicant gives up the seat to, as the team chose. */
    replacedBy: integer("replaced_by"),
    /** The place on the waiting list that was sent, so a declined seat goes to the next. */
    waitlistPlace: integer("waitlist_place"),
    notifiedAt: timestamp("notified_at", { withTimezone: true }),
    /** Set while the address is unconfirmed: an application counts only once the link in the mail cleared it. */
    confirmTokenHash: text("confirm_token_hash"),
    /** The link by which an accepted applicant takes or declines the seat. */
    answerTokenHash: text("answer_token_hash"),
    answerTokenExpiresAt: timestamp("answer_token_expires_at", { withTimezone: true }),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    isExample: boolean("is_example").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("program_applications_format_idx").on(t.formatId, t.status),
    uniqueIndex("program_applications_format_email_idx")
      .on(t.formatId, t.email)
      .where(sql`${t.confirmTokenHash} is null`),
  ],
);

/** The secret address of a person's own calendar feed ("my dates"); calendar apps cannot log in, so the address is the key. */
export const feedTokens = pgTable("program_feed_tokens", {
  userId: integer("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  token: text("token").notNull().unique(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** Agendas, slides and handouts of an event; stored in the database so every app process serves them. */
export const eventDocuments = pgTable(
  "program_event_documents",
  {
    id: serial("id").primaryKey(),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    data: bytea("data").notNull(),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("program_event_documents_event_idx").on(t.eventId)],
);
