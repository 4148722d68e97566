/**
 * Fictional place names for communes, made of syllables common in Vietnamese place names:
 * Sino-Vietnamese pairs in the lowlands ("Tân Tiến", "Hồng Phong") and Tày–Thái–Mông syllables in
 * the mountains ("Nậm Cang", "Lũng Phìn"). Names are unique within a generator run, so searches
 * and pickers never show two units with the same name.
 */
import { type Rng, words } from './prng';

const LOWLAND_FIRST = words(
  'Tân Hồng Đồng Minh Hòa Quang Phúc Xuân Thanh Vĩnh Bình An Yên Trung Hưng Thịnh Phú Long Gia Kim Đức Thái Hải Nghĩa Tiên Cẩm Vân Lạc Mỹ Hiệp Khánh Đông Tây Nam Bắc Sơn Lâm Quỳnh Hợp Tường',
);
const LOWLAND_SECOND = words(
  'Tiến Phong Tâm Lập Sơn Hà Bình An Thịnh Lợi Hưng Phú Khánh Hòa Lạc Thành Xuân Minh Quang Nghĩa Điền Lâm Châu Trạch Hải Long Tân Mỹ Đạo Vinh Cường Thắng Hợp Thuận Phước Hội Kiều Liên Dương Định',
);
const MOUNTAIN_FIRST = words(
  'Nậm Bản Pà Lũng Tả Mường Phìn Sín Na Cốc Khe Thàng Pác Nà Lùng Tà Hồ Séo Nghĩa Kim Hoàng Quảng Sủng Thèn Mù Cán Phong Xín Chiềng Huổi',
);
const MOUNTAIN_SECOND = words(
  'Cang Phố Cheo Phìn Van Hum Chải Lừ Mì Sán Thàng Tủng Xá Lương Khao Mạ Ly Pao Ngàn Dìn Tẩn Chang Hồ Lao Mần Pản Sáng Thắm Vài Xèo',
);

export type PlaceStyle = 'lowland' | 'mountain';

export class PlaceNames {
  private readonly used = new Set<string>();

  constructor(
    private readonly rng: Rng,
    reserved: readonly string[] = [],
  ) {
    for (const r of reserved) this.used.add(r);
  }

  /** A new two-syllable name; a numeral is appended in the unlikely case the pool runs dry. */
  next(style: PlaceStyle): string {
    const [first, second] =
      style === 'mountain' ? [MOUNTAIN_FIRST, MOUNTAIN_SECOND] : [LOWLAND_FIRST, LOWLAND_SECOND];
    for (let attempt = 0; attempt < 200; attempt++) {
      const a = this.rng.pick(first);
      const b = this.rng.pick(second);
      if (a === b) continue;
      const name = `${a} ${b}`;
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
    for (let n = 2; ; n++) {
      const name = `${this.rng.pick(first)} ${this.rng.pick(second)} ${n}`;
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
  }
}
