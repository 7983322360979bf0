CREATE TABLE "call_applications" (
	"id" serial PRIMARY KEY NOT NULL,
	"call_id" integer NOT NULL,
	"municipality_id" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"change_project_id" integer,
	"project_title" text DEFAULT '' NOT NULL,
	"project_summary" text DEFAULT '' NOT NULL,
	"project_topics" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"planning_stage" text DEFAULT '' NOT NULL,
	"situation" text DEFAULT '' NOT NULL,
	"expectations" text DEFAULT '' NOT NULL,
	"commitment" jsonb DEFAULT '{"trainings":false,"workingGroups":false,"checkIns":false,"hoursPerMonth":0}'::jsonb NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"letter_name" text,
	"letter" "bytea",
	"submitted_at" timestamp with time zone,
	"decision" text,
	"decision_reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"override" text,
	"replaced_by" integer,
	"notified_at" timestamp with time zone,
	"is_example" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "call_reviews" (
	"application_id" integer NOT NULL,
	"reviewer_id" integer NOT NULL,
	"scores" jsonb NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "call_reviews_application_id_reviewer_id_pk" PRIMARY KEY("application_id","reviewer_id")
);
--> statement-breakpoint
CREATE TABLE "call_tandems" (
	"application_id" integer NOT NULL,
	"role" text NOT NULL,
	"user_id" integer,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"job_title" text DEFAULT '' NOT NULL,
	"invite_token_hash" text,
	"invited_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"agreed_at" timestamp with time zone,
	CONSTRAINT "call_tandems_application_id_role_pk" PRIMARY KEY("application_id","role"),
	CONSTRAINT "call_tandems_invite_token_hash_unique" UNIQUE("invite_token_hash")
);
--> statement-breakpoint
CREATE TABLE "calls" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"period_starts_on" date NOT NULL,
	"period_ends_on" date NOT NULL,
	"places" integer NOT NULL,
	"description" text NOT NULL,
	"selection" text NOT NULL,
	"criteria" jsonb NOT NULL,
	"questions" jsonb NOT NULL,
	"scale_max" integer DEFAULT 5 NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"retention_months" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"program_id" integer,
	"decided_at" timestamp with time zone,
	"purged_at" timestamp with time zone,
	"is_example" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calls_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "call_applications" ADD CONSTRAINT "call_applications_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_applications" ADD CONSTRAINT "call_applications_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_applications" ADD CONSTRAINT "call_applications_change_project_id_change_projects_id_fk" FOREIGN KEY ("change_project_id") REFERENCES "public"."change_projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_reviews" ADD CONSTRAINT "call_reviews_application_id_call_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."call_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_reviews" ADD CONSTRAINT "call_reviews_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_tandems" ADD CONSTRAINT "call_tandems_application_id_call_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."call_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_tandems" ADD CONSTRAINT "call_tandems_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_program_id_program_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program_programs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "call_applications_call_municipality_idx" ON "call_applications" USING btree ("call_id","municipality_id");--> statement-breakpoint
CREATE INDEX "call_applications_municipality_idx" ON "call_applications" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "call_reviews_reviewer_idx" ON "call_reviews" USING btree ("reviewer_id");--> statement-breakpoint
CREATE INDEX "call_tandems_email_idx" ON "call_tandems" USING btree ("email");--> statement-breakpoint
CREATE INDEX "call_tandems_user_idx" ON "call_tandems" USING btree ("user_id");