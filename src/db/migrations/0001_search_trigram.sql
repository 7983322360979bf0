CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "municipalities_search_name_trgm_idx" ON "municipalities" USING gin ("search_name" gin_trgm_ops);
