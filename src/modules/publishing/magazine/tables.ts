import { boolean, customType, index, integer, pgTable, primaryKey, serial, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "../../../platform/auth/tables.ts";
import { keyOf } from "../../../db/references.ts";

const bytea = customType<{ data: Buffer }>({ dataType: () => "bytea" });

/** People who write for the Magazin; not necessarily accounts (guest authors). The e-mail is never published. */
export const authors = pgTable("publishing_authors", {
  id: serial("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  role: text("role").notNull().default(""),
  bio: text("bio").notNull().default(""),
  email: text("email").notNull().default(""),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A Magazin article. Body in Markdown. status "draft" or "published"; a published article whose
 * publishAt lies in the future is scheduled and not shown until then.
 */
export const articles = pgTable(
  "publishing_articles",
  {
    id: serial("id").primaryKey(),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    teaser: text("teaser").notNull().default(""),
    body: text("body").notNull().default(""),
    status: text("status").notNull().default("draft"),
    publishAt: timestamp("publish_at", { withTimezone: true }),
    commentsOpen: boolean("comments_open").notNull().default(true),
    isExample: boolean("is_example").notNull().default(false),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("publishing_articles_published_idx").on(t.status, t.publishAt)],
);

export const articleAuthors = pgTable(
  "publishing_article_authors",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    authorId: integer("author_id")
      .notNull()
      .references(() => authors.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.authorId] })],
);

/** Tags of an article: `tag` is the slug used in addresses, `label` how it is written. */
export const articleTags = pgTable(
  "publishing_article_tags",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    tag: text("tag").notNull(),
    label: text("label").notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tag] }), index("publishing_article_tags_tag_idx").on(t.tag)],
);

/** Related articles chosen by the editors ("Mehr zum Thema"); without a choice they are computed. */
export const articleRelated = pgTable(
  "publishing_article_related",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    relatedId: integer("related_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.relatedId] })],
);

export const articleMunicipalities = pgTable(
  "publishing_article_municipalities",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    municipalityId: integer("municipality_id")
      .notNull()
      .references(() => keyOf("municipalities"), { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.municipalityId] })],
);

export const articleEvents = pgTable(
  "publishing_article_events",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    eventId: integer("event_id")
      .notNull()
      .references(() => keyOf("program_events"), { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.eventId] })],
);

/** Every saved state of an article, newest last. */
export const articleRevisions = pgTable(
  "publishing_article_revisions",
  {
    id: serial("id").primaryKey(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    teaser: text("teaser").notNull(),
    body: text("body").notNull(),
    savedBy: integer("saved_by").references(() => users.id, { onDelete: "set null" }),
    savedAt: timestamp("saved_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("publishing_article_revisions_article_idx").on(t.articleId)],
);

/** Images for articles (and other publications), referenced from Markdown by their address. */
export const images = pgTable("publishing_images", {
  id: serial("id").primaryKey(),
  fileName: text("file_name").notNull(),
  contentType: text("content_type").notNull(),
  size: integer("size").notNull(),
  alt: text("alt").notNull().default(""),
  data: bytea("data").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
