CREATE TABLE "strategy_import_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_name" text NOT NULL,
	"format" text NOT NULL,
	"rows" jsonb NOT NULL,
	"file_errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone,
	CONSTRAINT "strategy_import_batches_format_check" CHECK ("strategy_import_batches"."format" in ('csv', 'xlsx'))
);
--> statement-breakpoint
ALTER TABLE "strategy_import_batches" ADD CONSTRAINT "strategy_import_batches_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_import_batches" ADD CONSTRAINT "strategy_import_batches_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "strategy_import_batches_created_idx" ON "strategy_import_batches" USING btree ("created_at");