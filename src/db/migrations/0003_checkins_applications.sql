CREATE TABLE "program_applications" (
	"id" serial PRIMARY KEY NOT NULL,
	"format_id" integer NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"municipality_id" integer,
	"municipality_name" text NOT NULL,
	"state_code" text NOT NULL,
	"municipality_kind" text NOT NULL,
	"job_title" text NOT NULL,
	"years_of_experience" integer NOT NULL,
	"perspective" text NOT NULL,
	"motivation" text NOT NULL,
	"tandem_partner_applying" boolean DEFAULT false NOT NULL,
	"partner_name" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"decision_reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"override" text,
	"notified_at" timestamp with time zone,
	"is_example" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_check_ins" (
	"id" serial PRIMARY KEY NOT NULL,
	"program_id" integer NOT NULL,
	"municipality_id" integer NOT NULL,
	"held_on" date NOT NULL,
	"participants" text DEFAULT '' NOT NULL,
	"topics" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"next_steps" text DEFAULT '' NOT NULL,
	"created_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "program_formats" ADD COLUMN "free_seats" integer;--> statement-breakpoint
ALTER TABLE "program_formats" ADD COLUMN "application_deadline" date;--> statement-breakpoint
ALTER TABLE "program_applications" ADD CONSTRAINT "program_applications_format_id_program_formats_id_fk" FOREIGN KEY ("format_id") REFERENCES "public"."program_formats"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_applications" ADD CONSTRAINT "program_applications_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_check_ins" ADD CONSTRAINT "program_check_ins_program_id_program_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program_programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_check_ins" ADD CONSTRAINT "program_check_ins_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_check_ins" ADD CONSTRAINT "program_check_ins_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "program_applications_format_idx" ON "program_applications" USING btree ("format_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "program_applications_format_email_idx" ON "program_applications" USING btree ("format_id","email");--> statement-breakpoint
CREATE INDEX "program_check_ins_municipality_idx" ON "program_check_ins" USING btree ("program_id","municipality_id");