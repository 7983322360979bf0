import { boolean, customType, index, integer, jsonb, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

const bytea = customType<{ data: Buffer }>({ dataType: () => "bytea" });

export interface Chapter {
  /** Seconds from the start. */
  start: number;
  title: string;
}

export interface Guest {
  name: string;
  role: string;
  municipalityId: number | null;
}

/** A season of "Rebellion im Aktenschrank". */
export const seasons = pgTable("podcast_seasons", {
  id: serial("id").primaryKey(),
  number: integer("number").notNull().unique(),
  slug: text("slug").notNull().unique(),
  title: text("title").notNull(),
  description: text("description").notNull().default(""),
});

/** An episode; publishedAt null is a draft. The audio itself is in podcast_audio. */
export const episodes = pgTable(
  "podcast_episodes",
  {
    id: serial("id").primaryKey(),
    seasonId: integer("season_id")
      .notNull()
      .references(() => seasons.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    guests: jsonb("guests").$type<Guest[]>().notNull().default([]),
    chapters: jsonb("chapters").$type<Chapter[]>().notNull().default([]),
    transcript: text("transcript").notNull().default(""),
    topics: text("topics").array().notNull().default([]),
    audioFileName: text("audio_file_name"),
    audioType: text("audio_type"),
    audioSize: integer("audio_size"),
    durationSeconds: integer("duration_seconds"),
    isExample: boolean("is_example").notNull().default(false),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("podcast_episodes_season_idx").on(t.seasonId)],
);

/** The audio of an episode, stored uncompressed (see the migration) so ranges are read without loading the whole file. */
export const audio = pgTable("podcast_audio", {
  episodeId: integer("episode_id")
    .primaryKey()
    .references(() => episodes.id, { onDelete: "cascade" }),
  data: bytea("data").notNull(),
});
