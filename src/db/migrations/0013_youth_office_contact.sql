ALTER TABLE "municipalities" ADD COLUMN "youth_office_phone" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "municipalities" ADD COLUMN "youth_office_email" text DEFAULT '' NOT NULL;