/**
 * Fields of study, majors and the institutions that teach them (northern and southern), and the
 * field a person's degrees are in: their post's field for 80% of commune civil servants (the
 * standard asks for đại học "in a field that matches the post"), their agency's or sector's field.
 */
import type { Field, Sector } from './model';
import { slotPost } from './people';
import { isCommuneKeyPost } from './posts';
import { type Rng, weights } from './prng';
import type { Slot } from './slots';

export const MAJORS: Record<Field, readonly string[]> = {
  admin: ['Quản trị văn phòng', 'Hành chính học', 'Quản lý nhà nước', 'Thống kê', 'Lưu trữ học'],
  land: [
    'Quản lý đất đai',
    'Địa chính',
    'Kỹ thuật xây dựng',
    'Khoa học môi trường',
    'Quản lý tài nguyên và môi trường',
  ],
  finance: ['Kế toán', 'Tài chính – Ngân hàng', 'Kiểm toán', 'Quản trị kinh doanh'],
  law: ['Luật', 'Luật kinh tế', 'Luật hành chính'],
  culture: ['Văn hóa học', 'Công tác xã hội', 'Quản lý văn hóa', 'Việt Nam học'],
  politics: [
    'Xây dựng Đảng và chính quyền nhà nước',
    'Chính trị học',
    'Quản lý nhà nước',
    'Luật',
    'Hành chính học',
  ],
  economy: ['Kinh tế', 'Kinh tế nông nghiệp', 'Quản lý kinh tế', 'Kinh tế đầu tư'],
  education: [
    'Sư phạm Tiểu học',
    'Giáo dục Mầm non',
    'Sư phạm Toán học',
    'Sư phạm Ngữ văn',
    'Sư phạm Tiếng Anh',
    'Quản lý giáo dục',
  ],
  health: ['Y đa khoa', 'Điều dưỡng', 'Dược học', 'Y học cổ truyền', 'Y học dự phòng', 'Hộ sinh'],
  agriculture: ['Khoa học cây trồng', 'Chăn nuôi – Thú y', 'Lâm sinh', 'Phát triển nông thôn', 'Khuyến nông'],
  tech: ['Công nghệ thông tin', 'Kỹ thuật điện tử – viễn thông', 'Khoa học máy tính'],
  construction: [
    'Kỹ thuật xây dựng',
    'Kiến trúc',
    'Kỹ thuật xây dựng công trình giao thông',
    'Quy hoạch vùng và đô thị',
  ],
};

export const NORTH_UNIVERSITIES: Record<Field, readonly string[]> = {
  admin: ['Học viện Hành chính Quốc gia', 'Trường Đại học Nội vụ Hà Nội'],
  politics: [
    'Học viện Hành chính Quốc gia',
    'Học viện Báo chí và Tuyên truyền',
    'Trường Đại học Nội vụ Hà Nội',
  ],
  land: ['Trường Đại học Tài nguyên và Môi trường Hà Nội', 'Trường Đại học Nông Lâm – Đại học Thái Nguyên'],
  finance: [
    'Học viện Tài chính',
    'Trường Đại học Kinh tế Quốc dân',
    'Trường Đại học Kinh tế và Quản trị kinh doanh – Đại học Thái Nguyên',
  ],
  law: ['Trường Đại học Luật Hà Nội', 'Trường Đại học Luật – Đại học Quốc gia Hà Nội'],
  culture: [
    'Trường Đại học Văn hóa Hà Nội',
    'Trường Đại học Lao động – Xã hội',
    'Trường Đại học Khoa học – Đại học Thái Nguyên',
  ],
  economy: ['Trường Đại học Kinh tế Quốc dân', 'Học viện Nông nghiệp Việt Nam', 'Trường Đại học Thương mại'],
  education: [
    'Trường Đại học Sư phạm Hà Nội',
    'Trường Đại học Sư phạm – Đại học Thái Nguyên',
    'Trường Đại học Tây Bắc',
    'Trường Đại học Hùng Vương',
  ],
  health: [
    'Trường Đại học Y Hà Nội',
    'Trường Đại học Y Dược – Đại học Thái Nguyên',
    'Trường Đại học Điều dưỡng Nam Định',
  ],
  agriculture: [
    'Học viện Nông nghiệp Việt Nam',
    'Trường Đại học Nông Lâm – Đại học Thái Nguyên',
    'Trường Đại học Lâm nghiệp',
  ],
  tech: ['Trường Đại học Bách khoa Hà Nội', 'Học viện Công nghệ Bưu chính Viễn thông'],
  construction: [
    'Trường Đại học Xây dựng Hà Nội',
    'Trường Đại học Giao thông vận tải',
    'Trường Đại học Kiến trúc Hà Nội',
  ],
};
export const SOUTH_UNIVERSITIES: Record<Field, readonly string[]> = {
  admin: [
    'Học viện Hành chính Quốc gia (cơ sở TP. Hồ Chí Minh)',
    'Trường Đại học Nội vụ Hà Nội (phân hiệu miền Nam)',
  ],
  politics: ['Học viện Hành chính Quốc gia (cơ sở TP. Hồ Chí Minh)', 'Trường Đại học Cần Thơ'],
  land: ['Trường Đại học Nông Lâm TP. Hồ Chí Minh', 'Trường Đại học Cần Thơ'],
  finance: ['Trường Đại học Kinh tế TP. Hồ Chí Minh', 'Trường Đại học Cần Thơ'],
  law: ['Trường Đại học Luật TP. Hồ Chí Minh', 'Trường Đại học Cần Thơ'],
  culture: [
    'Trường Đại học Văn hóa TP. Hồ Chí Minh',
    'Trường Đại học Khoa học Xã hội và Nhân văn TP. Hồ Chí Minh',
  ],
  economy: ['Trường Đại học Kinh tế TP. Hồ Chí Minh', 'Trường Đại học Cần Thơ'],
  education: ['Trường Đại học Sư phạm TP. Hồ Chí Minh', 'Trường Đại học Cần Thơ', 'Trường Đại học Đồng Tháp'],
  health: ['Trường Đại học Y Dược TP. Hồ Chí Minh', 'Trường Đại học Y Dược Cần Thơ'],
  agriculture: ['Trường Đại học Nông Lâm TP. Hồ Chí Minh', 'Trường Đại học Cần Thơ'],
  tech: ['Trường Đại học Bách khoa – Đại học Quốc gia TP. Hồ Chí Minh', 'Trường Đại học Cần Thơ'],
  construction: [
    'Trường Đại học Kiến trúc TP. Hồ Chí Minh',
    'Trường Đại học Giao thông vận tải TP. Hồ Chí Minh',
  ],
};

const KEY_FIELDS = weights({ politics: 35, economy: 20, law: 15, admin: 15, agriculture: 15 });
const COMMUNE_STAFF_FIELD: Record<string, Field> = {
  XA_CC_VP: 'admin',
  XA_CC_DC: 'land',
  XA_CC_TC: 'finance',
  XA_CC_TP: 'law',
  XA_CC_VH: 'culture',
};
const ALL_FIELDS = Object.keys(MAJORS) as Field[];
const SECTOR_FIELD: Record<Sector, Field> = {
  education: 'education',
  health: 'health',
  culture: 'culture',
  agriculture: 'agriculture',
  training: 'politics',
  other: 'admin',
};

/** Field of study of the person's degrees; 20% of commune civil servants studied another field. */
export function fieldFor(rng: Rng, slot: Slot): Field {
  const post = slotPost(slot);
  const own = COMMUNE_STAFF_FIELD[post];
  if (own) return rng.chance(0.8) ? own : rng.pick(ALL_FIELDS);
  if (isCommuneKeyPost(post) || post === 'XA_TRUONG_PHONG' || post === 'XA_PHO_PHONG')
    return rng.from(KEY_FIELDS);
  if (slot.type === 'agency') return rng.chance(0.75) ? slot.agency.field : rng.from(KEY_FIELDS);
  if (slot.type === 'psu') return SECTOR_FIELD[slot.psu.sector];
  return rng.pick(ALL_FIELDS);
}

/** Local college for trung cấp and cao đẳng diplomas. */
export function collegeOf(field: Field, province: string): string {
  if (field === 'health') return `Trường Cao đẳng Y tế ${province}`;
  if (field === 'education') return `Trường Cao đẳng Sư phạm ${province}`;
  if (field === 'agriculture' || field === 'land') return `Trường Cao đẳng Nông Lâm ${province}`;
  return `Trường Cao đẳng Kinh tế – Kỹ thuật ${province}`;
}
