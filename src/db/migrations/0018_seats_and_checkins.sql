CREATE TABLE "program_next_steps" (
	"id" serial PRIMARY KEY NOT NULL,
	"check_in_id" integer NOT NULL,
	"description" text NOT NULL,
	"owner_user_id" integer,
	"due_on" date NOT NULL,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "program_applications_format_email_idx";--> statement-breakpoint
ALTER TABLE "program_applications" ADD COLUMN "replaced_by" integer;--> statement-breakpoint
ALTER TABLE "program_applications" ADD COLUMN "waitlist_place" integer;--> statement-breakpoint
ALTER TABLE "program_applications" ADD COLUMN "confirm_token_hash" text;--> statement-breakpoint
ALTER TABLE "program_applications" ADD COLUMN "answer_token_hash" text;--> statement-breakpoint
ALTER TABLE "program_applications" ADD COLUMN "answer_token_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "program_applications" ADD COLUMN "answered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "program_check_ins" ADD COLUMN "team_notes" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "program_next_steps" ADD CONSTRAINT "program_next_steps_check_in_id_program_check_ins_id_fk" FOREIGN KEY ("check_in_id") REFERENCES "public"."program_check_ins"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_next_steps" ADD CONSTRAINT "program_next_steps_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "program_next_steps_check_in_idx" ON "program_next_steps" USING btree ("check_in_id");--> statement-breakpoint
CREATE INDEX "program_next_steps_owner_idx" ON "program_next_steps" USING btree ("owner_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "program_applications_format_email_idx" ON "program_applications" USING btree ("format_id","email") WHERE "program_applications"."confirm_token_hash" is null;