/**
 * The demo province: "Tỉnh Hà Sơn", a fictional northern mountain province after the 1 July 2025
 * reform (codes start with "HS-" and it has no official code, so it cannot be mistaken for a
 * real one). 60 communes and wards that replaced ~150 former communes of four abolished districts,
 * 22 provincial agencies with divisions, public-service units, the political school, and the
 * party tree beside the state tree. Xã Độc Lập reproduces seed 000: 18 cadres and civil servants,
 * ~90% cao đẳng or higher, Bí thư Nguyễn Văn Chà.
 */
import type { AreaClass, UnitKind } from '../../../core/catalog/enums';
import { AGENCIES, PROVINCIAL_PSUS } from './agencies';
import { BEGINNING, REFORM_DAY } from './days';
import { dominantGroup, REGION_MIXES } from './ethnic';
import type { AgencyCtx, ProvinceCtx, PsuCtx, Sector } from './model';
import { PlaceNames } from './places';
import type { CommunePost, ProvincePost } from './posts';
import { mixSeed, Rng } from './prng';
import type { QualHints, Slot } from './slots';
import { type UnitNode, UnitSet } from './units';

export const DEMO_PROVINCE_CODE = 'HS';
export const DEMO_PEOPLE = 6000;
export const DOC_LAP_CODE = 'HS-X01';
const MERGER_DECISION = '1688/NQ-UBTVQH15';

interface DistrictDef {
  code: string;
  name: string;
  urban: boolean;
  areas: [AreaClass, number][];
  newCommunes: number;
}

const DISTRICTS: DistrictDef[] = [
  { code: 'HS-H01', name: 'Thành phố Hà Sơn', urban: true, areas: [['I', 1]], newCommunes: 6 },
  {
    code: 'HS-H02',
    name: 'Huyện Nà Lương',
    urban: false,
    areas: [
      ['I', 3],
      ['II', 5],
      ['III', 2],
    ],
    newCommunes: 18,
  },
  {
    code: 'HS-H03',
    name: 'Huyện Phìn Hồ',
    urban: false,
    areas: [
      ['II', 3],
      ['III', 7],
    ],
    newCommunes: 18,
  },
  {
    code: 'HS-H04',
    name: 'Huyện Sơn Lâm',
    urban: false,
    areas: [
      ['I', 4],
      ['II', 4],
      ['III', 2],
    ],
    newCommunes: 18,
  },
];

export interface DemoModel {
  units: UnitSet;
  province: ProvinceCtx;
  slots: Slot[];
}

function pickArea(rng: Rng, areas: [AreaClass, number][]): AreaClass {
  const total = areas.reduce((s, [, w]) => s + w, 0);
  let u = rng.next() * total;
  for (const [a, w] of areas) {
    u -= w;
    if (u < 0) return a;
  }
  return areas[0]?.[0] ?? 'I';
}

const pad = (n: number) => String(n).padStart(2, '0');

export function buildDemoModel(seed: number): DemoModel {
  const rng = new Rng(mixSeed(seed, 0xde30));
  const units = new UnitSet();
  const places = new PlaceNames(rng, ['Độc Lập', 'Hà Sơn', 'Nà Lương', 'Phìn Hồ', 'Sơn Lâm']);
  const province = units.add({
    code: DEMO_PROVINCE_CODE,
    name: 'Tỉnh Hà Sơn',
    kind: 'province',
    parent: null,
  });
  const partyRoot = units.add({
    code: 'HS-DB',
    name: 'Đảng bộ tỉnh Hà Sơn',
    kind: 'party_org',
    tree: 'party',
    parent: null,
  });
  partyRoot.province = province;
  const bloc = units.add({
    code: 'HS-DBK',
    name: 'Đảng bộ Khối các cơ quan tỉnh',
    kind: 'party_org',
    tree: 'party',
    parent: partyRoot,
  });
  const school = units.add({
    code: 'HS-TCT',
    name: 'Trường Chính trị tỉnh Hà Sơn',
    kind: 'training_institution',
    parent: province,
  });

  const ctx: ProvinceCtx = {
    unit: province,
    shortName: 'Hà Sơn',
    // Births registered in the northern mountain provinces (Lào Cai, Yên Bái, Hà Giang, Lai Châu).
    cccdCodes: ['010', '015', '002', '012'],
    southern: false,
    ethnicMix: REGION_MIXES.laoCaiMountain,
    communes: [],
    agencies: [],
    psus: [],
    districts: [],
    school,
    academy: 'Học viện Chính trị khu vực I',
  };

  // Former districts and communes, and the new communes that replaced them on 1 July 2025.
  let xa = 0;
  let phuong = 0;
  for (const d of DISTRICTS) {
    const district = units.add({
      code: d.code,
      name: d.name,
      kind: 'district',
      parent: province,
      validTo: REFORM_DAY,
    });
    ctx.districts.push(district);
    // Districts ended with the two-tier local government (Luật Tổ chức chính quyền địa phương 2025).
    units.event('dissolve', REFORM_DAY, district, null);
    let old = 0;
    for (let k = 0; k < d.newCommunes; k++) {
      const ward = d.urban;
      const area: AreaClass = ward ? 'I' : pickArea(rng, d.areas);
      const kind: UnitKind = ward ? 'ward' : 'commune';
      const prefix = ward ? 'Phường' : 'Xã';
      // One kept commune per rural district (Xã Độc Lập in Sơn Lâm): same unit, new parent.
      const kept = !ward && k === 0;
      const isDocLap = d.code === 'HS-H04' && kept;
      const code = ward ? `HS-P${pad(++phuong)}` : isDocLap ? DOC_LAP_CODE : `HS-X${pad(++xa + 1)}`;
      const name = isDocLap
        ? 'Xã Độc Lập'
        : `${prefix} ${places.next(area === 'I' ? 'lowland' : 'mountain')}`;
      const difficult = area === 'III' || (area === 'II' && rng.chance(0.4));
      let commune: UnitNode;
      const predecessors: UnitNode[] = [];
      if (kept) {
        commune = units.add({
          code,
          name,
          kind,
          parent: province,
          areaClass: isDocLap ? 'I' : area,
          difficultArea: isDocLap ? false : difficult,
          history: [{ parent: district, from: BEGINNING, to: REFORM_DAY }],
        });
        units.event('move', REFORM_DAY, commune, MERGER_DECISION, { to: DEMO_PROVINCE_CODE });
        predecessors.push(commune);
      } else {
        commune = units.add({
          code,
          name,
          kind,
          parent: province,
          validFrom: REFORM_DAY,
          areaClass: area,
          difficultArea: difficult,
          decisionNo: MERGER_DECISION,
        });
        const count = ward ? 2 : rng.int(2, 3) + (rng.chance(0.2) ? 1 : 0);
        for (let j = 0; j < count; j++) {
          // The district seat was a town (thị trấn); it merged like any other commune.
          const town = !ward && old === 0;
          const oldName = town
            ? `Thị trấn ${places.next('lowland')}`
            : `${prefix} ${places.next(area === 'I' ? 'lowland' : 'mountain')}`;
          const former = units.add({
            code: `${d.code}-${ward ? 'P' : 'X'}${pad(++old)}`,
            name: oldName,
            kind,
            parent: district,
            validTo: REFORM_DAY,
            areaClass: area,
            difficultArea: difficult,
          });
          former.mergedInto = commune;
          units.event('merge', REFORM_DAY, former, MERGER_DECISION, { into: code });
          predecessors.push(former);
        }
        units.event('merge_successor', REFORM_DAY, commune, MERGER_DECISION, {
          from: predecessors.map((p) => p.code),
        });
      }
      const partyUnit = units.add({
        code: `HS-DB-${code.slice(3)}`,
        name: `Đảng ủy ${ward ? 'phường' : 'xã'} ${name.replace(/^(Xã|Phường) /, '')}`,
        kind: 'party_org',
        tree: 'party',
        parent: partyRoot,
        validFrom: REFORM_DAY,
        decisionNo: '1688-QĐ/TU',
      });
      ctx.communes.push({
        unit: commune,
        predecessors,
        districts: [district],
        partyUnit,
        areaClass: commune.areaClass ?? 'I',
        dominantEthnicity: isDocLap ? 'Kinh' : dominantGroup(rng, area),
        divisions: [
          'Văn phòng HĐND và UBND',
          ward ? 'Phòng Kinh tế, Hạ tầng và Đô thị' : 'Phòng Kinh tế',
          'Phòng Văn hóa – Xã hội',
        ],
      });
    }
  }
  for (const a of AGENCIES) {
    const unit = units.add({ code: `HS-${a.code}`, name: a.name, kind: a.kind, parent: province });
    const divisions = a.divisions.map((dn, i) =>
      units.add({ code: `HS-${a.code}-${pad(i + 1)}`, name: dn, kind: 'agency', parent: unit }),
    );
    const partyUnit = units.add({
      code: `HS-DBK-${a.code}`,
      name: `Chi bộ ${a.name}`,
      kind: 'party_org',
      tree: 'party',
      parent: bloc,
    });
    ctx.agencies.push({
      unit,
      divisions,
      partyUnit,
      headTitle: a.head,
      deputyTitle: a.deputy,
      field: a.field,
    } satisfies AgencyCtx);
  }
  const schoolCell = units.add({
    code: 'HS-DBK-TCT',
    name: 'Chi bộ Trường Chính trị tỉnh',
    kind: 'party_org',
    tree: 'party',
    parent: bloc,
  });
  ctx.psus.push({ unit: school, sector: 'training', weight: 40, partyUnit: schoolCell, commune: null });
  const agencyUnit = (code: string | null) =>
    ctx.agencies.find((g) => g.unit.code === `HS-${code}`)?.unit ?? province;
  const provincial: { code: string; name: string; parent: UnitNode; sector: Sector; weight: number }[] = [
    ...PROVINCIAL_PSUS.map((d) => ({
      code: d.code,
      name: d.name('Hà Sơn'),
      parent: agencyUnit(d.parent),
      sector: d.sector,
      weight: d.weight,
    })),
    // One upper-secondary school per former district (they stayed with the province in 2025).
    ...ctx.districts.map((d, i) => ({
      code: `THPT${i + 1}`,
      name: `Trường THPT ${d.name.replace(/^(Huyện|Thành phố) /, '')}`,
      parent: agencyUnit('SGDDT'),
      sector: 'education' as const,
      weight: 55,
    })),
  ];
  for (const d of provincial) {
    const unit = units.add({ code: `HS-${d.code}`, name: d.name, kind: 'public_service', parent: d.parent });
    const partyUnit = units.add({
      code: `HS-DBK-${d.code}`,
      name: `Chi bộ ${d.name}`,
      kind: 'party_org',
      tree: 'party',
      parent: bloc,
    });
    ctx.psus.push({ unit, sector: d.sector, weight: d.weight, partyUnit, commune: null });
  }
  for (const c of ctx.communes) {
    const place = c.unit.name.replace(/^(Xã|Phường) /, '');
    const ward = c.unit.kind === 'ward';
    const schools: [string, string, Sector, number][] = ward
      ? [
          ['MN', `Trường Mầm non ${place}`, 'education', 12],
          ['TH', `Trường Tiểu học ${place}`, 'education', 14],
          ['THCS', `Trường THCS ${place}`, 'education', 12],
          ['TYT', `Trạm Y tế phường ${place}`, 'health', 5],
        ]
      : [
          ['MN', `Trường Mầm non ${place}`, 'education', 10],
          ['THCS', `Trường Phổ thông dân tộc bán trú Tiểu học và THCS ${place}`, 'education', 18],
          ['TYT', `Trạm Y tế xã ${place}`, 'health', 4],
        ];
    const district = c.districts[0] ?? province;
    for (const [suffix, name, sector, weight] of schools) {
      // Schools and health stations existed before the reform under the district; now under the commune.
      const unit = units.add({
        code: `${c.unit.code}-${suffix}`,
        name,
        kind: 'public_service',
        parent: c.unit,
        history: [{ parent: district, from: BEGINNING, to: REFORM_DAY }],
      });
      units.event('move', REFORM_DAY, unit, MERGER_DECISION, { to: c.unit.code });
      ctx.psus.push({ unit, sector, weight, partyUnit: c.partyUnit, commune: c });
    }
  }
  return { units, province: ctx, slots: demoSlots(rng, ctx) };
}

/** Xã Độc Lập's 18 people (seed 000): ~90% cao đẳng+, 8 studying for a higher degree. */
const DOC_LAP_HINTS: QualHints[] = [
  { professional: 'dai_hoc' },
  { professional: 'dai_hoc', studying: 'thac_si' },
  { professional: 'dai_hoc' },
  { professional: 'thac_si' },
  { professional: 'dai_hoc', studying: 'dai_hoc_vb2' },
  { professional: 'dai_hoc' },
  { professional: 'dai_hoc' },
  { professional: 'dai_hoc', studying: 'dai_hoc_vb2' },
  { professional: 'cao_dang', studying: 'dai_hoc' },
  { professional: 'dai_hoc' },
  { professional: 'dai_hoc', studying: 'dai_hoc_vb2' },
  { professional: 'dai_hoc' },
  { professional: 'trung_cap', studying: 'dai_hoc' },
  { professional: 'dai_hoc', studying: 'dai_hoc_vb2' },
  { professional: 'cao_dang' },
  { professional: 'trung_cap', studying: 'thac_si' },
  { professional: 'dai_hoc' },
  { professional: 'dai_hoc' },
];

function demoSlots(rng: Rng, p: ProvinceCtx): Slot[] {
  const slots: Slot[] = [];
  for (const c of p.communes) {
    const docLap = c.unit.code === DOC_LAP_CODE;
    const ward = c.unit.kind === 'ward';
    const start = slots.length;
    const add = (post: CommunePost, concurrent: CommunePost[] = [], division: string | null = null) =>
      slots.push({ type: 'commune', province: p, commune: c, post, concurrent, division });
    // Bí thư kiêm Chủ tịch HĐND (the 2025 model); the chair of the People's Committee is a
    // deputy secretary too in most communes, so each commune has one or two Phó Bí thư.
    add('XA_BT', ['XA_CT_HDND']);
    add('XA_CT_UBND', docLap || rng.chance(0.7) ? ['XA_PBT'] : []);
    add('XA_PBT');
    add('XA_PCT_HDND');
    add('XA_PCT_UBND');
    add('XA_PCT_UBND');
    add('XA_CT_MTTQ');
    const divisions = docLap ? c.divisions.slice(0, 2) : c.divisions;
    for (const d of divisions) add('XA_TRUONG_PHONG', [], d);
    for (const d of divisions) add('XA_PHO_PHONG', [], d);
    const staff = docLap
      ? 7
      : ward
        ? rng.int(16, 22)
        : c.areaClass === 'I'
          ? rng.int(14, 18)
          : c.areaClass === 'II'
            ? rng.int(12, 16)
            : rng.int(10, 14);
    const posts: CommunePost[] = ['XA_CC_VP', 'XA_CC_DC', 'XA_CC_TC', 'XA_CC_TP', 'XA_CC_VH'];
    for (let i = 0; i < staff; i++) add(posts[i % posts.length] ?? 'XA_CC_VP');
    if (docLap) {
      slots.slice(start).forEach((s, i) => {
        s.qual = DOC_LAP_HINTS[i];
      });
      const bt = slots[start];
      if (bt?.type === 'commune') {
        bt.fixed = { fullName: 'Nguyễn Văn Chà', gender: 'male', ethnicity: 'Kinh', birthYear: 1971 };
        bt.origin = 'local';
      }
    }
  }
  for (const g of p.agencies) {
    const add = (post: ProvincePost, division: AgencyCtx['divisions'][number] | null) =>
      slots.push({ type: 'agency', province: p, agency: g, division, post });
    add('TINH_GD_SO', null);
    for (let i = rng.int(2, 3); i > 0; i--) add('TINH_PGD_SO', null);
    for (const d of g.divisions) {
      add('TINH_TRUONG_PHONG', d);
      for (let i = rng.int(1, 2); i > 0; i--) add('TINH_PHO_PHONG', d);
      for (let i = rng.int(4, 8); i > 0; i--) add('TINH_CONG_CHUC', d);
    }
  }
  // People who left: retired civil servants and public employees, and a few who moved away.
  const leavers = Math.round(DEMO_PEOPLE * 0.015);
  for (let i = 0; i < leavers; i++) {
    const g = rng.pick(p.agencies);
    const division = g.divisions.length ? rng.pick(g.divisions) : null;
    slots.push({
      type: 'agency',
      province: p,
      agency: g,
      division,
      post: 'TINH_CONG_CHUC',
      leave: i % 4 === 3 ? 'moved_out' : 'retired',
    });
  }
  // Public employees fill the rest, by unit size (largest remainder keeps the total exact).
  const remaining = DEMO_PEOPLE - slots.length;
  const totalWeight = p.psus.reduce((s, u) => s + u.weight, 0);
  const shares = p.psus.map((u) => (u.weight / totalWeight) * remaining);
  const counts = shares.map(Math.floor);
  let short = remaining - counts.reduce((s, n) => s + n, 0);
  const order = shares
    .map((s, i) => [s - Math.floor(s), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (short <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    short--;
  }
  p.psus.forEach((psu: PsuCtx, i) => {
    for (let k = counts[i] ?? 0; k > 0; k--) slots.push({ type: 'psu', province: p, psu });
  });
  return slots;
}
