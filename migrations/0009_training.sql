CREATE TABLE "assessment_score" (
	"enrolment_id" bigint NOT NULL,
	"assessment_id" bigint NOT NULL,
	"score" numeric(4, 2) NOT NULL,
	CONSTRAINT "assessment_score_enrolment_id_assessment_id_pk" PRIMARY KEY("enrolment_id","assessment_id")
);
--> statement-breakpoint
CREATE TABLE "attendance" (
	"enrolment_id" bigint NOT NULL,
	"session_id" bigint NOT NULL,
	"status" text NOT NULL,
	CONSTRAINT "attendance_enrolment_id_session_id_pk" PRIMARY KEY("enrolment_id","session_id")
);
--> statement-breakpoint
CREATE TABLE "certificate" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "certificate_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"enrolment_id" bigint NOT NULL,
	"number" text NOT NULL,
	"issued_on" date NOT NULL,
	"replacement_letter_no" text,
	"replacement_issued_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certificate_enrolment_id_unique" UNIQUE("enrolment_id"),
	CONSTRAINT "certificate_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "course" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "course_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"programme_id" bigint NOT NULL,
	"institution_id" bigint NOT NULL,
	"organiser_unit_id" bigint NOT NULL,
	"mode" text NOT NULL,
	"place" text,
	"place_unit_ids" bigint[],
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"capacity" integer NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"decision_no" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "course_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "course_assessment" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "course_assessment_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"course_id" bigint NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "course_cost" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "course_cost_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"course_id" bigint NOT NULL,
	"funding_source" text NOT NULL,
	"amount" bigint NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "course_lecturer" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "course_lecturer_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"course_id" bigint NOT NULL,
	"person_id" bigint,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"hours" numeric(7, 1) DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "course_quota" (
	"course_id" bigint NOT NULL,
	"unit_id" bigint NOT NULL,
	"seats" integer NOT NULL,
	CONSTRAINT "course_quota_course_id_unit_id_pk" PRIMARY KEY("course_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "course_session" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "course_session_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"course_id" bigint NOT NULL,
	"date" date NOT NULL,
	"topic" text NOT NULL,
	"periods" integer DEFAULT 4 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "course_survey" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "course_survey_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"course_id" bigint NOT NULL,
	"enrolment_id" bigint,
	"answers" jsonb NOT NULL,
	"score" numeric(4, 2) NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "course_survey_enrolment_id_unique" UNIQUE("enrolment_id")
);
--> statement-breakpoint
CREATE TABLE "enrolment" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "enrolment_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"course_id" bigint NOT NULL,
	"person_id" bigint NOT NULL,
	"unit_id" bigint NOT NULL,
	"status" text NOT NULL,
	"source" text DEFAULT 'nomination' NOT NULL,
	"decision_no" text,
	"decision_date" date,
	"waitlisted_at" timestamp with time zone,
	"reason" text,
	"eligibility_override" text,
	"result" text,
	"completed_on" date,
	"qualification_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "institution" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "institution_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"unit_id" bigint,
	"address" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "institution_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "programme" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "programme_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"content_type" text NOT NULL,
	"training_kind" text NOT NULL,
	"awards_dimension" text,
	"awards_level" text,
	"awards_certificate" text,
	"duration_value" integer NOT NULL,
	"duration_unit" text NOT NULL,
	"modes" text[] NOT NULL,
	"legal_basis" jsonb,
	"completion_rule" jsonb DEFAULT '{"fullAttendance": true, "minScore": 5}'::jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "programme_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "service_commitment" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "service_commitment_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"enrolment_id" bigint NOT NULL,
	"person_id" bigint NOT NULL,
	"months" integer NOT NULL,
	"starts_on" date NOT NULL,
	"cost" bigint NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"left_on" date,
	"compensation" bigint,
	"exemption" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "service_commitment_enrolment_id_unique" UNIQUE("enrolment_id")
);
--> statement-breakpoint
CREATE TABLE "training_activity" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "training_activity_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"unit_id" bigint NOT NULL,
	"person_id" bigint,
	"title" text NOT NULL,
	"date" date NOT NULL,
	"hours" numeric(6, 1) NOT NULL,
	"participants" integer DEFAULT 1 NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_rule" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "training_rule_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"params" jsonb NOT NULL,
	"legal_basis" jsonb NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assessment_score" ADD CONSTRAINT "assessment_score_enrolment_id_enrolment_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_score" ADD CONSTRAINT "assessment_score_assessment_id_course_assessment_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."course_assessment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_enrolment_id_enrolment_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_session_id_course_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."course_session"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate" ADD CONSTRAINT "certificate_enrolment_id_enrolment_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course" ADD CONSTRAINT "course_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course" ADD CONSTRAINT "course_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course" ADD CONSTRAINT "course_organiser_unit_id_org_unit_id_fk" FOREIGN KEY ("organiser_unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_assessment" ADD CONSTRAINT "course_assessment_course_id_course_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."course"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_cost" ADD CONSTRAINT "course_cost_course_id_course_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."course"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_lecturer" ADD CONSTRAINT "course_lecturer_course_id_course_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."course"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_lecturer" ADD CONSTRAINT "course_lecturer_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_quota" ADD CONSTRAINT "course_quota_course_id_course_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."course"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_quota" ADD CONSTRAINT "course_quota_unit_id_org_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_session" ADD CONSTRAINT "course_session_course_id_course_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."course"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_survey" ADD CONSTRAINT "course_survey_course_id_course_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."course"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_survey" ADD CONSTRAINT "course_survey_enrolment_id_enrolment_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolment" ADD CONSTRAINT "enrolment_course_id_course_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."course"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolment" ADD CONSTRAINT "enrolment_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolment" ADD CONSTRAINT "enrolment_unit_id_org_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolment" ADD CONSTRAINT "enrolment_qualification_id_qualification_id_fk" FOREIGN KEY ("qualification_id") REFERENCES "public"."qualification"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution" ADD CONSTRAINT "institution_unit_id_org_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_commitment" ADD CONSTRAINT "service_commitment_enrolment_id_enrolment_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_commitment" ADD CONSTRAINT "service_commitment_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_activity" ADD CONSTRAINT "training_activity_unit_id_org_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_activity" ADD CONSTRAINT "training_activity_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "course_institution_idx" ON "course" USING btree ("institution_id","start_date");--> statement-breakpoint
CREATE INDEX "course_programme_idx" ON "course" USING btree ("programme_id","status");--> statement-breakpoint
CREATE INDEX "course_organiser_idx" ON "course" USING btree ("organiser_unit_id","start_date");--> statement-breakpoint
CREATE INDEX "course_assessment_course_idx" ON "course_assessment" USING btree ("course_id");--> statement-breakpoint
CREATE INDEX "course_cost_course_idx" ON "course_cost" USING btree ("course_id");--> statement-breakpoint
CREATE INDEX "course_lecturer_course_idx" ON "course_lecturer" USING btree ("course_id");--> statement-breakpoint
CREATE INDEX "course_session_course_idx" ON "course_session" USING btree ("course_id","date");--> statement-breakpoint
CREATE INDEX "course_survey_course_idx" ON "course_survey" USING btree ("course_id");--> statement-breakpoint
CREATE UNIQUE INDEX "enrolment_live_uq" ON "enrolment" USING btree ("course_id","person_id") WHERE "enrolment"."status" not in ('withdrawn', 'refused');--> statement-breakpoint
CREATE INDEX "enrolment_person_idx" ON "enrolment" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "enrolment_course_idx" ON "enrolment" USING btree ("course_id","status");--> statement-breakpoint
CREATE INDEX "service_commitment_person_idx" ON "service_commitment" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "training_activity_unit_idx" ON "training_activity" USING btree ("unit_id","date");--> statement-breakpoint
CREATE INDEX "training_rule_kind_idx" ON "training_rule" USING btree ("kind","valid_from");