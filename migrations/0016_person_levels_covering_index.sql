-- Today's qualification structure of a subtree (GET /api/reports/qualifications without asOf, and
-- the qualification targets of GET /api/plans/{id}/progress): counts per level of the people
-- currently assigned under a path prefix. An index-only scan of this covering index reads only the
-- subtree's entries; the plain path index had to visit the person heap, whose rows of one province
-- are spread over the whole table (1.1 s → 60 ms for the largest province of the generated nation).
-- Hand-written: drizzle-kit cannot declare INCLUDE columns.
CREATE INDEX IF NOT EXISTS "person_unit_path_levels_idx" ON "person"
  USING btree ("current_unit_path" text_pattern_ops)
  INCLUDE ("q_general_education", "q_professional", "q_political_theory", "q_state_management",
    "q_leadership", "q_defence_security", "q_it", "q_foreign_language", "q_ethnic_language")
  WHERE "current_assigned";
