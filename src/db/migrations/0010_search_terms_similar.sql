DROP INDEX "search_terms_trgm_idx";--> statement-breakpoint
CREATE INDEX "search_terms_similar_idx" ON "search_terms" USING gin ((term || '') gin_trgm_ops);