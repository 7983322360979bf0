CREATE TABLE "program_feed_tokens" (
	"user_id" integer PRIMARY KEY NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_feed_tokens_token_unique" UNIQUE("token")
);
--> statement-breakpoint
ALTER TABLE "program_feed_tokens" ADD CONSTRAINT "program_feed_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;