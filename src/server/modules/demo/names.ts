/**
 * Vietnamese personal names by naming tradition and gender. Family names are weighted by their
 * real frequency (Nguyễn ≈ 38% of Kinh people…); minority traditions use their own family names
 * and markers (Mông men "A"/"Seo", Dao women "Mùi"/"Tả", Tây Nguyên "Y"/"H'…").
 * Given names are gendered and the two gender lists are disjoint, so a test can tell a name's
 * gender from its last word. No given name folds to start with "cha": the browser journey
 * searches "nguyen van cha" and must find exactly Nguyễn Văn Chà.
 */
import type { Gender } from '../../../core/catalog/enums';
import { type Rng, type Table, weighted, words } from './prng';

export type NameStyle =
  | 'kinhNorth'
  | 'kinhSouth'
  | 'tayNung'
  | 'thai'
  | 'mong'
  | 'dao'
  | 'muong'
  | 'giay'
  | 'haNhi'
  | 'khmer'
  | 'highland'
  | 'hoa';

const KINH_MALE_GIVEN = words(
  'Hùng Dũng Tuấn Minh Hải Thắng Cường Long Nam Sơn Hưng Quân Trung Thành Đức Hiếu Huy Phong Quang Thịnh Toàn Tùng Việt Vinh Bình Chiến Công Cương Đạt Định Đông Hiệp Hoàng Khải Khoa Kiên Lâm Lợi Lực Mạnh Nghĩa Phúc Quý Quyết Sang Tài Thái Thuận Tiến Trọng Trường Tú Tuyên Vũ Bảo Duy Khôi Lộc Nhân Thiện Khánh Kiệt Hào Tân Thông Trí Thọ Tường Dương Hòa Luân Nhật',
);
const KINH_FEMALE_GIVEN = words(
  'Hương Lan Mai Hoa Hà Huyền Linh Ngọc Nga Thảo Trang Thủy Yến Hằng Hạnh Hiền Hồng Loan Nhung Oanh Phương Quyên Quỳnh Thu Thúy Trinh Tuyết Vân Xuân Giang Dung Duyên Liên Ngân Nhàn Nhi Phượng Thắm Thơ Thư Uyên Vy Ánh Bích Chi Diệp My Nguyệt Trâm Huệ Cúc Gấm Luyến Mến Quế Sen Tươi Thoa Xoan Lệ Hậu Thanh',
);

const KINH_MALE_MIDDLE = weighted(
  'Văn: 35, Đức: 10, Minh: 8, Quang: 6, Hữu: 6, Công: 5, Xuân: 4, Mạnh: 3, Thanh: 4, Trung: 3, Tiến: 3, Ngọc: 3, Hoàng: 2, Việt: 2, Đình: 3, Duy: 2, Quốc: 3, Bá: 1, Thế: 2, Anh: 2',
);
const KINH_FEMALE_MIDDLE = weighted(
  'Thị: 55, Thu: 5, Thanh: 5, Ngọc: 5, Minh: 3, Hồng: 4, Phương: 3, Kim: 3, Thúy: 3, Bích: 2, Thùy: 3, Hải: 2, Diệu: 1, Khánh: 2, Lan: 1',
);

const KINH_FAMILY_NORTH = weighted(
  'Nguyễn: 38, Trần: 11, Lê: 9.5, Phạm: 7, Hoàng: 5, Phan: 4.5, Vũ: 3.9, Đặng: 2.1, Bùi: 2, Đỗ: 1.4, Hồ: 1.3, Ngô: 1.3, Dương: 1, Lý: 0.5, Đinh: 0.8, Trịnh: 0.6, Đào: 0.6, Mai: 0.4, Cao: 0.4, Lương: 0.4, Tạ: 0.3, Đoàn: 0.4, Vương: 0.2, Hà: 0.5, Lưu: 0.3, Phùng: 0.3, Kiều: 0.2, Tô: 0.2, Chu: 0.2, Nghiêm: 0.1, Triệu: 0.2, Quách: 0.1, Khuất: 0.1, Lại: 0.1',
);
const KINH_FAMILY_SOUTH = weighted(
  'Nguyễn: 38, Trần: 11, Lê: 9.5, Phạm: 7, Huỳnh: 5, Phan: 4.5, Võ: 3.9, Đặng: 2.1, Bùi: 2, Đỗ: 1.4, Hồ: 1.3, Ngô: 1.3, Dương: 1, Lý: 0.5, Trương: 0.8, Lâm: 0.6, Đoàn: 0.4, Mai: 0.4, Cao: 0.4, Lương: 0.4, Tạ: 0.3, Châu: 0.3, Thái: 0.3, La: 0.2, Lưu: 0.3, Tô: 0.2, Diệp: 0.1, Quách: 0.1',
);

interface StylePools {
  family: Table<string>;
  maleMiddle: Table<string>;
  femaleMiddle: Table<string>;
  maleGiven: readonly string[];
  femaleGiven: readonly string[];
}

const kinhLike = (
  family: Table<string>,
  maleExtra: string[] = [],
  femaleExtra: string[] = [],
): StylePools => ({
  family,
  maleMiddle: KINH_MALE_MIDDLE,
  femaleMiddle: KINH_FEMALE_MIDDLE,
  maleGiven: [...KINH_MALE_GIVEN, ...maleExtra],
  femaleGiven: [...KINH_FEMALE_GIVEN, ...femaleExtra],
});

const POOLS: Record<NameStyle, StylePools> = {
  kinhNorth: kinhLike(KINH_FAMILY_NORTH),
  kinhSouth: kinhLike(KINH_FAMILY_SOUTH),
  tayNung: kinhLike(
    weighted(
      'Hoàng: 20, Nông: 15, Ma: 6, Lương: 5, Triệu: 4, Đinh: 4, Hà: 6, Bế: 5, Lục: 4, La: 3, Lâm: 3, Vi: 3, Chu: 3, Lý: 3, Hứa: 2, Mã: 2, Lăng: 2, Nguyễn: 5, Sầm: 1',
    ),
    ['Pảo', 'Slay', 'Thiệp', 'Pằn'],
    ['Ỏn', 'Nhình', 'Slim'],
  ),
  thai: {
    family: weighted(
      'Lò: 22, Lường: 14, Cầm: 10, Quàng: 8, Tòng: 7, Điêu: 5, Vì: 6, Hà: 8, Lù: 3, Lự: 2, Sầm: 3, Bạc: 3, Khoàng: 2, Mè: 2',
    ),
    maleMiddle: weighted('Văn: 85, Đức: 5, Xuân: 5, Ngọc: 5'),
    femaleMiddle: weighted('Thị: 90, Thu: 5, Hồng: 5'),
    maleGiven: words(
      'Muôn Hặc Bun Khiêm Hân Panh Ươn Khăm Biên Pấng Xiến Thoong Inh Piên Sinh Tiến Chung Ngoan',
    ),
    femaleGiven: words('Ín Lả Ón Pánh Hom Xuân Phương Bích Mai Lả Ọn Ngân Thoa Dung Kim Hoa'),
  },
  mong: {
    family: weighted(
      'Giàng: 20, Sùng: 14, Vàng: 14, Thào: 14, Lý: 8, Mùa: 7, Hờ: 5, Lầu: 5, Vừ: 4, Cứ: 3, Hầu: 3, Tráng: 3, Ly: 2',
    ),
    maleMiddle: weighted('A: 55, Seo: 20, Mí: 15, Văn: 10'),
    femaleMiddle: weighted('Thị: 100'),
    maleGiven: words('Páo Sình Chứ Dình Pó Lử Sử Tủa Dế Súa Nhà Chư Lềnh Tếnh Khư Phủ Thề Chúng Dùa Sính'),
    femaleGiven: words('Mỷ Dở Sua Máy Pàng Dua Xúa Sì Chở Dợ Mua Dính Ly Say'),
  },
  dao: {
    family: weighted('Triệu: 25, Bàn: 20, Đặng: 15, Lý: 12, Chảo: 8, Phùng: 6, Tẩn: 6, Chìu: 3'),
    maleMiddle: weighted('Văn: 40, Tài: 12, Kim: 10, Phúc: 8, Láo: 8, Seo: 8, Tiến: 6'),
    femaleMiddle: weighted('Thị: 55, Mùi: 25, Tả: 20'),
    maleGiven: words('Quý Dụ Phin Lở Sành Vần Phấy Khé Sinh Tòn Dếnh Lìu Quẩy Kiềm'),
    femaleGiven: words('Mẩy Xiêm Nhất Sẻng Nái Chiêm Liên Phương Dảo Mấy'),
  },
  muong: kinhLike(weighted('Bùi: 30, Đinh: 25, Quách: 10, Hà: 10, Xa: 5, Cao: 5, Bạch: 5, Lê: 10')),
  giay: kinhLike(weighted('Hoàng: 25, Lù: 15, Sần: 15, Vàng: 15, Lồ: 10, Giàng: 10, Nông: 10')),
  haNhi: {
    family: weighted('Lý: 30, Chu: 20, Pờ: 15, Lò: 10, Sừ: 8, Phu: 5, Ly: 5, Hù: 5'),
    maleMiddle: weighted('Xé: 35, Hừ: 20, Văn: 35, A: 10'),
    femaleMiddle: weighted('Thị: 80, Mé: 20'),
    maleGiven: words('Xó Pà Chừ Dơ Khò Giờ Gạ Lừ Phì'),
    femaleGiven: ['Mé', 'Xá', 'Mỳ', 'Phà', 'Dé', 'Chờ'],
  },
  khmer: {
    family: weighted('Thạch: 25, Sơn: 20, Kim: 15, Danh: 15, Lâm: 10, Chau: 8, Lý: 7'),
    maleMiddle: weighted('Văn: 50, Sô: 25, Ngọc: 25'),
    femaleMiddle: weighted('Thị: 80, Sà: 20'),
    maleGiven: words('Sóc Phol Thươl Sên Pho Rinh Kha Vọng Út Kiệt'),
    femaleGiven: words('Ni Na Đa Ry Thi Mỹ Ly Nhung'),
  },
  highland: {
    family: weighted(
      'Ksor: 15, Siu: 12, Nay: 10, Kpă: 8, Niê: 10, Êban: 6, Mlô: 5, Byă: 5, Rcom: 5, Đinh: 10, Hồ: 8, Alăng: 3, Bhling: 3',
    ),
    maleMiddle: weighted('Y: 100'),
    femaleMiddle: weighted('Thị: 100'),
    maleGiven: words('Blim Phun Kông Nguê Dhin Hoan Thuôl Bion Wai Jăc'),
    femaleGiven: words("H'Lan H'Bia H'Nga H'Yên H'Mai H'Ngơn H'Zen H'Ra"),
  },
  hoa: kinhLike(
    weighted('Lý: 15, Trần: 15, Lâm: 12, Trương: 12, Quách: 8, Hứa: 8, Diệp: 8, Mạc: 6, Lưu: 8, Tăng: 8'),
  ),
};

/** The naming tradition of an ethnic group (groups without their own pools name like Kinh). */
export function styleOf(ethnicity: string, southern: boolean): NameStyle {
  switch (ethnicity) {
    case 'Kinh':
      return southern ? 'kinhSouth' : 'kinhNorth';
    case 'Tày':
    case 'Nùng':
    case 'Sán Chay':
    case 'Bố Y':
    case 'Pà Thẻn':
      return 'tayNung';
    case 'Thái':
    case 'Lào':
    case 'Lự':
    case 'Khơ Mú':
    case 'Kháng':
    case 'Xinh Mun':
      return 'thai';
    case 'Mông':
    case 'Phù Lá':
    case 'Lô Lô':
      return 'mong';
    case 'Dao':
    case 'Sán Dìu':
      return 'dao';
    case 'Mường':
    case 'Thổ':
      return 'muong';
    case 'Giáy':
    case 'La Chí':
      return 'giay';
    case 'Hà Nhì':
    case 'La Hủ':
    case 'Cống':
    case 'Si La':
      return 'haNhi';
    case 'Khmer':
      return 'khmer';
    case 'Hoa':
    case 'Ngái':
      return 'hoa';
    case 'Gia Rai':
    case 'Ê Đê':
    case 'Ba Na':
    case 'Xơ Đăng':
    case 'Mnông':
    case 'Cơ Ho':
    case 'Cơ Tu':
    case 'Gié Triêng':
    case 'Hrê':
    case 'Bru-Vân Kiều':
    case 'Tà Ôi':
    case 'Raglay':
    case 'Mạ':
    case 'Xtiêng':
    case 'Co':
    case 'Chơ Ro':
    case 'Brâu':
    case 'Rơ Măm':
    case 'Chu Ru':
      return 'highland';
    default:
      return southern ? 'kinhSouth' : 'kinhNorth';
  }
}

export interface PersonName {
  family: string;
  middle: string;
  given: string;
  full: string;
}

export function makeName(rng: Rng, style: NameStyle, gender: Gender): PersonName {
  const pools = POOLS[style];
  const family = rng.from(pools.family);
  const middle = rng.from(gender === 'male' ? pools.maleMiddle : pools.femaleMiddle);
  const given = rng.pick(gender === 'male' ? pools.maleGiven : pools.femaleGiven);
  return { family, middle, given, full: `${family} ${middle} ${given}` };
}

/** Every given name a style may produce for a gender (tests check names against their gender). */
export function givenNames(gender: Gender): Set<string> {
  const all = new Set<string>();
  for (const pools of Object.values(POOLS)) {
    for (const g of gender === 'male' ? pools.maleGiven : pools.femaleGiven) all.add(g);
  }
  return all;
}

/** Middle names that mark a gender on their own ("Thị" is female, "Văn" male). */
export const FEMALE_MARKERS: readonly string[] = ['Thị', 'Mùi', 'Tả', 'Mé', 'Sà'];
export const MALE_MARKERS: readonly string[] = words('Văn A Seo Mí Xé Hừ Y Sô Láo');
