CREATE TABLE "attachment_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"attachment_id" uuid NOT NULL,
	"version_number" integer NOT NULL,
	"storage_key" text,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"purged_at" timestamp with time zone,
	"purge_reason" text,
	CONSTRAINT "attachment_files_version_check" CHECK ("attachment_files"."version_number" >= 1),
	CONSTRAINT "attachment_files_bytes_check" CHECK ("attachment_files"."storage_key" is not null or "attachment_files"."purged_at" is not null),
	CONSTRAINT "attachment_files_purge_reason_check" CHECK (("attachment_files"."purged_at" is null) = ("attachment_files"."purge_reason" is null))
);
--> statement-breakpoint
ALTER TABLE "case_attachments" ADD COLUMN "visibility" text DEFAULT 'public' NOT NULL;--> statement-breakpoint
ALTER TABLE "case_attachments" ADD COLUMN "kind" text DEFAULT 'document' NOT NULL;--> statement-breakpoint
ALTER TABLE "case_attachments" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "attachment_files" ADD CONSTRAINT "attachment_files_attachment_id_case_attachments_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."case_attachments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachment_files" ADD CONSTRAINT "attachment_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "attachment_files_version_key" ON "attachment_files" USING btree ("attachment_id","version_number");--> statement-breakpoint
CREATE INDEX "attachment_files_purged_idx" ON "attachment_files" USING btree ("purged_at","storage_key");--> statement-breakpoint
CREATE INDEX "case_attachments_kind_idx" ON "case_attachments" USING btree ("kind");--> statement-breakpoint
ALTER TABLE "case_attachments" ADD CONSTRAINT "case_attachments_visibility_check" CHECK ("case_attachments"."visibility" in ('internal', 'council', 'public'));--> statement-breakpoint
ALTER TABLE "case_attachments" ADD CONSTRAINT "case_attachments_kind_check" CHECK ("case_attachments"."kind" in ('document', 'audio'));--> statement-breakpoint
ALTER TABLE "case_attachments" ADD CONSTRAINT "case_attachments_audio_internal_check" CHECK ("case_attachments"."kind" <> 'audio' or "case_attachments"."visibility" = 'internal');