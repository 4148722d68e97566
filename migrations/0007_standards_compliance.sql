CREATE TABLE "standard_set" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "standard_set_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "standard_set_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "standard_version" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "standard_version_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"set_id" bigint NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"legal_basis" jsonb NOT NULL,
	"applies_to" jsonb NOT NULL,
	"requirements" jsonb NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "compliance_post" (
	"assignment_id" bigint PRIMARY KEY NOT NULL,
	"person_id" bigint NOT NULL,
	"position_id" bigint NOT NULL,
	"unit_id" bigint NOT NULL,
	"status" text NOT NULL,
	"gaps" jsonb NOT NULL,
	"version_ids" bigint[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "compliance_rollup" (
	"unit_id" bigint NOT NULL,
	"position_group" text NOT NULL,
	"key_cadre" boolean NOT NULL,
	"meets" integer DEFAULT 0 NOT NULL,
	"in_progress" integer DEFAULT 0 NOT NULL,
	"gap" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "compliance_rollup_unit_id_position_group_key_cadre_pk" PRIMARY KEY("unit_id","position_group","key_cadre")
);
--> statement-breakpoint
CREATE TABLE "person_compliance" (
	"person_id" bigint PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"home_assignment_id" bigint NOT NULL,
	"home_unit_id" bigint NOT NULL,
	"home_position_id" bigint NOT NULL,
	"position_group" text NOT NULL,
	"key_cadre" boolean NOT NULL,
	"gap_count" integer NOT NULL,
	"next_change" date,
	"computed_on" date NOT NULL
);
--> statement-breakpoint
ALTER TABLE "standard_version" ADD CONSTRAINT "standard_version_set_id_standard_set_id_fk" FOREIGN KEY ("set_id") REFERENCES "public"."standard_set"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_post" ADD CONSTRAINT "compliance_post_assignment_id_assignment_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_post" ADD CONSTRAINT "compliance_post_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_post" ADD CONSTRAINT "compliance_post_position_id_position_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."position"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_post" ADD CONSTRAINT "compliance_post_unit_id_org_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_rollup" ADD CONSTRAINT "compliance_rollup_unit_id_org_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_compliance" ADD CONSTRAINT "person_compliance_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_compliance" ADD CONSTRAINT "person_compliance_home_unit_id_org_unit_id_fk" FOREIGN KEY ("home_unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "standard_version_set_idx" ON "standard_version" USING btree ("set_id","valid_from");--> statement-breakpoint
CREATE INDEX "compliance_post_person_idx" ON "compliance_post" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "person_compliance_unit_idx" ON "person_compliance" USING btree ("home_unit_id","status");--> statement-breakpoint
CREATE INDEX "person_compliance_next_idx" ON "person_compliance" USING btree ("next_change");