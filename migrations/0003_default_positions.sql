-- Default posts catalogue (contracts.md §4). Administrators edit it; re-running inserts nothing.
INSERT INTO "position" ("code", "name", "group", "key_cadre", "level", "field", "sort_order") VALUES
  ('XA_BT', 'Bí thư Đảng ủy xã', 'leadership', true, 'commune', NULL, 10),
  ('XA_PBT', 'Phó Bí thư Đảng ủy xã', 'leadership', true, 'commune', NULL, 20),
  ('XA_CT_HDND', 'Chủ tịch Hội đồng nhân dân xã', 'leadership', true, 'commune', NULL, 30),
  ('XA_PCT_HDND', 'Phó Chủ tịch Hội đồng nhân dân xã', 'leadership', true, 'commune', NULL, 40),
  ('XA_CT_UBND', 'Chủ tịch Ủy ban nhân dân xã', 'leadership', true, 'commune', NULL, 50),
  ('XA_PCT_UBND', 'Phó Chủ tịch Ủy ban nhân dân xã', 'leadership', true, 'commune', NULL, 60),
  ('XA_CT_MTTQ', 'Chủ tịch Ủy ban Mặt trận Tổ quốc xã', 'leadership', true, 'commune', NULL, 70),
  ('XA_TRUONG_PHONG', 'Trưởng phòng, ban thuộc xã', 'leadership', false, 'commune', NULL, 80),
  ('XA_PHO_PHONG', 'Phó Trưởng phòng, ban thuộc xã', 'leadership', false, 'commune', NULL, 90),
  ('XA_CC_VP', 'Công chức Văn phòng – thống kê', 'professional', false, 'commune', 'Hành chính, văn phòng, thống kê', 100),
  ('XA_CC_DC', 'Công chức Địa chính – xây dựng – môi trường', 'professional', false, 'commune', 'Địa chính, xây dựng, môi trường', 110),
  ('XA_CC_TC', 'Công chức Tài chính – kế toán', 'professional', false, 'commune', 'Tài chính, kế toán', 120),
  ('XA_CC_TP', 'Công chức Tư pháp – hộ tịch', 'professional', false, 'commune', 'Luật', 130),
  ('XA_CC_VH', 'Công chức Văn hóa – xã hội', 'professional', false, 'commune', 'Văn hóa, xã hội', 140),
  ('TINH_GD_SO', 'Giám đốc sở', 'leadership', false, 'province', NULL, 200),
  ('TINH_PGD_SO', 'Phó Giám đốc sở', 'leadership', false, 'province', NULL, 210),
  ('TINH_TRUONG_PHONG', 'Trưởng phòng thuộc sở', 'leadership', false, 'province', NULL, 220),
  ('TINH_PHO_PHONG', 'Phó Trưởng phòng thuộc sở', 'leadership', false, 'province', NULL, 230),
  ('TINH_CONG_CHUC', 'Công chức chuyên môn cấp tỉnh', 'professional', false, 'province', NULL, 240),
  ('VIEN_CHUC', 'Viên chức', 'professional', false, 'any', NULL, 300)
ON CONFLICT ("code") DO NOTHING;
