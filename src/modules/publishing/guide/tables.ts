import { index, integer, pgTable, serial, text } from "drizzle-orm/pg-core";

/** A chapter of the Change-Guide on one of its three levels: individuell, organisation, kommunal. */
export const guideChapters = pgTable("guide_chapters", {
  id: serial("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  level: text("level").notNull(),
  position: integer("position").notNull().default(0),
  title: text("title").notNull(),
  intro: text("intro").notNull().default(""),
  topics: text("topics").array().notNull().default([]),
});

/** A typed part of a chapter: methode, modell, praxistipp, reflexionsfrage or text. Body in Markdown. */
export const guideSections = pgTable(
  "guide_sections",
  {
    id: serial("id").primaryKey(),
    chapterId: integer("chapter_id")
      .notNull()
      .references(() => guideChapters.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
  },
  (t) => [index("guide_sections_chapter_idx").on(t.chapterId)],
);
