/**
 * A realistic import workbook for measurements: one province after the 2025 reform (agencies,
 * new communes, old districts and communes merged into the new ones), N people with their work
 * history, qualifications and two years of ratings. Dates alternate between typed text and date
 * cells. Written with exceljs' streaming writer, so generating 50,000 people stays small too.
 *
 *   node --import tsx src/server/modules/imports/perf/generate-workbook.ts out.xlsx 50000
 */

import ExcelJS from 'exceljs';
import { cccdGenderDigit } from '../../../../core/catalog/cccd';
import { addDays, formatCivilDate } from '../../../../core/catalog/dates';
import { COLUMNS, headerText, SHEETS } from '../sheets';

type Value = string | number | Date | null;

/** Small deterministic generator (mulberry32): the same seed gives the same file. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  return { next, int, pick };
}

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vi',
  'Lò',
  'Lường',
  'Đinh',
  'Mai',
  'Sùng',
  'Hà',
  'Nông',
];
const MIDDLE_M = ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu'];
const MIDDLE_F = ['Thị', 'Thu', 'Ngọc', 'Minh', 'Thanh'];
const GIVEN_M = ['An', 'Bình', 'Cường', 'Dũng', 'Hưng', 'Khải', 'Lộc', 'Tùng', 'Sơn', 'Thắng'];
const GIVEN_F = ['Hằng', 'Lụa', 'Mai', 'Xuân', 'Yên', 'Hoa', 'Lan', 'Nga', 'Thảo', 'Vân'];
const ETHNIC = ['Kinh', 'Kinh', 'Kinh', 'Tày', 'Thái', 'Mường', 'Nùng', 'Mông', 'Dao', 'Khmer'];
const COMMUNE_POSTS = [
  'XA_PBT',
  'XA_PCT_UBND',
  'XA_TRUONG_PHONG',
  'XA_PHO_PHONG',
  'XA_CC_VP',
  'XA_CC_DC',
  'XA_CC_TC',
  'XA_CC_TP',
  'XA_CC_VH',
  'VIEN_CHUC',
];
const PROVINCE_POSTS = ['TINH_PGD_SO', 'TINH_TRUONG_PHONG', 'TINH_PHO_PHONG', 'TINH_CONG_CHUC', 'VIEN_CHUC'];
const MAJORS = ['Luật', 'Kế toán', 'Quản lý đất đai', 'Văn hóa học', 'Hành chính học', 'Công nghệ thông tin'];

export async function generateWorkbook(file: string, people: number, seed = 1): Promise<{ rows: number }> {
  const r = random(seed);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
  });
  const sheet = (key: keyof typeof COLUMNS) => {
    const ws = wb.addWorksheet(SHEETS[key]);
    ws.columns = COLUMNS[key].map((c) => ({ header: headerText(c), width: c.width }));
    return ws;
  };
  let rows = 0;
  let flip = false;
  /** Half the dates typed as text, half as date cells. */
  const date = (iso: string | null): Value => {
    if (!iso) return null;
    flip = !flip;
    return flip ? formatCivilDate(iso) : new Date(`${iso}T00:00:00Z`);
  };
  const add = (ws: ExcelJS.Worksheet, values: Value[]) => {
    ws.addRow(values).commit();
    rows++;
  };
  const isoDay = (year: number, dayOfYear: number) => addDays(`${year}-01-01`, dayOfYear);

  const p = `G${seed}`;
  const agencies = Array.from({ length: 30 }, (_, i) => `${p}.S${i + 1}`);
  const communes = Array.from({ length: 90 }, (_, i) => `${p}.X${i + 1}`);
  const districts = Array.from({ length: 10 }, (_, i) => `${p}.H${i + 1}`);
  const oldCommunes = Array.from({ length: 60 }, (_, i) => ({
    code: `${p}.H${(i % 10) + 1}.C${i + 1}`,
    district: `${p}.H${(i % 10) + 1}`,
    successor: communes[i % communes.length] ?? '',
  }));

  const units = sheet('units');
  add(units, [p, `Tỉnh Đo Lường ${seed}`, 'Tỉnh', null, null, date('2000-01-01'), null, null]);
  for (const [i, a] of agencies.entries())
    add(units, [a, `Sở số ${i + 1}`, 'Sở, ban, ngành', p, null, date('2000-01-01'), null, null]);
  for (const [i, c] of communes.entries()) {
    add(units, [
      c,
      `Xã Mới ${i + 1}`,
      i % 5 === 0 ? 'Phường' : 'Xã',
      p,
      r.pick(['I', 'II', 'III']),
      date('2025-07-01'),
      null,
      null,
    ]);
  }
  for (const [i, d] of districts.entries())
    add(units, [d, `Huyện Cũ ${i + 1}`, 'Huyện', p, null, date('2000-01-01'), date('2025-06-30'), null]);
  for (const [i, c] of oldCommunes.entries()) {
    add(units, [
      c.code,
      `Xã Cũ ${i + 1}`,
      'Xã',
      c.district,
      'III',
      date('2000-01-01'),
      date('2025-06-30'),
      c.successor,
    ]);
  }
  units.commit();

  interface Person {
    cccd: string;
    birthYear: number;
  }
  const list: Person[] = [];
  const peopleSheet = sheet('people');
  for (let i = 0; i < people; i++) {
    const male = r.next() < 0.5;
    const birthYear = 1965 + r.int(36);
    const birth = isoDay(birthYear, r.int(365));
    const cccd = `001${cccdGenderDigit(birthYear, male ? 'male' : 'female')}${String(birthYear % 100).padStart(2, '0')}${String(i).padStart(6, '0')}`;
    const name = male
      ? `${r.pick(FAMILY)} ${r.pick(MIDDLE_M)} ${r.pick(GIVEN_M)}`
      : `${r.pick(FAMILY)} ${r.pick(MIDDLE_F)} ${r.pick(GIVEN_F)}`;
    const party = r.next() < 0.4 ? isoDay(birthYear + 25 + r.int(10), r.int(300)) : null;
    add(peopleSheet, [
      cccd,
      name,
      date(birth),
      male ? 'Nam' : 'Nữ',
      r.pick(ETHNIC),
      null,
      `Xã ${r.int(200) + 1}, Tỉnh Đo Lường`,
      r.pick(['Cán bộ', 'Công chức', 'Công chức', 'Viên chức']),
      date(party),
      date(party ? addDays(party, 365) : null),
    ]);
    list.push({ cccd, birthYear });
  }
  peopleSheet.commit();

  const work = sheet('assignments');
  for (const [i, person] of list.entries()) {
    const adult = person.birthYear + 19;
    if (i % 3 === 0) {
      // Worked in an old commune until the merger, then in its successor.
      const old = r.pick(oldCommunes);
      const from = isoDay(Math.min(2024, Math.max(adult, 2005) + r.int(10)), r.int(300));
      const post = r.pick(COMMUNE_POSTS);
      add(work, [person.cccd, old.code, post, 'Tuyển dụng', null, null, date(from), date('2025-06-30')]);
      add(work, [
        person.cccd,
        old.successor,
        post,
        'Điều động',
        `${i}/QĐ-UBND`,
        date('2025-07-01'),
        date('2025-07-01'),
        null,
      ]);
    } else if (i % 3 === 1) {
      const from = isoDay(Math.min(2025, Math.max(adult, 2005) + r.int(15)), r.int(150));
      add(work, [
        person.cccd,
        r.pick(agencies),
        r.pick(PROVINCE_POSTS),
        'Tuyển dụng',
        null,
        null,
        date(from),
        null,
      ]);
    } else {
      add(work, [
        person.cccd,
        r.pick(communes),
        r.pick(COMMUNE_POSTS),
        'Bổ nhiệm',
        `${i}/QĐ-UBND`,
        date('2025-07-01'),
        date(isoDay(2025, 181 + r.int(150))),
        null,
      ]);
    }
    if (i % 10 === 0) {
      add(work, [
        person.cccd,
        r.pick(agencies),
        'VIEN_CHUC',
        'Kiêm nhiệm',
        null,
        null,
        date('2025-09-01'),
        date('2026-08-31'),
      ]);
    }
  }
  work.commit();

  const quals = sheet('qualifications');
  for (const person of list) {
    const y = person.birthYear + 18;
    add(quals, [
      person.cccd,
      'Chuyên môn',
      r.pick(['Đại học', 'Đại học', 'Thạc sĩ', 'Cao đẳng', 'Cử nhân']),
      r.pick(MAJORS),
      'Trường Đại học Mẫu',
      'Tập trung',
      date(`${y}-09-01`),
      date(`${y + 4}-06-30`),
      'Đã hoàn thành',
      null,
    ]);
    if (r.next() < 0.6) {
      const done = r.next() < 0.85;
      add(quals, [
        person.cccd,
        'Lý luận chính trị',
        r.pick(['Sơ cấp', 'Trung cấp', 'Cao cấp']),
        null,
        'Trường Chính trị tỉnh',
        'Vừa làm vừa học',
        date('2019-03-01'),
        done ? date('2019-11-30') : null,
        done ? 'Đã hoàn thành' : 'Đang học',
        null,
      ]);
    }
    if (r.next() < 0.4)
      add(quals, [
        person.cccd,
        'Ngoại ngữ',
        r.pick(['Bậc 2', 'Bậc 3', 'B1']),
        'Tiếng Anh',
        null,
        null,
        null,
        null,
        'Đã hoàn thành',
        null,
      ]);
    if (r.next() < 0.3)
      add(quals, [
        person.cccd,
        'Quản lý nhà nước',
        r.pick(['Chuyên viên', 'Chuyên viên chính']),
        null,
        null,
        null,
        date('2021-05-01'),
        date('2021-07-31'),
        'Đã hoàn thành',
        null,
      ]);
  }
  quals.commit();

  const ratings = sheet('evaluations');
  const levels = [
    'Hoàn thành xuất sắc nhiệm vụ',
    'Hoàn thành tốt nhiệm vụ',
    'Hoàn thành tốt nhiệm vụ',
    'Hoàn thành nhiệm vụ',
  ];
  for (const person of list) {
    for (const year of [2024, 2025]) add(ratings, [person.cccd, year, r.pick(levels)]);
  }
  ratings.commit();
  await wb.commit();
  return { rows };
}

if (process.argv[1]?.endsWith('generate-workbook.ts')) {
  const [file = 'import-50k.xlsx', n = '50000', seed = '1'] = process.argv.slice(2);
  const started = Date.now();
  const { rows } = await generateWorkbook(file, Number(n), Number(seed));
  console.log(`${file}: ${rows} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
