CREATE TABLE "publishing_article_authors" (
	"article_id" integer NOT NULL,
	"author_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "publishing_article_authors_article_id_author_id_pk" PRIMARY KEY("article_id","author_id")
);
--> statement-breakpoint
CREATE TABLE "publishing_article_events" (
	"article_id" integer NOT NULL,
	"event_id" integer NOT NULL,
	CONSTRAINT "publishing_article_events_article_id_event_id_pk" PRIMARY KEY("article_id","event_id")
);
--> statement-breakpoint
CREATE TABLE "publishing_article_municipalities" (
	"article_id" integer NOT NULL,
	"municipality_id" integer NOT NULL,
	CONSTRAINT "publishing_article_municipalities_article_id_municipality_id_pk" PRIMARY KEY("article_id","municipality_id")
);
--> statement-breakpoint
CREATE TABLE "publishing_article_related" (
	"article_id" integer NOT NULL,
	"related_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "publishing_article_related_article_id_related_id_pk" PRIMARY KEY("article_id","related_id")
);
--> statement-breakpoint
CREATE TABLE "publishing_article_revisions" (
	"id" serial PRIMARY KEY NOT NULL,
	"article_id" integer NOT NULL,
	"title" text NOT NULL,
	"teaser" text NOT NULL,
	"body" text NOT NULL,
	"saved_by" integer,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "publishing_article_tags" (
	"article_id" integer NOT NULL,
	"tag" text NOT NULL,
	"label" text NOT NULL,
	CONSTRAINT "publishing_article_tags_article_id_tag_pk" PRIMARY KEY("article_id","tag")
);
--> statement-breakpoint
CREATE TABLE "publishing_articles" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"teaser" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"publish_at" timestamp with time zone,
	"comments_open" boolean DEFAULT true NOT NULL,
	"is_example" boolean DEFAULT false NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "publishing_articles_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "publishing_authors" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"role" text DEFAULT '' NOT NULL,
	"bio" text DEFAULT '' NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "publishing_authors_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "publishing_images" (
	"id" serial PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"alt" text DEFAULT '' NOT NULL,
	"data" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "publishing_blocked_addresses" (
	"email" text PRIMARY KEY NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "publishing_comments" (
	"id" serial PRIMARY KEY NOT NULL,
	"article_id" integer NOT NULL,
	"parent_id" integer,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"body" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"edited_by_moderation" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	"notified_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "newsletter_deliveries" (
	"issue_id" integer NOT NULL,
	"subscriber_id" integer NOT NULL,
	"email" text NOT NULL,
	"message_id" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text DEFAULT '' NOT NULL,
	"locked_until" timestamp with time zone,
	"sent_at" timestamp with time zone,
	CONSTRAINT "newsletter_deliveries_issue_id_subscriber_id_pk" PRIMARY KEY("issue_id","subscriber_id")
);
--> statement-breakpoint
CREATE TABLE "newsletter_issues" (
	"id" serial PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"editorial" text DEFAULT '' NOT NULL,
	"article_ids" integer[] DEFAULT '{}' NOT NULL,
	"event_ids" integer[] DEFAULT '{}' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	CONSTRAINT "newsletter_issues_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "newsletter_subscribers" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"confirm_token_hash" text,
	"unsubscribe_token" text NOT NULL,
	"consent_text" text NOT NULL,
	"consent_at" timestamp with time zone NOT NULL,
	"confirmed_at" timestamp with time zone,
	"unsubscribed_at" timestamp with time zone,
	"last_confirmation_mail_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "newsletter_subscribers_email_unique" UNIQUE("email"),
	CONSTRAINT "newsletter_subscribers_unsubscribe_token_unique" UNIQUE("unsubscribe_token")
);
--> statement-breakpoint
CREATE TABLE "podcast_audio" (
	"episode_id" integer PRIMARY KEY NOT NULL,
	"data" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "podcast_episodes" (
	"id" serial PRIMARY KEY NOT NULL,
	"season_id" integer NOT NULL,
	"number" integer NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"guests" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"chapters" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"transcript" text DEFAULT '' NOT NULL,
	"topics" text[] DEFAULT '{}' NOT NULL,
	"audio_file_name" text,
	"audio_type" text,
	"audio_size" integer,
	"duration_seconds" integer,
	"is_example" boolean DEFAULT false NOT NULL,
	"published_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "podcast_episodes_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "podcast_seasons" (
	"id" serial PRIMARY KEY NOT NULL,
	"number" integer NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	CONSTRAINT "podcast_seasons_number_unique" UNIQUE("number"),
	CONSTRAINT "podcast_seasons_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "guide_chapters" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"level" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"title" text NOT NULL,
	"intro" text DEFAULT '' NOT NULL,
	"topics" text[] DEFAULT '{}' NOT NULL,
	CONSTRAINT "guide_chapters_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "guide_sections" (
	"id" serial PRIMARY KEY NOT NULL,
	"chapter_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "publishing_barrier_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"page_url" text DEFAULT '' NOT NULL,
	"description" text NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "publishing_article_authors" ADD CONSTRAINT "publishing_article_authors_article_id_publishing_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."publishing_articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publishing_article_authors" ADD CONSTRAINT "publishing_article_authors_author_id_publishing_authors_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."publishing_authors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publishing_article_events" ADD CONSTRAINT "publishing_article_events_article_id_publishing_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."publishing_articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publishing_article_events" ADD CONSTRAINT "publishing_article_events_event_id_program_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."program_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publishing_article_municipalities" ADD CONSTRAINT "publishing_article_municipalities_article_id_publishing_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."publishing_articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publishing_article_municipalities" ADD CONSTRAINT "publishing_article_municipalities_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publishing_article_related" ADD CONSTRAINT "publishing_article_related_article_id_publishing_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."publishing_articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publishing_article_related" ADD CONSTRAINT "publishing_article_related_related_id_publishing_articles_id_fk" FOREIGN KEY ("related_id") REFERENCES "public"."publishing_articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publishing_article_revisions" ADD CONSTRAINT "publishing_article_revisions_article_id_publishing_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."publishing_articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publishing_article_revisions" ADD CONSTRAINT "publishing_article_revisions_saved_by_users_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publishing_article_tags" ADD CONSTRAINT "publishing_article_tags_article_id_publishing_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."publishing_articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publishing_articles" ADD CONSTRAINT "publishing_articles_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publishing_comments" ADD CONSTRAINT "publishing_comments_article_id_publishing_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."publishing_articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publishing_comments" ADD CONSTRAINT "publishing_comments_parent_id_publishing_comments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."publishing_comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "newsletter_deliveries" ADD CONSTRAINT "newsletter_deliveries_issue_id_newsletter_issues_id_fk" FOREIGN KEY ("issue_id") REFERENCES "public"."newsletter_issues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "newsletter_deliveries" ADD CONSTRAINT "newsletter_deliveries_subscriber_id_newsletter_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."newsletter_subscribers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "newsletter_issues" ADD CONSTRAINT "newsletter_issues_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "podcast_audio" ADD CONSTRAINT "podcast_audio_episode_id_podcast_episodes_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."podcast_episodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "podcast_episodes" ADD CONSTRAINT "podcast_episodes_season_id_podcast_seasons_id_fk" FOREIGN KEY ("season_id") REFERENCES "public"."podcast_seasons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guide_sections" ADD CONSTRAINT "guide_sections_chapter_id_guide_chapters_id_fk" FOREIGN KEY ("chapter_id") REFERENCES "public"."guide_chapters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "publishing_article_revisions_article_idx" ON "publishing_article_revisions" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "publishing_article_tags_tag_idx" ON "publishing_article_tags" USING btree ("tag");--> statement-breakpoint
CREATE INDEX "publishing_articles_published_idx" ON "publishing_articles" USING btree ("status","publish_at");--> statement-breakpoint
CREATE INDEX "publishing_comments_article_idx" ON "publishing_comments" USING btree ("article_id","status");--> statement-breakpoint
CREATE INDEX "publishing_comments_status_idx" ON "publishing_comments" USING btree ("status");--> statement-breakpoint
CREATE INDEX "newsletter_deliveries_status_idx" ON "newsletter_deliveries" USING btree ("issue_id","status");--> statement-breakpoint
CREATE INDEX "newsletter_subscribers_status_idx" ON "newsletter_subscribers" USING btree ("status");--> statement-breakpoint
CREATE INDEX "podcast_episodes_season_idx" ON "podcast_episodes" USING btree ("season_id");--> statement-breakpoint
CREATE INDEX "guide_sections_chapter_idx" ON "guide_sections" USING btree ("chapter_id");--> statement-breakpoint
ALTER TABLE "podcast_audio" ALTER COLUMN "data" SET STORAGE EXTERNAL;
