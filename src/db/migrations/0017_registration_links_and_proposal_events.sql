CREATE TABLE "program_registration_links" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"registration_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "exchange_proposals" ADD COLUMN "event_id" integer;--> statement-breakpoint
ALTER TABLE "program_registration_links" ADD CONSTRAINT "program_registration_links_registration_id_program_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."program_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "program_registration_links_registration_idx" ON "program_registration_links" USING btree ("registration_id");--> statement-breakpoint
ALTER TABLE "exchange_proposals" ADD CONSTRAINT "exchange_proposals_event_id_program_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."program_events"("id") ON DELETE set null ON UPDATE no action;