-- Posts of the districts abolished on 1 July 2025 (domain.md §3). Work histories before that date
-- name them, so imports of old records and the generators need them in the catalogue. Level
-- 'district': no unit valid today has it, so pickers for current units never offer them.
INSERT INTO "position" ("code", "name", "group", "key_cadre", "level", "sort_order") VALUES
  ('HUYEN_BT', 'Bí thư Huyện ủy (trước 01/7/2025)', 'leadership', false, 'district', 400),
  ('HUYEN_PBT', 'Phó Bí thư Huyện ủy (trước 01/7/2025)', 'leadership', false, 'district', 410),
  ('HUYEN_CT_UBND', 'Chủ tịch UBND huyện (trước 01/7/2025)', 'leadership', false, 'district', 420),
  ('HUYEN_PCT_UBND', 'Phó Chủ tịch UBND huyện (trước 01/7/2025)', 'leadership', false, 'district', 430),
  ('HUYEN_TRUONG_PHONG', 'Trưởng phòng thuộc UBND huyện (trước 01/7/2025)', 'leadership', false, 'district', 440),
  ('HUYEN_PHO_PHONG', 'Phó Trưởng phòng thuộc UBND huyện (trước 01/7/2025)', 'leadership', false, 'district', 450),
  ('HUYEN_CONG_CHUC', 'Công chức cấp huyện (trước 01/7/2025)', 'professional', false, 'district', 460)
ON CONFLICT ("code") DO NOTHING;
