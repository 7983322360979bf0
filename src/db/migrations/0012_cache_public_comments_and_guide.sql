-- Comments move the Magazin's generation on only when readers could see the change: rows that are or were
-- approved or removed (a public note), and only in what the thread shows. A waiting comment, a moderation
-- decision between hidden states or the mark that mails went out keep the kept pages.
DROP TRIGGER "magazin_changed" ON "publishing_comments";
--> statement-breakpoint
CREATE TRIGGER "magazin_changed" AFTER TRUNCATE ON "publishing_comments" FOR EACH STATEMENT EXECUTE FUNCTION "bump_cache_generation"('magazin');
--> statement-breakpoint
CREATE TRIGGER "magazin_comment_added" AFTER INSERT ON "publishing_comments" FOR EACH ROW
	WHEN (NEW."status" IN ('approved', 'removed'))
	EXECUTE FUNCTION "bump_cache_generation"('magazin');
--> statement-breakpoint
CREATE TRIGGER "magazin_comment_deleted" AFTER DELETE ON "publishing_comments" FOR EACH ROW
	WHEN (OLD."status" IN ('approved', 'removed'))
	EXECUTE FUNCTION "bump_cache_generation"('magazin');
--> statement-breakpoint
CREATE TRIGGER "magazin_comment_changed" AFTER UPDATE ON "publishing_comments" FOR EACH ROW
	WHEN ((OLD."status" IN ('approved', 'removed') OR NEW."status" IN ('approved', 'removed'))
		AND (OLD."status", OLD."article_id", OLD."parent_id", OLD."name", OLD."body", OLD."email" = '', OLD."edited_by_moderation", OLD."created_at")
			IS DISTINCT FROM (NEW."status", NEW."article_id", NEW."parent_id", NEW."name", NEW."body", NEW."email" = '', NEW."edited_by_moderation", NEW."created_at"))
	EXECUTE FUNCTION "bump_cache_generation"('magazin');
--> statement-breakpoint
-- The Change-Guide's PDFs are kept under the generation "guide".
CREATE TRIGGER "guide_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "guide_chapters" FOR EACH STATEMENT EXECUTE FUNCTION "bump_cache_generation"('guide');
--> statement-breakpoint
CREATE TRIGGER "guide_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "guide_sections" FOR EACH STATEMENT EXECUTE FUNCTION "bump_cache_generation"('guide');
