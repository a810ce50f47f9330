CREATE TABLE "actors" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"type" text NOT NULL,
	"sector" text,
	"aliases" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"note" text,
	"retired_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "actors_type_check" CHECK ("actors"."type" in ('ministry', 'agency', 'research-council', 'health-authority', 'university-college', 'research-institute', 'municipal', 'user-organisation', 'company', 'group'))
);
--> statement-breakpoint
CREATE TABLE "focus_area_goal_statements" (
	"focus_area_id" text NOT NULL,
	"goal_statement_id" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "focus_area_goal_statements_focus_area_id_goal_statement_id_pk" PRIMARY KEY("focus_area_id","goal_statement_id")
);
--> statement-breakpoint
CREATE TABLE "focus_areas" (
	"id" text PRIMARY KEY NOT NULL,
	"strategy_id" text NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"source_title" text,
	"source_attachment" text,
	"description" text,
	"notes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"retired_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goal_statements" (
	"id" text PRIMARY KEY NOT NULL,
	"overarching_goal_id" text NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"retired_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "main_priorities" (
	"id" text PRIMARY KEY NOT NULL,
	"strategy_id" text NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "measure_actors" (
	"measure_id" text NOT NULL,
	"actor_id" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "measure_actors_measure_id_actor_id_pk" PRIMARY KEY("measure_id","actor_id")
);
--> statement-breakpoint
CREATE TABLE "measure_related_focus_areas" (
	"measure_id" text NOT NULL,
	"focus_area_id" text NOT NULL,
	CONSTRAINT "measure_related_focus_areas_measure_id_focus_area_id_pk" PRIMARY KEY("measure_id","focus_area_id")
);
--> statement-breakpoint
CREATE TABLE "measure_status_entries" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "measure_status_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"measure_id" text NOT NULL,
	"date" date,
	"year" integer NOT NULL,
	"date_text" text,
	"level" text NOT NULL,
	"text" text,
	"level_basis" text,
	"source" text NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measure_status_entries_level_check" CHECK ("measure_status_entries"."level" in ('not-started', 'planned', 'in-progress', 'partly-implemented', 'implemented', 'not-relevant', 'unknown'))
);
--> statement-breakpoint
CREATE TABLE "measures" (
	"id" text PRIMARY KEY NOT NULL,
	"focus_area_id" text NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"sub_points" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"in_government_action_plan" text,
	"in_government_action_plan_as_written" text,
	"actors_as_written" text,
	"incomplete" boolean DEFAULT false NOT NULL,
	"note" text,
	"source" text,
	"retired_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measures_action_plan_check" CHECK ("measures"."in_government_action_plan" is null or "measures"."in_government_action_plan" in ('yes', 'partly', 'no'))
);
--> statement-breakpoint
CREATE TABLE "overarching_goals" (
	"id" text PRIMARY KEY NOT NULL,
	"strategy_id" text NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"source" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategies" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"subtitle" text,
	"published_year" integer,
	"vision" text NOT NULL,
	"description" text,
	"source" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "strategy_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"strategy_id" text NOT NULL,
	"date" text NOT NULL,
	"date_text" text,
	"title" text NOT NULL,
	"note" text,
	"source" text
);
--> statement-breakpoint
ALTER TABLE "focus_area_goal_statements" ADD CONSTRAINT "focus_area_goal_statements_focus_area_id_focus_areas_id_fk" FOREIGN KEY ("focus_area_id") REFERENCES "public"."focus_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focus_area_goal_statements" ADD CONSTRAINT "focus_area_goal_statements_goal_statement_id_goal_statements_id_fk" FOREIGN KEY ("goal_statement_id") REFERENCES "public"."goal_statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focus_areas" ADD CONSTRAINT "focus_areas_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_statements" ADD CONSTRAINT "goal_statements_overarching_goal_id_overarching_goals_id_fk" FOREIGN KEY ("overarching_goal_id") REFERENCES "public"."overarching_goals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "main_priorities" ADD CONSTRAINT "main_priorities_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_actors" ADD CONSTRAINT "measure_actors_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_actors" ADD CONSTRAINT "measure_actors_actor_id_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."actors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_related_focus_areas" ADD CONSTRAINT "measure_related_focus_areas_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_related_focus_areas" ADD CONSTRAINT "measure_related_focus_areas_focus_area_id_focus_areas_id_fk" FOREIGN KEY ("focus_area_id") REFERENCES "public"."focus_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_status_entries" ADD CONSTRAINT "measure_status_entries_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_status_entries" ADD CONSTRAINT "measure_status_entries_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_focus_area_id_focus_areas_id_fk" FOREIGN KEY ("focus_area_id") REFERENCES "public"."focus_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overarching_goals" ADD CONSTRAINT "overarching_goals_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_events" ADD CONSTRAINT "strategy_events_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "actors_type_idx" ON "actors" USING btree ("type");--> statement-breakpoint
CREATE INDEX "focus_area_goal_statements_goal_idx" ON "focus_area_goal_statements" USING btree ("goal_statement_id");--> statement-breakpoint
CREATE INDEX "focus_areas_strategy_idx" ON "focus_areas" USING btree ("strategy_id","position");--> statement-breakpoint
CREATE INDEX "goal_statements_goal_idx" ON "goal_statements" USING btree ("overarching_goal_id","position");--> statement-breakpoint
CREATE INDEX "measure_actors_actor_idx" ON "measure_actors" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "measure_status_entries_measure_idx" ON "measure_status_entries" USING btree ("measure_id","year","date","id");--> statement-breakpoint
CREATE INDEX "measure_status_entries_level_idx" ON "measure_status_entries" USING btree ("level");--> statement-breakpoint
CREATE INDEX "measures_focus_area_idx" ON "measures" USING btree ("focus_area_id","position");--> statement-breakpoint
CREATE INDEX "measures_action_plan_idx" ON "measures" USING btree ("in_government_action_plan");--> statement-breakpoint
CREATE INDEX "strategy_events_strategy_idx" ON "strategy_events" USING btree ("strategy_id","date");