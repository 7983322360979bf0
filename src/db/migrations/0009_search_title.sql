ALTER TABLE "search_documents" ADD COLUMN "title" "tsvector" DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "search_documents" ALTER COLUMN "vector" SET STORAGE MAIN;
