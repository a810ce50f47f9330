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
CREATE INDEX "strategy_import_batches_created_idx" ON "strategy_import_batches" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_categories_code_key" ON "indicator_categories" USING btree ("import_id","dimension_position","code");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_dimensions_code_key" ON "indicator_dimensions" USING btree ("import_id","code");--> statement-breakpoint
CREATE INDEX "indicator_focus_areas_area_idx" ON "indicator_focus_areas" USING btree ("focus_area_id");--> statement-breakpoint
CREATE INDEX "indicator_goal_statements_goal_idx" ON "indicator_goal_statements" USING btree ("goal_statement_id");--> statement-breakpoint
CREATE INDEX "indicator_imports_indicator_idx" ON "indicator_imports" USING btree ("indicator_id","created_at");--> statement-breakpoint
CREATE INDEX "indicator_imports_status_idx" ON "indicator_imports" USING btree ("status");--> statement-breakpoint
CREATE INDEX "indicators_position_idx" ON "indicators" USING btree ("position");--> statement-breakpoint
CREATE INDEX "measure_status_entries_latest_idx" ON "measure_status_entries" USING btree ("measure_id","year","date" NULLS FIRST,"id");