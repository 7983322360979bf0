import { boolean, customType, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, unique } from "drizzle-orm/pg-core";
import { keyOf } from "../../db/references.ts";

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

const municipalityId = () =>
  integer("municipality_id")
    .notNull()
    .references(() => keyOf("municipalities"), { onDelete: "cascade" });

/**
 * A cut of a municipality's planning areas (Gebietsstand). Importing new areas starts a new cut and
 * closes the current one (`replacedAt`); values stay with the cut they were imported for, so an old
 * cut keeps its history and nothing is re-attributed to other areas.
 */
export const planningCuts = pgTable(
  "planning_cuts",
  {
    id: serial("id").primaryKey(),
    municipalityId: municipalityId(),
    label: text("label").notNull(),
    /** import (a GeoJSON or Shapefile), list (typed in, geometry added later). */
    source: text("source").notNull(),
    /** The coordinate reference system of the imported file, e.g. EPSG:25832; empty for a list. */
    crs: text("crs").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    replacedAt: timestamp("replaced_at", { withTimezone: true }),
  },
  (t) => [index("planning_cuts_municipality_idx").on(t.municipalityId)],
);

/** A planning area of a cut. Geometry in WGS84 (GeoJSON order: longitude, latitude); null while an area is only a list entry. */
export const planningAreas = pgTable(
  "planning_areas",
  {
    id: serial("id").primaryKey(),
    cutId: integer("cut_id")
      .notNull()
      .references(() => planningCuts.id, { onDelete: "cascade" }),
    /** The area's place in its cut's value series (rules/series.ts); never reused within a cut. */
    position: integer("position").notNull(),
    /** The official key, as text: leading zeros stay. */
    key: text("key").notNull(),
    name: text("name").notNull(),
    /** The key of the enclosing area in the same cut (Planungsraum → Bezirksregion). */
    parentKey: text("parent_key"),
    geometry: jsonb("geometry"),
    /** The geometry simplified for maps (WGS84). */
    display: jsonb("display"),
    /** What the validation found, in German: [{ code, message }]. */
    problems: jsonb("problems").notNull().default([]),
  },
  (t) => [unique("planning_areas_cut_key").on(t.cutId, t.key), unique("planning_areas_cut_position").on(t.cutId, t.position)],
);

/** An indicator: the starter catalogue (municipality null) or a municipality's own. */
export const planningIndicators = pgTable(
  "planning_indicators",
  {
    id: serial("id").primaryKey(),
    municipalityId: integer("municipality_id").references(() => keyOf("municipalities"), { onDelete: "cascade" }),
    /** Stable key for scripts and imports (einwohner, u18, sgb2_u15 …). */
    key: text("key").notNull(),
    name: text("name").notNull(),
    definition: text("definition").notNull().default(""),
    numerator: text("numerator").notNull().default(""),
    denominator: text("denominator").notNull().default(""),
    unit: text("unit").notNull(),
    /** more: a higher value means more need; less: a higher value means less need. */
    polarity: text("polarity").notNull(),
    source: text("source").notNull().default(""),
    /** The reference date within a period, e.g. "31.12.". */
    referenceDate: text("reference_date").notNull().default(""),
    /** The kind of period, e.g. "Jahr" or "Schuljahr". */
    period: text("period").notNull().default("Jahr"),
    /** Values from fewer cases are suppressed. */
    minCases: integer("min_cases").notNull().default(3),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("planning_indicators_key").on(t.municipalityId, t.key).nullsNotDistinct()],
);

/**
 * The values of one indicator for one period over the areas of a cut, as columns (ADR 0011): entry i
 * belongs to the area at position i. values: float64 (NaN: no value); cases: int32 (-1: not given);
 * marks: one byte per area (reference.ts, valueMarks).
 */
export const planningSeries = pgTable(
  "planning_series",
  {
    cutId: integer("cut_id")
      .notNull()
      .references(() => planningCuts.id, { onDelete: "cascade" }),
    indicatorId: integer("indicator_id")
      .notNull()
      .references(() => planningIndicators.id, { onDelete: "cascade" }),
    period: text("period").notNull(),
    values: bytea("values").notNull(),
    cases: bytea("cases").notNull(),
    marks: bytea("marks").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.cutId, t.indicatorId, t.period] })],
);

/** A remembered column mapping for value files of one source (a wide table, a GENESIS flat file). */
export const planningMappings = pgTable(
  "planning_mappings",
  {
    id: serial("id").primaryKey(),
    municipalityId: municipalityId(),
    name: text("name").notNull(),
    mapping: jsonb("mapping").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("planning_mappings_name").on(t.municipalityId, t.name)],
);

/** An uploaded file kept for the next step (mapping, a long import); removed after a day. */
export const planningUploads = pgTable("planning_uploads", {
  id: serial("id").primaryKey(),
  municipalityId: municipalityId(),
  userId: integer("user_id").references(() => keyOf("users"), { onDelete: "cascade" }),
  filename: text("filename").notNull(),
  data: bytea("data").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** An import of values that runs longer than a request; its page shows the progress. status: running, done, failed. */
export const planningImports = pgTable("planning_imports", {
  id: serial("id").primaryKey(),
  municipalityId: municipalityId(),
  filename: text("filename").notNull(),
  status: text("status").notNull(),
  done: integer("done").notNull().default(0),
  total: integer("total").notNull().default(0),
  report: jsonb("report").notNull().default({}),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Members a municipality's leader allows to change planning data (besides the planning specialists and the leader). */
export const planningEditors = pgTable(
  "planning_editors",
  {
    municipalityId: municipalityId(),
    userId: integer("user_id")
      .notNull()
      .references(() => keyOf("users"), { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.userId] })],
);

/**
 * A map the municipality published: one indicator, or the index of an analysis (settings: the
 * analysis's indicators, weights, period, standardisation, classes). Public, shown on the profile.
 */
export const planningPublications = pgTable(
  "planning_publications",
  {
    id: serial("id").primaryKey(),
    municipalityId: municipalityId(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    settings: jsonb("settings").notNull(),
    showTable: boolean("show_table").notNull().default(true),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("planning_publications_municipality_idx").on(t.municipalityId)],
);
