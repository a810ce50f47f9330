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
CREATE TABLE "indicator_categories" (
	"import_id" integer NOT NULL,
	"dimension_position" integer NOT NULL,
	"position" integer NOT NULL,
	"code" text NOT NULL,
	"label" jsonb NOT NULL,
	"unit" text,
	CONSTRAINT "indicator_categories_import_id_dimension_position_position_pk" PRIMARY KEY("import_id","dimension_position","position")
);
--> statement-breakpoint
CREATE TABLE "indicator_dimensions" (
	"import_id" integer NOT NULL,
	"position" integer NOT NULL,
	"code" text NOT NULL,
	"label" jsonb NOT NULL,
	"role" text,
	CONSTRAINT "indicator_dimensions_import_id_position_pk" PRIMARY KEY("import_id","position"),
	CONSTRAINT "indicator_dimensions_role_check" CHECK ("indicator_dimensions"."role" is null or "indicator_dimensions"."role" in ('time', 'geo', 'metric'))
);
--> statement-breakpoint
CREATE TABLE "indicator_focus_areas" (
	"indicator_id" text NOT NULL,
	"focus_area_id" text NOT NULL,
	CONSTRAINT "indicator_focus_areas_indicator_id_focus_area_id_pk" PRIMARY KEY("indicator_id","focus_area_id")
);
--> statement-breakpoint
CREATE TABLE "indicator_goal_statements" (
	"indicator_id" text NOT NULL,
	"goal_statement_id" text NOT NULL,
	CONSTRAINT "indicator_goal_statements_indicator_id_goal_statement_id_pk" PRIMARY KEY("indicator_id","goal_statement_id")
);
--> statement-breakpoint
CREATE TABLE "indicator_imports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "indicator_imports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"indicator_id" text NOT NULL,
	"status" text NOT NULL,
	"format" text NOT NULL,
	"file_name" text NOT NULL,
	"file_base64" text,
	"preview" jsonb,
	"observation_count" integer DEFAULT 0 NOT NULL,
	"processed_count" integer DEFAULT 0 NOT NULL,
	"error" text,
	"imported_by" uuid,
	"imported_by_label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "indicator_imports_status_check" CHECK ("indicator_imports"."status" in ('preview', 'importing', 'current', 'replaced', 'discarded', 'failed')),
	CONSTRAINT "indicator_imports_format_check" CHECK ("indicator_imports"."format" in ('jsonstat', 'csv', 'xlsx'))
);
--> statement-breakpoint
CREATE TABLE "indicator_observations" (
	"import_id" integer NOT NULL,
	"cell" integer NOT NULL,
	"value" double precision,
	"status" text,
	CONSTRAINT "indicator_observations_import_id_cell_pk" PRIMARY KEY("import_id","cell")
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" text PRIMARY KEY NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb,
	"unit" text NOT NULL,
	"unit_label" jsonb,
	"decimals" integer,
	"source_name" text NOT NULL,
	"source_url" text,
	"source_licence" text,
	"notes" jsonb,
	"target" jsonb,
	"comparator" jsonb,
	"current_import_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"term_id" text NOT NULL,
	"sector_id" text,
	"role" text NOT NULL,
	"start_date" date,
	"end_date" date,
	"as_of_text" text,
	"role_text" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "council_appointments_role_check" CHECK ("council_appointments"."role" in ('chair', 'viceChair', 'member', 'observer')),
	CONSTRAINT "council_appointments_dates_check" CHECK ("council_appointments"."end_date" is null or "council_appointments"."start_date" is null or "council_appointments"."end_date" >= "council_appointments"."start_date")
);
--> statement-breakpoint
CREATE TABLE "council_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"user_id" uuid,
	"organisation" text,
	"actor_id" text,
	"demo" boolean DEFAULT false NOT NULL,
	"source" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_sectors" (
	"id" text PRIMARY KEY NOT NULL,
	"term_id" text NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"seats" integer NOT NULL,
	"mandate_text" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "council_sectors_seats_check" CHECK ("council_sectors"."seats" >= 0)
);
--> statement-breakpoint
CREATE TABLE "council_terms" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"member_count_text" text,
	"size" integer,
	"mandate" jsonb,
	"mandate_note" text,
	"mandate_adopted_by" text,
	"mandate_adopted_date" date,
	"appointment" text,
	"notes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "secretariat_staff" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"name_variants" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"organisation" text,
	"organisation_inferred" boolean DEFAULT false NOT NULL,
	"role_text" text,
	"term_id" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "case_actors" (
	"case_id" uuid NOT NULL,
	"actor_id" text NOT NULL,
	CONSTRAINT "case_actors_case_id_actor_id_pk" PRIMARY KEY("case_id","actor_id")
);
--> statement-breakpoint
CREATE TABLE "case_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"label" text NOT NULL,
	"title" text NOT NULL,
	"document_id" text,
	"parts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "case_focus_areas" (
	"case_id" uuid NOT NULL,
	"focus_area_id" text NOT NULL,
	CONSTRAINT "case_focus_areas_case_id_focus_area_id_pk" PRIMARY KEY("case_id","focus_area_id")
);
--> statement-breakpoint
CREATE TABLE "case_handlings" (
	"case_id" uuid NOT NULL,
	"previous_case_id" uuid NOT NULL,
	CONSTRAINT "case_handlings_case_id_previous_case_id_pk" PRIMARY KEY("case_id","previous_case_id")
);
--> statement-breakpoint
CREATE TABLE "case_measures" (
	"case_id" uuid NOT NULL,
	"measure_id" text NOT NULL,
	CONSTRAINT "case_measures_case_id_measure_id_pk" PRIMARY KEY("case_id","measure_id")
);
--> statement-breakpoint
CREATE TABLE "case_number_counters" (
	"year" integer PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"agenda_role" text DEFAULT 'case' NOT NULL,
	"year" integer,
	"sequence" integer,
	"number_as_printed" text,
	"title" text NOT NULL,
	"type" text,
	"type_as_printed" text,
	"to" text,
	"from" text,
	"case_officer" text,
	"previously_handled_text" text,
	"sections" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"footnotes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"proposed_decision" text,
	"decision" text,
	"decided_at" timestamp with time zone,
	"screened" boolean DEFAULT false NOT NULL,
	"screening_reason" text,
	"source" text,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_cases_role_check" CHECK ("council_cases"."agenda_role" in ('notice-approval', 'impartiality', 'previous-minutes', 'outstanding-items', 'ongoing-cases', 'case', 'briefings', 'any-other-business', 'meeting-evaluation')),
	CONSTRAINT "council_cases_type_check" CHECK ("council_cases"."type" is null or "council_cases"."type" in ('decision', 'discussion', 'information')),
	CONSTRAINT "council_cases_number_check" CHECK (("council_cases"."year" is null) = ("council_cases"."sequence" is null))
);
--> statement-breakpoint
CREATE TABLE "council_documents" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"visibility" text DEFAULT 'internal' NOT NULL,
	"content" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "council_documents_visibility_check" CHECK ("council_documents"."visibility" in ('internal', 'council', 'public'))
);
--> statement-breakpoint
CREATE TABLE "follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"action" text NOT NULL,
	"owner" text,
	"due_date" date,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "impartiality_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"declared" text DEFAULT 'not-assessed' NOT NULL,
	"declared_reason" text,
	"declared_at" timestamp with time zone,
	"decided" text DEFAULT 'not-assessed' NOT NULL,
	"ground" text,
	"decided_reason" text,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "impartiality_declared_check" CHECK ("impartiality_assessments"."declared" in ('not-assessed', 'impartial', 'disqualified')),
	CONSTRAINT "impartiality_decided_check" CHECK ("impartiality_assessments"."decided" in ('not-assessed', 'impartial', 'disqualified')),
	CONSTRAINT "impartiality_ground_check" CHECK (("impartiality_assessments"."decided" = 'disqualified') = ("impartiality_assessments"."ground" is not null))
);
--> statement-breakpoint
CREATE TABLE "meeting_attendance" (
	"meeting_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"status" text NOT NULL,
	"from_case_id" uuid,
	"to_case_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "meeting_attendance_meeting_id_member_id_pk" PRIMARY KEY("meeting_id","member_id"),
	CONSTRAINT "meeting_attendance_status_check" CHECK ("meeting_attendance"."status" in ('present', 'absent', 'part'))
);
--> statement-breakpoint
CREATE TABLE "meeting_guests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"organisation" text,
	"topic" text,
	"case_id" uuid,
	"created_by" uuid,
	CONSTRAINT "meeting_guests_kind_check" CHECK ("meeting_guests"."kind" in ('observer', 'speaker'))
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"term_id" text NOT NULL,
	"year" integer NOT NULL,
	"sequence" integer NOT NULL,
	"date" date,
	"start_time" text,
	"end_time" text,
	"place" text DEFAULT 'Forskningsrådet, Lysaker',
	"state" text DEFAULT 'planned' NOT NULL,
	"notice_sent_at" timestamp with time zone,
	"incomplete" boolean DEFAULT false NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetings_state_check" CHECK ("meetings"."state" in ('planned', 'notice-sent', 'held', 'minutes-in-review', 'minutes-approved')),
	CONSTRAINT "meetings_time_check" CHECK ("meetings"."start_time" is null or "meetings"."start_time" ~ '^[0-2][0-9]:[0-5][0-9]$')
);
--> statement-breakpoint
CREATE TABLE "minutes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"body" text NOT NULL,
	"comment_deadline" date,
	"approved_at_meeting_id" uuid,
	"approved_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "minutes_state_check" CHECK ("minutes"."state" in ('draft', 'in-review', 'approved'))
);
--> statement-breakpoint
CREATE TABLE "minutes_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"minutes_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "private_case_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"text" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "strategy_import_batches" ADD CONSTRAINT "strategy_import_batches_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_import_batches" ADD CONSTRAINT "strategy_import_batches_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_categories" ADD CONSTRAINT "indicator_categories_import_id_indicator_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."indicator_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_dimensions" ADD CONSTRAINT "indicator_dimensions_import_id_indicator_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."indicator_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_focus_areas" ADD CONSTRAINT "indicator_focus_areas_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_focus_areas" ADD CONSTRAINT "indicator_focus_areas_focus_area_id_focus_areas_id_fk" FOREIGN KEY ("focus_area_id") REFERENCES "public"."focus_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_goal_statements" ADD CONSTRAINT "indicator_goal_statements_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_goal_statements" ADD CONSTRAINT "indicator_goal_statements_goal_statement_id_goal_statements_id_fk" FOREIGN KEY ("goal_statement_id") REFERENCES "public"."goal_statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_imports" ADD CONSTRAINT "indicator_imports_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_imports" ADD CONSTRAINT "indicator_imports_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_observations" ADD CONSTRAINT "indicator_observations_import_id_indicator_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."indicator_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_current_import_id_indicator_imports_id_fk" FOREIGN KEY ("current_import_id") REFERENCES "public"."indicator_imports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_appointments" ADD CONSTRAINT "council_appointments_member_id_council_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."council_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_appointments" ADD CONSTRAINT "council_appointments_term_id_council_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."council_terms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_appointments" ADD CONSTRAINT "council_appointments_sector_id_council_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."council_sectors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_actor_id_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."actors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_sectors" ADD CONSTRAINT "council_sectors_term_id_council_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."council_terms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secretariat_staff" ADD CONSTRAINT "secretariat_staff_term_id_council_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."council_terms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_actors" ADD CONSTRAINT "case_actors_case_id_council_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."council_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_actors" ADD CONSTRAINT "case_actors_actor_id_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."actors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_attachments" ADD CONSTRAINT "case_attachments_case_id_council_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."council_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_attachments" ADD CONSTRAINT "case_attachments_document_id_council_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."council_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_focus_areas" ADD CONSTRAINT "case_focus_areas_case_id_council_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."council_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_focus_areas" ADD CONSTRAINT "case_focus_areas_focus_area_id_focus_areas_id_fk" FOREIGN KEY ("focus_area_id") REFERENCES "public"."focus_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_handlings" ADD CONSTRAINT "case_handlings_case_id_council_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."council_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_handlings" ADD CONSTRAINT "case_handlings_previous_case_id_council_cases_id_fk" FOREIGN KEY ("previous_case_id") REFERENCES "public"."council_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_measures" ADD CONSTRAINT "case_measures_case_id_council_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."council_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_measures" ADD CONSTRAINT "case_measures_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_cases" ADD CONSTRAINT "council_cases_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impartiality_assessments" ADD CONSTRAINT "impartiality_assessments_case_id_council_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."council_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impartiality_assessments" ADD CONSTRAINT "impartiality_assessments_member_id_council_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."council_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_member_id_council_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."council_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_from_case_id_council_cases_id_fk" FOREIGN KEY ("from_case_id") REFERENCES "public"."council_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_to_case_id_council_cases_id_fk" FOREIGN KEY ("to_case_id") REFERENCES "public"."council_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_guests" ADD CONSTRAINT "meeting_guests_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_guests" ADD CONSTRAINT "meeting_guests_case_id_council_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."council_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_guests" ADD CONSTRAINT "meeting_guests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_term_id_council_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."council_terms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes" ADD CONSTRAINT "minutes_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes" ADD CONSTRAINT "minutes_approved_at_meeting_id_meetings_id_fk" FOREIGN KEY ("approved_at_meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_comments" ADD CONSTRAINT "minutes_comments_minutes_id_minutes_id_fk" FOREIGN KEY ("minutes_id") REFERENCES "public"."minutes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_comments" ADD CONSTRAINT "minutes_comments_member_id_council_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."council_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "private_case_notes" ADD CONSTRAINT "private_case_notes_case_id_council_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."council_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "private_case_notes" ADD CONSTRAINT "private_case_notes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "strategy_import_batches_created_idx" ON "strategy_import_batches" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_categories_code_key" ON "indicator_categories" USING btree ("import_id","dimension_position","code");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_dimensions_code_key" ON "indicator_dimensions" USING btree ("import_id","code");--> statement-breakpoint
CREATE INDEX "indicator_focus_areas_area_idx" ON "indicator_focus_areas" USING btree ("focus_area_id");--> statement-breakpoint
CREATE INDEX "indicator_goal_statements_goal_idx" ON "indicator_goal_statements" USING btree ("goal_statement_id");--> statement-breakpoint
CREATE INDEX "indicator_imports_indicator_idx" ON "indicator_imports" USING btree ("indicator_id","created_at");--> statement-breakpoint
CREATE INDEX "indicator_imports_status_idx" ON "indicator_imports" USING btree ("status");--> statement-breakpoint
CREATE INDEX "indicators_position_idx" ON "indicators" USING btree ("position");--> statement-breakpoint
CREATE INDEX "council_appointments_term_idx" ON "council_appointments" USING btree ("term_id","sector_id");--> statement-breakpoint
CREATE INDEX "council_appointments_member_idx" ON "council_appointments" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "council_members_user_key" ON "council_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "council_members_actor_idx" ON "council_members" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "council_sectors_term_idx" ON "council_sectors" USING btree ("term_id","position");--> statement-breakpoint
CREATE INDEX "case_actors_actor_idx" ON "case_actors" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "case_attachments_case_idx" ON "case_attachments" USING btree ("case_id","position");--> statement-breakpoint
CREATE INDEX "case_attachments_document_idx" ON "case_attachments" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "case_focus_areas_area_idx" ON "case_focus_areas" USING btree ("focus_area_id");--> statement-breakpoint
CREATE INDEX "case_handlings_previous_idx" ON "case_handlings" USING btree ("previous_case_id");--> statement-breakpoint
CREATE INDEX "case_measures_measure_idx" ON "case_measures" USING btree ("measure_id");--> statement-breakpoint
CREATE UNIQUE INDEX "council_cases_number_key" ON "council_cases" USING btree ("year","sequence");--> statement-breakpoint
CREATE INDEX "council_cases_meeting_idx" ON "council_cases" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE INDEX "council_documents_visibility_idx" ON "council_documents" USING btree ("visibility");--> statement-breakpoint
CREATE INDEX "follow_ups_open_idx" ON "follow_ups" USING btree ("closed_at","meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "impartiality_case_member_key" ON "impartiality_assessments" USING btree ("case_id","member_id");--> statement-breakpoint
CREATE INDEX "impartiality_member_idx" ON "impartiality_assessments" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "meeting_guests_meeting_idx" ON "meeting_guests" USING btree ("meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meetings_number_key" ON "meetings" USING btree ("year","sequence");--> statement-breakpoint
CREATE INDEX "meetings_date_idx" ON "meetings" USING btree ("date");--> statement-breakpoint
CREATE UNIQUE INDEX "minutes_meeting_key" ON "minutes" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "minutes_state_idx" ON "minutes" USING btree ("state");--> statement-breakpoint
CREATE INDEX "minutes_comments_minutes_idx" ON "minutes_comments" USING btree ("minutes_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "private_case_notes_case_user_key" ON "private_case_notes" USING btree ("case_id","user_id");--> statement-breakpoint
CREATE INDEX "private_case_notes_user_idx" ON "private_case_notes" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "measure_status_entries_latest_idx" ON "measure_status_entries" USING btree ("measure_id","year","date" NULLS FIRST,"id");