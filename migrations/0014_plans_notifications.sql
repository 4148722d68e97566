CREATE TABLE "notification" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "notification_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" bigint,
	"person_id" bigint,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"link" text,
	"dedupe_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	"email_status" text,
	"emailed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "notification_preference" (
	"user_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"in_app" boolean DEFAULT true NOT NULL,
	"email" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_preference_user_id_kind_pk" PRIMARY KEY("user_id","kind")
);
--> statement-breakpoint
CREATE TABLE "plan_allocation" (
	"target_id" bigint NOT NULL,
	"unit_id" bigint NOT NULL,
	"persons" integer NOT NULL,
	"person_times" integer,
	CONSTRAINT "plan_allocation_target_id_unit_id_pk" PRIMARY KEY("target_id","unit_id"),
	CONSTRAINT "plan_allocation_persons_check" CHECK ("plan_allocation"."persons" >= 0 and coalesce("plan_allocation"."person_times", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "plan_budget" (
	"plan_id" bigint NOT NULL,
	"funding_source" text NOT NULL,
	"amount" bigint NOT NULL,
	CONSTRAINT "plan_budget_plan_id_funding_source_pk" PRIMARY KEY("plan_id","funding_source"),
	CONSTRAINT "plan_budget_amount_check" CHECK ("plan_budget"."amount" >= 0)
);
--> statement-breakpoint
CREATE TABLE "plan_event" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plan_event_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"plan_id" bigint NOT NULL,
	"action" text NOT NULL,
	"comment" text,
	"user_id" bigint,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_target" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plan_target_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"plan_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"programme_id" bigint,
	"dimension" text,
	"level" text,
	"persons" integer NOT NULL,
	"person_times" integer,
	"due_date" date,
	"estimated_cost" bigint DEFAULT 0 NOT NULL,
	"note" text,
	"position" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "plan_target_persons_check" CHECK ("plan_target"."persons" >= 0 and coalesce("plan_target"."person_times", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "training_plan" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "training_plan_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"unit_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"from_year" smallint NOT NULL,
	"to_year" smallint NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"sub_unit_due" date,
	"note" text,
	"created_by" bigint,
	"submitted_by" bigint,
	"submitted_at" timestamp with time zone,
	"decided_by" bigint,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "training_plan_unit_years_unique" UNIQUE("unit_id","kind","from_year","to_year"),
	CONSTRAINT "training_plan_years_check" CHECK ("training_plan"."from_year" <= "training_plan"."to_year")
);
--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preference" ADD CONSTRAINT "notification_preference_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_allocation" ADD CONSTRAINT "plan_allocation_target_id_plan_target_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."plan_target"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_allocation" ADD CONSTRAINT "plan_allocation_unit_id_org_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_budget" ADD CONSTRAINT "plan_budget_plan_id_training_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."training_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_event" ADD CONSTRAINT "plan_event_plan_id_training_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."training_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_event" ADD CONSTRAINT "plan_event_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_target" ADD CONSTRAINT "plan_target_plan_id_training_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."training_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_target" ADD CONSTRAINT "plan_target_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_plan" ADD CONSTRAINT "training_plan_unit_id_org_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_plan" ADD CONSTRAINT "training_plan_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_plan" ADD CONSTRAINT "training_plan_submitted_by_app_user_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_plan" ADD CONSTRAINT "training_plan_decided_by_app_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notification_user_idx" ON "notification" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "notification_person_idx" ON "notification" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "notification_dedupe_uq" ON "notification" USING btree ("kind",coalesce("user_id", 0),coalesce("person_id", 0),"dedupe_key") WHERE "notification"."dedupe_key" is not null;--> statement-breakpoint
CREATE INDEX "notification_email_pending_idx" ON "notification" USING btree ("id") WHERE "notification"."email_status" = 'pending';--> statement-breakpoint
CREATE INDEX "plan_allocation_unit_idx" ON "plan_allocation" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "plan_event_plan_idx" ON "plan_event" USING btree ("plan_id","at");--> statement-breakpoint
CREATE INDEX "plan_target_plan_idx" ON "plan_target" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "training_plan_years_idx" ON "training_plan" USING btree ("from_year","to_year","status");