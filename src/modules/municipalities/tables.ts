import { boolean, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp } from "drizzle-orm/pg-core";

export const topics = pgTable("topics", {
  slug: text("slug").primaryKey(),
  label: text("label").notNull(),
  description: text("description").notNull().default(""),
  position: integer("position").notNull().default(0),
});

export const municipalities = pgTable(
  "municipalities",
  {
    id: serial("id").primaryKey(),
    ags: text("ags").notNull().unique(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    officialName: text("official_name").notNull(),
    kind: text("kind").notNull(),
    stateCode: text("state_code").notNull(),
    parentAgs: text("parent_ags"),
    population: integer("population").notNull(),
    /** 0 where no official figure is at hand (the districts of Berlin), like a population of 0. */
    areaKm2: doublePrecision("area_km2").notNull(),
    /** The reference date of population and area; null where it is not known (typed in by the team). */
    figuresAsOf: date("figures_as_of"),
    searchName: text("search_name").notNull(),
    isFellow: boolean("is_fellow").notNull().default(false),
    description: text("description").notNull().default(""),
    youthOfficeName: text("youth_office_name").notNull().default(""),
    youthOfficeAddress: text("youth_office_address").notNull().default(""),
    youthOfficePhone: text("youth_office_phone").notNull().default(""),
    youthOfficeEmail: text("youth_office_email").notNull().default(""),
    youthOfficeWebsite: text("youth_office_website").notNull().default(""),
    // The authority's own mail domains (lower case, without "@"): an access request from one of them is confirmed by mail alone.
    officialDomains: text("official_domains").array().notNull().default([]),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("municipalities_state_idx").on(t.stateCode),
    index("municipalities_population_idx").on(t.population),
    index("municipalities_parent_idx").on(t.parentAgs),
  ],
);

export const municipalityTopics = pgTable(
  "municipality_topics",
  {
    municipalityId: integer("municipality_id")
      .notNull()
      .references(() => municipalities.id, { onDelete: "cascade" }),
    topicSlug: text("topic_slug")
      .notNull()
      .references(() => topics.slug, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.topicSlug] }), index("municipality_topics_topic_idx").on(t.topicSlug)],
);

export const people = pgTable(
  "people",
  {
    id: serial("id").primaryKey(),
    municipalityId: integer("municipality_id")
      .notNull()
      .references(() => municipalities.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    jobTitle: text("job_title").notNull().default(""),
    tandemRole: text("tandem_role"),
    email: text("email").notNull().default(""),
    showOnProfile: boolean("show_on_profile").notNull().default(false),
    isExample: boolean("is_example").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("people_municipality_idx").on(t.municipalityId)],
);

export const changeProjects = pgTable(
  "change_projects",
  {
    id: serial("id").primaryKey(),
    municipalityId: integer("municipality_id")
      .notNull()
      .references(() => municipalities.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    goals: jsonb("goals").$type<string[]>().notNull().default([]),
    phase: text("phase").notNull(),
    startsOn: date("starts_on"),
    endsOn: date("ends_on"),
    learnings: text("learnings").notNull().default(""),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("change_projects_municipality_idx").on(t.municipalityId)],
);

export const changeProjectTopics = pgTable(
  "change_project_topics",
  {
    changeProjectId: integer("change_project_id")
      .notNull()
      .references(() => changeProjects.id, { onDelete: "cascade" }),
    topicSlug: text("topic_slug")
      .notNull()
      .references(() => topics.slug, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.changeProjectId, t.topicSlug] })],
);

export const milestones = pgTable(
  "milestones",
  {
    id: serial("id").primaryKey(),
    changeProjectId: integer("change_project_id")
      .notNull()
      .references(() => changeProjects.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    dueOn: date("due_on"),
    done: boolean("done").notNull().default(false),
  },
  (t) => [index("milestones_project_idx").on(t.changeProjectId)],
);
