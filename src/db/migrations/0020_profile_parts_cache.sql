-- A municipality's kept profile shows the program's tandem and the exchange's published practice reports
-- (profile parts the modules contribute), so their tables move the generation "kommunen" on as well.
CREATE TRIGGER "kommunen_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "program_tandem_members" FOR EACH STATEMENT EXECUTE FUNCTION "bump_cache_generation"('kommunen');
--> statement-breakpoint
CREATE TRIGGER "kommunen_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "exchange_reports" FOR EACH STATEMENT EXECUTE FUNCTION "bump_cache_generation"('kommunen');
--> statement-breakpoint
CREATE TRIGGER "kommunen_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "users" FOR EACH STATEMENT EXECUTE FUNCTION "bump_cache_generation"('kommunen');
