import { sql } from "drizzle-orm";
import { boolean, customType, index, integer, pgTable, primaryKey, serial, text, timestamp } from "drizzle-orm/pg-core";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * One searchable thing (a practice report, a change project, a municipality, an article), written
 * by the module that owns it. `vector` holds our own analysed terms (see german.ts) of title and
 * text in the `simple` configuration, without positions (small enough to stay in the row);
 * `title` the terms of the title alone.
 */
export const searchDocuments = pgTable(
  "search_documents",
  {
    kind: text("kind").notNull(),
    id: integer("id").notNull(),
    /** Who may find it: "public", "network", "cohort:<program>", "municipality:<id>". */
    audience: text("audience").notNull(),
    vector: tsvector("vector").notNull(),
    title: tsvector("title").notNull().default(""),
    municipalityId: integer("municipality_id"),
    stateCode: text("state_code"),
    municipalityKind: text("municipality_kind"),
    population: integer("population"),
    topics: text("topics").array().notNull().default([]),
    hasFailures: boolean("has_failures").notNull().default(false),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.id] }), index("search_documents_vector_idx").using("gin", t.vector)],
);

/**
 * How many documents hold each term: the vocabulary for idf weights and typo corrections.
 * The empty term (never a real one, terms are [a-z0-9]+) counts all documents.
 */
export const searchTerms = pgTable(
  "search_terms",
  {
    term: text("term").primaryKey(),
    documents: integer("documents").notNull(),
  },
  // On an expression, so that looking up exact terms keeps using the primary key: PostgreSQL would
  // otherwise answer `term = any(…)` through this trigram index, a hundred times slower.
  () => [index("search_terms_similar_idx").using("gin", sql`(term || '') gin_trgm_ops`)],
);

/** Groups of expressions that mean the same, edited by the team (KJSG ↔ Kinder- und Jugendstärkungsgesetz). */
export const searchSynonyms = pgTable("search_synonyms", {
  id: serial("id").primaryKey(),
  expressions: text("expressions").array().notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Which version of the text analysis built the index (see analysis.ts); a different one means: index again. */
export const searchState = pgTable("search_state", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});
