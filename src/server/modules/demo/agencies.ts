/**
 * Provincial agencies (sở, ban, ngành after the March 2025 reorganisation: Nội vụ with Lao động,
 * Nông nghiệp và Môi trường, Khoa học và Công nghệ with Thông tin…), their divisions, and the
 * provincial public-service units. Written for a province ("tỉnh"); `forCity` renames them for a
 * centrally-run city ("Thành ủy", "thành phố").
 */
import type { UnitKind } from '../../../core/catalog/enums';
import type { Field, Sector } from './model';

export interface AgencyDef {
  code: string;
  name: string;
  kind: UnitKind;
  field: Field;
  head: string;
  deputy: string;
  divisions: string[];
}

const sở = (code: string, name: string, field: Field, divisions: string[]): AgencyDef => ({
  code,
  name,
  kind: 'agency',
  field,
  head: `Giám đốc ${name}`,
  deputy: `Phó Giám đốc ${name}`,
  divisions: ['Văn phòng', ...divisions],
});

export const AGENCIES: readonly AgencyDef[] = [
  {
    code: 'VPTU',
    name: 'Văn phòng Tỉnh ủy',
    kind: 'agency',
    field: 'admin',
    head: 'Chánh Văn phòng Tỉnh ủy',
    deputy: 'Phó Chánh Văn phòng Tỉnh ủy',
    divisions: ['Phòng Tổng hợp', 'Phòng Hành chính – Lưu trữ', 'Phòng Tài chính – Quản trị'],
  },
  {
    code: 'BTCTU',
    name: 'Ban Tổ chức Tỉnh ủy',
    kind: 'agency',
    field: 'politics',
    head: 'Trưởng Ban Tổ chức Tỉnh ủy',
    deputy: 'Phó Trưởng Ban Tổ chức Tỉnh ủy',
    divisions: ['Phòng Tổ chức đảng – đảng viên', 'Phòng Cán bộ', 'Phòng Bảo vệ chính trị'],
  },
  {
    code: 'BTGDV',
    name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
    kind: 'agency',
    field: 'politics',
    head: 'Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy',
    deputy: 'Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy',
    divisions: ['Phòng Lý luận chính trị', 'Phòng Tuyên truyền', 'Phòng Dân vận'],
  },
  {
    code: 'UBKT',
    name: 'Ủy ban Kiểm tra Tỉnh ủy',
    kind: 'agency',
    field: 'law',
    head: 'Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy',
    deputy: 'Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy',
    divisions: ['Phòng Kiểm tra 1', 'Phòng Kiểm tra 2'],
  },
  {
    code: 'BNC',
    name: 'Ban Nội chính Tỉnh ủy',
    kind: 'agency',
    field: 'law',
    head: 'Trưởng Ban Nội chính Tỉnh ủy',
    deputy: 'Phó Trưởng Ban Nội chính Tỉnh ủy',
    divisions: ['Phòng Nội chính', 'Phòng Phòng, chống tham nhũng, tiêu cực'],
  },
  {
    code: 'VPHDND',
    name: 'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh',
    kind: 'agency',
    field: 'admin',
    head: 'Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh',
    deputy: 'Phó Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh',
    divisions: ['Phòng Công tác Quốc hội', 'Phòng Công tác HĐND', 'Phòng Hành chính – Tổ chức'],
  },
  {
    code: 'VPUB',
    name: 'Văn phòng Ủy ban nhân dân tỉnh',
    kind: 'agency',
    field: 'admin',
    head: 'Chánh Văn phòng UBND tỉnh',
    deputy: 'Phó Chánh Văn phòng UBND tỉnh',
    divisions: ['Phòng Tổng hợp', 'Phòng Kinh tế', 'Phòng Khoa giáo – Văn xã'],
  },
  sở('SNV', 'Sở Nội vụ', 'admin', [
    'Phòng Tổ chức – Biên chế',
    'Phòng Công chức, viên chức',
    'Phòng Xây dựng chính quyền',
    'Phòng Lao động – Việc làm',
  ]),
  sở('STC', 'Sở Tài chính', 'finance', ['Phòng Ngân sách', 'Phòng Đầu tư', 'Phòng Quản lý giá và công sản']),
  sở('STP', 'Sở Tư pháp', 'law', ['Phòng Xây dựng và kiểm tra văn bản', 'Phòng Hành chính tư pháp']),
  sở('SCT', 'Sở Công Thương', 'economy', ['Phòng Quản lý công nghiệp', 'Phòng Quản lý thương mại']),
  sở('SXD', 'Sở Xây dựng', 'construction', ['Phòng Quản lý xây dựng', 'Phòng Quản lý giao thông']),
  sở('SNNMT', 'Sở Nông nghiệp và Môi trường', 'agriculture', [
    'Phòng Trồng trọt',
    'Phòng Quản lý đất đai',
    'Phòng Môi trường',
    'Chi cục Kiểm lâm',
  ]),
  sở('SKHCN', 'Sở Khoa học và Công nghệ', 'tech', ['Phòng Quản lý khoa học', 'Phòng Chuyển đổi số']),
  sở('SGDDT', 'Sở Giáo dục và Đào tạo', 'education', ['Phòng Giáo dục phổ thông', 'Phòng Tổ chức cán bộ']),
  sở('SYT', 'Sở Y tế', 'health', ['Phòng Nghiệp vụ y', 'Phòng Kế hoạch – Tài chính']),
  sở('SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 'culture', [
    'Phòng Quản lý văn hóa',
    'Phòng Quản lý du lịch',
  ]),
  sở('SDTTG', 'Sở Dân tộc và Tôn giáo', 'culture', ['Phòng Chính sách dân tộc', 'Phòng Tôn giáo']),
  sở('SNGV', 'Sở Ngoại vụ', 'law', ['Phòng Biên giới']),
  {
    code: 'TTRA',
    name: 'Thanh tra tỉnh',
    kind: 'agency',
    field: 'law',
    head: 'Chánh Thanh tra tỉnh',
    deputy: 'Phó Chánh Thanh tra tỉnh',
    divisions: ['Văn phòng', 'Phòng Thanh tra 1', 'Phòng Tiếp công dân'],
  },
  {
    code: 'BQLKKT',
    name: 'Ban Quản lý Khu kinh tế cửa khẩu',
    kind: 'agency',
    field: 'economy',
    head: 'Trưởng Ban Quản lý Khu kinh tế cửa khẩu',
    deputy: 'Phó Trưởng Ban Quản lý Khu kinh tế cửa khẩu',
    divisions: ['Văn phòng', 'Phòng Quản lý đầu tư'],
  },
  {
    code: 'MTTQ',
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
    kind: 'mass_org',
    field: 'politics',
    head: 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh',
    deputy: 'Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh',
    divisions: ['Văn phòng', 'Ban Dân chủ – Pháp luật', 'Ban Phong trào'],
  },
];

/** Agencies only border provinces have (foreign affairs, border-gate economic zone). */
export const BORDER_ONLY = new Set(['SNGV', 'BQLKKT']);

export interface PsuDef {
  code: string;
  name: (shortName: string) => string;
  /** Parent agency code, or null for a unit directly under the province. */
  parent: string | null;
  sector: Sector;
  /** Relative staff size (a provincial hospital employs hundreds). */
  weight: number;
}

export const PROVINCIAL_PSUS: readonly PsuDef[] = [
  { code: 'BVDK', name: (s) => `Bệnh viện Đa khoa tỉnh ${s}`, parent: 'SYT', sector: 'health', weight: 300 },
  {
    code: 'CDC',
    name: () => 'Trung tâm Kiểm soát bệnh tật tỉnh',
    parent: 'SYT',
    sector: 'health',
    weight: 60,
  },
  { code: 'THPTC', name: (s) => `Trường THPT Chuyên ${s}`, parent: 'SGDDT', sector: 'education', weight: 60 },
  {
    code: 'DTNT',
    name: () => 'Trường Phổ thông Dân tộc nội trú tỉnh',
    parent: 'SGDDT',
    sector: 'education',
    weight: 50,
  },
  {
    code: 'TTKN',
    name: () => 'Trung tâm Khuyến nông tỉnh',
    parent: 'SNNMT',
    sector: 'agriculture',
    weight: 30,
  },
  {
    code: 'BQLR',
    name: () => 'Ban Quản lý rừng phòng hộ',
    parent: 'SNNMT',
    sector: 'agriculture',
    weight: 25,
  },
  { code: 'BT', name: () => 'Bảo tàng tỉnh', parent: 'SVHTTDL', sector: 'culture', weight: 15 },
  {
    code: 'BPTTH',
    name: (s) => `Báo và Phát thanh, Truyền hình ${s}`,
    parent: null,
    sector: 'culture',
    weight: 70,
  },
  { code: 'CD', name: (s) => `Trường Cao đẳng ${s}`, parent: null, sector: 'education', weight: 90 },
  {
    code: 'HCC',
    name: () => 'Trung tâm Phục vụ hành chính công tỉnh',
    parent: 'VPUB',
    sector: 'other',
    weight: 20,
  },
];

/** Names for a centrally-run city: "Tỉnh ủy" → "Thành ủy", "tỉnh" → "thành phố". */
export function forCity(name: string): string {
  return name.replace(/Tỉnh ủy/g, 'Thành ủy').replace(/ tỉnh( |$)/g, ' thành phố$1');
}
