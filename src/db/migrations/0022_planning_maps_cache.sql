-- Published planning maps are kept pages (ADR 0008): generation "karten" moves with every write to the
-- planning tables a published map reads and to municipalities (its name); the profile, which lists the
-- published maps, moves "kommunen" with planning_publications.
DO $$
DECLARE
	t text;
BEGIN
	FOREACH t IN ARRAY ARRAY['planning_publications', 'planning_cuts', 'planning_areas', 'planning_indicators', 'planning_series', 'municipalities'] LOOP
		EXECUTE format('CREATE TRIGGER "karten_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "bump_cache_generation"(%L)', t, 'karten');
	END LOOP;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "kommunen_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "planning_publications" FOR EACH STATEMENT EXECUTE FUNCTION "bump_cache_generation"('kommunen');
