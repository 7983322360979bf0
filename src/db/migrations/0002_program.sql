CREATE TABLE "program_attendance" (
	"registration_id" integer NOT NULL,
	"event_day_id" integer NOT NULL,
	"present" boolean NOT NULL,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"marked_by" integer,
	CONSTRAINT "program_attendance_registration_id_event_day_id_pk" PRIMARY KEY("registration_id","event_day_id")
);
--> statement-breakpoint
CREATE TABLE "program_cohort" (
	"program_id" integer NOT NULL,
	"municipality_id" integer NOT NULL,
	CONSTRAINT "program_cohort_program_id_municipality_id_pk" PRIMARY KEY("program_id","municipality_id")
);
--> statement-breakpoint
CREATE TABLE "program_event_days" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL,
	"date" date NOT NULL,
	"starts_at" text,
	"ends_at" text
);
--> statement-breakpoint
CREATE TABLE "program_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"program_id" integer NOT NULL,
	"format_id" integer NOT NULL,
	"title" text NOT NULL,
	"module_number" integer,
	"municipality_id" integer,
	"place" text DEFAULT '' NOT NULL,
	"online_url" text DEFAULT '' NOT NULL,
	"capacity" integer,
	"registration_opens_on" date,
	"registration_closes_on" date,
	"audience" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"speakers" text DEFAULT '' NOT NULL,
	"cancelled" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_formats" (
	"id" serial PRIMARY KEY NOT NULL,
	"program_id" integer NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"rule" jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_programs" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	CONSTRAINT "program_programs_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "program_registrations" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL,
	"user_id" integer,
	"municipality_id" integer,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"status" text NOT NULL,
	"confirm_token_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_tandem_members" (
	"id" serial PRIMARY KEY NOT NULL,
	"program_id" integer NOT NULL,
	"municipality_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"role" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date
);
--> statement-breakpoint
ALTER TABLE "program_attendance" ADD CONSTRAINT "program_attendance_registration_id_program_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."program_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_attendance" ADD CONSTRAINT "program_attendance_event_day_id_program_event_days_id_fk" FOREIGN KEY ("event_day_id") REFERENCES "public"."program_event_days"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_attendance" ADD CONSTRAINT "program_attendance_marked_by_users_id_fk" FOREIGN KEY ("marked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_cohort" ADD CONSTRAINT "program_cohort_program_id_program_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program_programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_cohort" ADD CONSTRAINT "program_cohort_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_event_days" ADD CONSTRAINT "program_event_days_event_id_program_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."program_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_events" ADD CONSTRAINT "program_events_program_id_program_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program_programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_events" ADD CONSTRAINT "program_events_format_id_program_formats_id_fk" FOREIGN KEY ("format_id") REFERENCES "public"."program_formats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_events" ADD CONSTRAINT "program_events_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_formats" ADD CONSTRAINT "program_formats_program_id_program_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program_programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_registrations" ADD CONSTRAINT "program_registrations_event_id_program_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."program_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_registrations" ADD CONSTRAINT "program_registrations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_registrations" ADD CONSTRAINT "program_registrations_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_tandem_members" ADD CONSTRAINT "program_tandem_members_program_id_program_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program_programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_tandem_members" ADD CONSTRAINT "program_tandem_members_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_tandem_members" ADD CONSTRAINT "program_tandem_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "program_event_days_event_idx" ON "program_event_days" USING btree ("event_id","date");--> statement-breakpoint
CREATE INDEX "program_events_program_idx" ON "program_events" USING btree ("program_id","format_id");--> statement-breakpoint
CREATE INDEX "program_registrations_event_idx" ON "program_registrations" USING btree ("event_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "program_registrations_event_email_idx" ON "program_registrations" USING btree ("event_id","email");--> statement-breakpoint
CREATE INDEX "program_tandem_members_municipality_idx" ON "program_tandem_members" USING btree ("program_id","municipality_id");--> statement-breakpoint
CREATE INDEX "program_tandem_members_user_idx" ON "program_tandem_members" USING btree ("user_id");