CREATE TABLE "learning_plan" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "learning_plan_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"person_id" bigint NOT NULL,
	"year" smallint NOT NULL,
	"monitor_person_id" bigint,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "learning_plan_person_year_unique" UNIQUE("person_id","year")
);
--> statement-breakpoint
CREATE TABLE "learning_plan_item" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "learning_plan_item_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"plan_id" bigint NOT NULL,
	"programme_id" bigint,
	"title" text,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"done_on" date,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "learning_plan" ADD CONSTRAINT "learning_plan_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_plan" ADD CONSTRAINT "learning_plan_monitor_person_id_person_id_fk" FOREIGN KEY ("monitor_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_plan_item" ADD CONSTRAINT "learning_plan_item_plan_id_learning_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."learning_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_plan_item" ADD CONSTRAINT "learning_plan_item_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "learning_plan_monitor_idx" ON "learning_plan" USING btree ("monitor_person_id","year");--> statement-breakpoint
CREATE INDEX "learning_plan_item_plan_due_idx" ON "learning_plan_item" USING btree ("plan_id","due_date");--> statement-breakpoint
CREATE INDEX "learning_plan_item_open_due_idx" ON "learning_plan_item" USING btree ("plan_id","due_date") WHERE "learning_plan_item"."status" = 'open';