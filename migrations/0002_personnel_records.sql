CREATE TABLE "org_event" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "org_event_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"effective_date" date NOT NULL,
	"unit_id" bigint NOT NULL,
	"decision_no" text,
	"details" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "org_unit_version" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "org_unit_version_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"unit_id" bigint NOT NULL,
	"parent_id" bigint,
	"name" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date
);
--> statement-breakpoint
CREATE TABLE "assignment" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "assignment_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"person_id" bigint NOT NULL,
	"unit_id" bigint NOT NULL,
	"position_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"decision_no" text,
	"decision_date" date,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "evaluation_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"person_id" bigint NOT NULL,
	"year" integer NOT NULL,
	"rating" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "person_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"cccd" text NOT NULL,
	"cmnd" text,
	"full_name" text NOT NULL,
	"name_folded" text NOT NULL,
	"name_sort" text NOT NULL,
	"birth_date" date NOT NULL,
	"gender" text NOT NULL,
	"ethnicity" text,
	"religion" text,
	"hometown" text,
	"category" text NOT NULL,
	"party_join_date" date,
	"party_official_date" date,
	"status" text DEFAULT 'active' NOT NULL,
	"party_unit_id" bigint,
	"current_unit_id" bigint,
	"current_position_id" bigint,
	"current_unit_path" text,
	"current_key_cadre" boolean DEFAULT false NOT NULL,
	"q_general_education" smallint,
	"q_professional" smallint,
	"q_political_theory" smallint,
	"q_state_management" smallint,
	"q_leadership" smallint,
	"q_defence_security" smallint,
	"q_it" smallint,
	"q_foreign_language" smallint,
	"q_ethnic_language" smallint,
	"province_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "qualification" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "qualification_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"person_id" bigint NOT NULL,
	"dimension" text NOT NULL,
	"level" text NOT NULL,
	"rank" smallint NOT NULL,
	"major" text,
	"institution" text,
	"mode" text,
	"language" text,
	"start_date" date,
	"end_date" date,
	"status" text NOT NULL,
	"certificate_no" text,
	"source" text DEFAULT 'entered' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reward_discipline" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reward_discipline_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"person_id" bigint NOT NULL,
	"type" text NOT NULL,
	"authority" text DEFAULT 'state' NOT NULL,
	"form" text NOT NULL,
	"decision_no" text,
	"decision_date" date NOT NULL,
	"reason" text,
	"effective_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "position" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "position_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"group" text NOT NULL,
	"key_cadre" boolean DEFAULT false NOT NULL,
	"level" text NOT NULL,
	"management_tier" text,
	"field" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "position_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "org_unit" ADD COLUMN "official_code" text;--> statement-breakpoint
ALTER TABLE "org_unit" ADD COLUMN "tree" text DEFAULT 'state' NOT NULL;--> statement-breakpoint
ALTER TABLE "org_unit" ADD COLUMN "area_class" text;--> statement-breakpoint
ALTER TABLE "org_unit" ADD COLUMN "difficult_area" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "org_unit" ADD COLUMN "province_id" bigint;--> statement-breakpoint
ALTER TABLE "org_unit" ADD COLUMN "merged_into_id" bigint;--> statement-breakpoint
ALTER TABLE "org_unit" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "org_event" ADD CONSTRAINT "org_event_unit_id_org_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_unit_version" ADD CONSTRAINT "org_unit_version_unit_id_org_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_unit_version" ADD CONSTRAINT "org_unit_version_parent_id_org_unit_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_unit_id_org_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_position_id_position_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."position"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation" ADD CONSTRAINT "evaluation_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_party_unit_id_org_unit_id_fk" FOREIGN KEY ("party_unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_current_unit_id_org_unit_id_fk" FOREIGN KEY ("current_unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_current_position_id_position_id_fk" FOREIGN KEY ("current_position_id") REFERENCES "public"."position"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qualification" ADD CONSTRAINT "qualification_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reward_discipline" ADD CONSTRAINT "reward_discipline_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "org_event_unit_idx" ON "org_event" USING btree ("unit_id","effective_date");--> statement-breakpoint
CREATE INDEX "org_unit_version_unit_idx" ON "org_unit_version" USING btree ("unit_id","valid_from");--> statement-breakpoint
CREATE INDEX "org_unit_version_parent_idx" ON "org_unit_version" USING btree ("parent_id","valid_from");--> statement-breakpoint
CREATE INDEX "assignment_person_idx" ON "assignment" USING btree ("person_id","valid_from");--> statement-breakpoint
CREATE INDEX "assignment_unit_idx" ON "assignment" USING btree ("unit_id","valid_from");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_person_year_idx" ON "evaluation" USING btree ("person_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "person_cccd_idx" ON "person" USING btree ("cccd" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "person_name_trgm_idx" ON "person" USING gin ("name_folded" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "person_unit_path_idx" ON "person" USING btree ("current_unit_path" text_pattern_ops,"name_sort");--> statement-breakpoint
CREATE INDEX "person_name_sort_idx" ON "person" USING btree ("name_sort");--> statement-breakpoint
CREATE INDEX "qualification_person_idx" ON "qualification" USING btree ("person_id","dimension");--> statement-breakpoint
CREATE INDEX "reward_discipline_person_idx" ON "reward_discipline" USING btree ("person_id","decision_date");