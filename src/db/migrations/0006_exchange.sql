CREATE TABLE "search_documents" (
	"kind" text NOT NULL,
	"id" integer NOT NULL,
	"audience" text NOT NULL,
	"vector" "tsvector" NOT NULL,
	"municipality_id" integer,
	"state_code" text,
	"municipality_kind" text,
	"population" integer,
	"topics" text[] DEFAULT '{}' NOT NULL,
	"has_failures" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "search_documents_kind_id_pk" PRIMARY KEY("kind","id")
);
--> statement-breakpoint
CREATE TABLE "search_synonyms" (
	"id" serial PRIMARY KEY NOT NULL,
	"expressions" text[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_terms" (
	"term" text PRIMARY KEY NOT NULL,
	"documents" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_personas" (
	"id" serial PRIMARY KEY NOT NULL,
	"municipality_id" integer NOT NULL,
	"name" text NOT NULL,
	"role" text DEFAULT '' NOT NULL,
	"drives" text DEFAULT '' NOT NULL,
	"stumbling_blocks" text DEFAULT '' NOT NULL,
	"what_works" text DEFAULT '' NOT NULL,
	"next_steps" text DEFAULT '' NOT NULL,
	"shared" boolean DEFAULT false NOT NULL,
	"is_example" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_report_attachments" (
	"id" serial PRIMARY KEY NOT NULL,
	"report_id" integer NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"data" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_report_topics" (
	"report_id" integer NOT NULL,
	"topic_slug" text NOT NULL,
	CONSTRAINT "exchange_report_topics_report_id_topic_slug_pk" PRIMARY KEY("report_id","topic_slug")
);
--> statement-breakpoint
CREATE TABLE "exchange_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"municipality_id" integer NOT NULL,
	"author_id" integer,
	"change_project_id" integer,
	"title" text NOT NULL,
	"problem" text DEFAULT '' NOT NULL,
	"context" text DEFAULT '' NOT NULL,
	"approach" text DEFAULT '' NOT NULL,
	"worked" text DEFAULT '' NOT NULL,
	"not_worked" text DEFAULT '' NOT NULL,
	"transfer" text DEFAULT '' NOT NULL,
	"contact_name" text DEFAULT '' NOT NULL,
	"contact_email" text DEFAULT '' NOT NULL,
	"visibility" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"review_note" text DEFAULT '' NOT NULL,
	"is_example" boolean DEFAULT false NOT NULL,
	"published_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_proposal_comments" (
	"id" serial PRIMARY KEY NOT NULL,
	"proposal_id" integer NOT NULL,
	"author_id" integer,
	"author_name" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_proposal_votes" (
	"proposal_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchange_proposal_votes_proposal_id_user_id_pk" PRIMARY KEY("proposal_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "exchange_proposals" (
	"id" serial PRIMARY KEY NOT NULL,
	"program_id" integer NOT NULL,
	"occasion" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"proposer_id" integer,
	"municipality_id" integer,
	"status" text DEFAULT 'open' NOT NULL,
	"decision_reason" text DEFAULT '' NOT NULL,
	"merged_into_id" integer,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "exchange_personas" ADD CONSTRAINT "exchange_personas_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_report_attachments" ADD CONSTRAINT "exchange_report_attachments_report_id_exchange_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."exchange_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_report_topics" ADD CONSTRAINT "exchange_report_topics_report_id_exchange_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."exchange_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_report_topics" ADD CONSTRAINT "exchange_report_topics_topic_slug_topics_slug_fk" FOREIGN KEY ("topic_slug") REFERENCES "public"."topics"("slug") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_reports" ADD CONSTRAINT "exchange_reports_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_reports" ADD CONSTRAINT "exchange_reports_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_reports" ADD CONSTRAINT "exchange_reports_change_project_id_change_projects_id_fk" FOREIGN KEY ("change_project_id") REFERENCES "public"."change_projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_proposal_comments" ADD CONSTRAINT "exchange_proposal_comments_proposal_id_exchange_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."exchange_proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_proposal_comments" ADD CONSTRAINT "exchange_proposal_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_proposal_votes" ADD CONSTRAINT "exchange_proposal_votes_proposal_id_exchange_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."exchange_proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_proposal_votes" ADD CONSTRAINT "exchange_proposal_votes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_proposals" ADD CONSTRAINT "exchange_proposals_program_id_program_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program_programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_proposals" ADD CONSTRAINT "exchange_proposals_proposer_id_users_id_fk" FOREIGN KEY ("proposer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_proposals" ADD CONSTRAINT "exchange_proposals_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "search_documents_vector_idx" ON "search_documents" USING gin ("vector");--> statement-breakpoint
CREATE INDEX "search_terms_trgm_idx" ON "search_terms" USING gin ("term" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "exchange_personas_municipality_idx" ON "exchange_personas" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "exchange_report_attachments_report_idx" ON "exchange_report_attachments" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "exchange_reports_municipality_idx" ON "exchange_reports" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "exchange_reports_status_idx" ON "exchange_reports" USING btree ("status");--> statement-breakpoint
CREATE INDEX "exchange_proposal_comments_proposal_idx" ON "exchange_proposal_comments" USING btree ("proposal_id");--> statement-breakpoint
CREATE INDEX "exchange_proposal_votes_user_idx" ON "exchange_proposal_votes" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "exchange_proposals_program_idx" ON "exchange_proposals" USING btree ("program_id");