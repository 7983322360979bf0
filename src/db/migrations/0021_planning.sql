CREATE TABLE "planning_areas" (
	"id" serial PRIMARY KEY NOT NULL,
	"cut_id" integer NOT NULL,
	"position" integer NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"parent_key" text,
	"geometry" jsonb,
	"display" jsonb,
	"problems" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "planning_areas_cut_key" UNIQUE("cut_id","key"),
	CONSTRAINT "planning_areas_cut_position" UNIQUE("cut_id","position")
);
--> statement-breakpoint
CREATE TABLE "planning_cuts" (
	"id" serial PRIMARY KEY NOT NULL,
	"municipality_id" integer NOT NULL,
	"label" text NOT NULL,
	"source" text NOT NULL,
	"crs" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"replaced_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "planning_editors" (
	"municipality_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	CONSTRAINT "planning_editors_municipality_id_user_id_pk" PRIMARY KEY("municipality_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "planning_imports" (
	"id" serial PRIMARY KEY NOT NULL,
	"municipality_id" integer NOT NULL,
	"filename" text NOT NULL,
	"status" text NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"report" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "planning_indicators" (
	"id" serial PRIMARY KEY NOT NULL,
	"municipality_id" integer,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"definition" text DEFAULT '' NOT NULL,
	"numerator" text DEFAULT '' NOT NULL,
	"denominator" text DEFAULT '' NOT NULL,
	"unit" text NOT NULL,
	"polarity" text NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"reference_date" text DEFAULT '' NOT NULL,
	"period" text DEFAULT 'Jahr' NOT NULL,
	"min_cases" integer DEFAULT 3 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "planning_indicators_key" UNIQUE NULLS NOT DISTINCT("municipality_id","key")
);
--> statement-breakpoint
CREATE TABLE "planning_mappings" (
	"id" serial PRIMARY KEY NOT NULL,
	"municipality_id" integer NOT NULL,
	"name" text NOT NULL,
	"mapping" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "planning_mappings_name" UNIQUE("municipality_id","name")
);
--> statement-breakpoint
CREATE TABLE "planning_publications" (
	"id" serial PRIMARY KEY NOT NULL,
	"municipality_id" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"settings" jsonb NOT NULL,
	"show_table" boolean DEFAULT true NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "planning_series" (
	"cut_id" integer NOT NULL,
	"indicator_id" integer NOT NULL,
	"period" text NOT NULL,
	"values" "bytea" NOT NULL,
	"cases" "bytea" NOT NULL,
	"marks" "bytea" NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "planning_series_cut_id_indicator_id_period_pk" PRIMARY KEY("cut_id","indicator_id","period")
);
--> statement-breakpoint
CREATE TABLE "planning_uploads" (
	"id" serial PRIMARY KEY NOT NULL,
	"municipality_id" integer NOT NULL,
	"user_id" integer,
	"filename" text NOT NULL,
	"data" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "planning_areas" ADD CONSTRAINT "planning_areas_cut_id_planning_cuts_id_fk" FOREIGN KEY ("cut_id") REFERENCES "public"."planning_cuts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_cuts" ADD CONSTRAINT "planning_cuts_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_editors" ADD CONSTRAINT "planning_editors_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_editors" ADD CONSTRAINT "planning_editors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_imports" ADD CONSTRAINT "planning_imports_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_indicators" ADD CONSTRAINT "planning_indicators_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_mappings" ADD CONSTRAINT "planning_mappings_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_publications" ADD CONSTRAINT "planning_publications_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_series" ADD CONSTRAINT "planning_series_cut_id_planning_cuts_id_fk" FOREIGN KEY ("cut_id") REFERENCES "public"."planning_cuts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_series" ADD CONSTRAINT "planning_series_indicator_id_planning_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."planning_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_uploads" ADD CONSTRAINT "planning_uploads_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_uploads" ADD CONSTRAINT "planning_uploads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "planning_cuts_municipality_idx" ON "planning_cuts" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "planning_publications_municipality_idx" ON "planning_publications" USING btree ("municipality_id");