CREATE TABLE "calendar_links" (
	"member_id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_proposal_focus_areas" (
	"proposal_id" uuid NOT NULL,
	"focus_area_id" text NOT NULL,
	CONSTRAINT "case_proposal_focus_areas_proposal_id_focus_area_id_pk" PRIMARY KEY("proposal_id","focus_area_id")
);
--> statement-breakpoint
CREATE TABLE "case_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"why_raised" text DEFAULT '' NOT NULL,
	"proposed_type" text NOT NULL,
	"wished_meeting_id" uuid,
	"state" text DEFAULT 'submitted' NOT NULL,
	"decline_reason" text,
	"case_id" uuid,
	"handled_by" uuid,
	"handled_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_proposals_state_check" CHECK ("case_proposals"."state" in ('submitted', 'accepted', 'declined', 'withdrawn')),
	CONSTRAINT "case_proposals_type_check" CHECK ("case_proposals"."proposed_type" in ('decision', 'discussion', 'information')),
	CONSTRAINT "case_proposals_accepted_check" CHECK (("case_proposals"."state" = 'accepted') = ("case_proposals"."case_id" is not null)),
	CONSTRAINT "case_proposals_declined_check" CHECK (("case_proposals"."state" = 'declined') = ("case_proposals"."decline_reason" is not null))
);
--> statement-breakpoint
CREATE TABLE "reference_group_members" (
	"case_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reference_group_members_case_id_member_id_pk" PRIMARY KEY("case_id","member_id")
);
--> statement-breakpoint
ALTER TABLE "calendar_links" ADD CONSTRAINT "calendar_links_member_id_council_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."council_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_proposal_focus_areas" ADD CONSTRAINT "case_proposal_focus_areas_proposal_id_case_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."case_proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_proposal_focus_areas" ADD CONSTRAINT "case_proposal_focus_areas_focus_area_id_focus_areas_id_fk" FOREIGN KEY ("focus_area_id") REFERENCES "public"."focus_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_proposals" ADD CONSTRAINT "case_proposals_member_id_council_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."council_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_proposals" ADD CONSTRAINT "case_proposals_wished_meeting_id_meetings_id_fk" FOREIGN KEY ("wished_meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_proposals" ADD CONSTRAINT "case_proposals_case_id_council_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."council_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_proposals" ADD CONSTRAINT "case_proposals_handled_by_users_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_group_members" ADD CONSTRAINT "reference_group_members_case_id_council_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."council_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_group_members" ADD CONSTRAINT "reference_group_members_member_id_council_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."council_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_links_token_key" ON "calendar_links" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "case_proposal_focus_areas_area_idx" ON "case_proposal_focus_areas" USING btree ("focus_area_id");--> statement-breakpoint
CREATE INDEX "case_proposals_state_idx" ON "case_proposals" USING btree ("state","created_at");--> statement-breakpoint
CREATE INDEX "case_proposals_member_idx" ON "case_proposals" USING btree ("member_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "case_proposals_case_key" ON "case_proposals" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "reference_group_members_member_idx" ON "reference_group_members" USING btree ("member_id");