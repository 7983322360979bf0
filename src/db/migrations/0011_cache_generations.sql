CREATE TABLE "cache_generations" (
	"name" text PRIMARY KEY NOT NULL,
	"generation" bigint NOT NULL
);
--> statement-breakpoint
CREATE FUNCTION "bump_cache_generation"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO "cache_generations" ("name", "generation") VALUES (TG_ARGV[0], 1)
	ON CONFLICT ("name") DO UPDATE SET "generation" = "cache_generations"."generation" + 1;
	RETURN NULL;
END
$$;
--> statement-breakpoint
DO $$
DECLARE
	t text;
BEGIN
	FOREACH t IN ARRAY ARRAY['municipalities', 'municipality_topics', 'people', 'change_projects', 'change_project_topics', 'milestones', 'topics'] LOOP
		EXECUTE format('CREATE TRIGGER "kommunen_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "bump_cache_generation"(%L)', t, 'kommunen');
	END LOOP;
	FOREACH t IN ARRAY ARRAY['publishing_articles', 'publishing_article_authors', 'publishing_article_tags', 'publishing_article_related', 'publishing_article_municipalities', 'publishing_article_events', 'publishing_authors', 'publishing_comments'] LOOP
		EXECUTE format('CREATE TRIGGER "magazin_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "bump_cache_generation"(%L)', t, 'magazin');
	END LOOP;
END
$$;
