ALTER TABLE "minutes_comments" ADD COLUMN "case_id" uuid;--> statement-breakpoint
ALTER TABLE "minutes_comments" ADD CONSTRAINT "minutes_comments_case_id_council_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."council_cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "minutes_comments_case_idx" ON "minutes_comments" USING btree ("case_id");