/**
 * The synthetic nation's organisation: 34 provinces, each with its former districts and communes
 * (ended 1 July 2025, merged into the new communes), its 3,321 commune-level units in total,
 * ~20 agencies with divisions, the political school, public-service units (schools and health
 * stations under each commune since the reform, under the district before), and the party tree.
 * A few tens of thousands of units: small enough to hold in memory, unlike the people.
 */
import type { AreaClass, UnitKind } from '../../../../core/catalog/enums';
import { AGENCIES, BORDER_ONLY, forCity, PROVINCIAL_PSUS } from '../agencies';
import { BEGINNING, REFORM_DAY } from '../days';
import { REGION_MIXES, type RegionMix } from '../ethnic';
import type { AgencyCtx, CommuneCtx, ProvinceCtx, PsuCtx, Sector } from '../model';
import { PlaceNames } from '../places';
import { mixSeed, Rng, Table, weights } from '../prng';
import { type UnitNode, UnitSet } from '../units';
import { ACADEMIES, PROVINCES, type ProvinceDef } from './provinces';

export interface NationModel {
  units: UnitSet;
  provinces: ProvinceCtx[];
  /** Communes and agencies in a shuffled order, so a small N still spreads over the country. */
  communes: CommuneCtx[];
  agencies: AgencyCtx[];
  /** Public-service units weighted by their staff size. */
  psus: Table<PsuCtx>;
  provinceOf: Map<UnitNode, ProvinceCtx>;
}

const MOUNTAIN: ReadonlySet<RegionMix> = new Set([
  'northWestMountain',
  'northEastMountain',
  'laoCaiMountain',
]);
const BORDER = new Set(['04', '08', '11', '12', '14', '15', '20', '22', '44', '51', '52', '66', '80', '91']);

function areaTable(mix: RegionMix): Table<AreaClass> {
  if (MOUNTAIN.has(mix)) return weights({ I: 25, II: 35, III: 40 });
  if (mix === 'delta' || mix === 'southEast') return weights({ I: 92, II: 6, III: 2 });
  return weights({ I: 60, II: 25, III: 15 });
}

const PREDECESSORS = new Table<number>([
  [1, 10],
  [2, 25],
  [3, 35],
  [4, 25],
  [5, 5],
]);
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const place = (name: string) => name.replace(/^(Xã|Phường|Đặc khu|Thị trấn) /, '');

function buildProvince(units: UnitSet, rng: Rng, def: ProvinceDef): ProvinceCtx {
  const city = def.name.startsWith('Thành phố');
  const rename = (s: string) => (city ? forCity(s) : s);
  const pc = `P${def.code}`;
  const places = new PlaceNames(rng);
  const mix = REGION_MIXES[def.mix];
  const areas = areaTable(def.mix);
  const province = units.add({
    code: pc,
    name: def.name,
    kind: 'province',
    parent: null,
    officialCode: def.code,
  });
  const partyRoot = units.add({
    code: `${pc}-DB`,
    name: `Đảng bộ ${def.name.replace(/^Tỉnh/, 'tỉnh').replace(/^Thành phố/, 'thành phố')}`,
    kind: 'party_org',
    tree: 'party',
    parent: null,
  });
  partyRoot.province = province;
  const bloc = units.add({
    code: `${pc}-DBK`,
    name: rename('Đảng bộ Khối các cơ quan tỉnh'),
    kind: 'party_org',
    tree: 'party',
    parent: partyRoot,
  });
  const school = units.add({
    code: `${pc}-TCT`,
    name: `Trường Chính trị ${def.name.replace(/^Tỉnh/, 'tỉnh').replace(/^Thành phố/, 'thành phố')}`,
    kind: 'training_institution',
    parent: province,
  });
  const ctx: ProvinceCtx = {
    unit: province,
    shortName: def.shortName,
    cccdCodes: def.cccd,
    southern: def.southern,
    ethnicMix: mix,
    communes: [],
    agencies: [],
    psus: [],
    districts: [],
    school,
    academy: ACADEMIES[def.academy],
  };

  // Former districts: urban districts (quận, thị xã) first, where the wards came from.
  const districtCount = Math.max(2, Math.round(def.communes / 4.8));
  const urbanDistricts = Math.min(districtCount - 1, Math.ceil((def.wards / def.communes) * districtCount));
  for (let i = 0; i < districtCount; i++) {
    const urban = i < urbanDistricts;
    const name = `${urban ? (city ? 'Quận' : 'Thị xã') : 'Huyện'} ${places.next(urban ? 'lowland' : MOUNTAIN.has(def.mix) ? 'mountain' : 'lowland')}`;
    const district = units.add({
      code: `${pc}-H${pad(i + 1, 2)}`,
      name,
      kind: 'district',
      parent: province,
      validTo: REFORM_DAY,
    });
    units.event('dissolve', REFORM_DAY, district, null);
    ctx.districts.push(district);
  }

  const decision = `${1650 + Number(def.code)}/NQ-UBTVQH15`;
  const oldCount = new Map<UnitNode, number>();
  for (let k = 0; k < def.communes; k++) {
    const kind: UnitKind =
      k < def.wards ? 'ward' : k < def.wards + def.specialZones ? 'special_zone' : 'commune';
    const district =
      ctx.districts[Math.min(districtCount - 1, Math.floor((k * districtCount) / def.communes))] ?? province;
    const area: AreaClass = kind === 'commune' ? rng.from(areas) : 'I';
    const style = area === 'I' ? 'lowland' : 'mountain';
    const prefix = kind === 'ward' ? 'Phường' : kind === 'special_zone' ? 'Đặc khu' : 'Xã';
    const code = `${pc}-X${pad(k + 1, 3)}`;
    const name = `${prefix} ${places.next(style)}`;
    const difficult = area === 'III' || (area === 'II' && rng.chance(0.4));
    const commune = units.add({
      code,
      name,
      kind,
      parent: province,
      validFrom: REFORM_DAY,
      areaClass: area,
      difficultArea: difficult,
      decisionNo: decision,
    });
    const predecessors: UnitNode[] = [];
    const count = rng.from(PREDECESSORS);
    for (let j = 0; j < count; j++) {
      const n = (oldCount.get(district) ?? 0) + 1;
      oldCount.set(district, n);
      const town = kind === 'commune' && n === 1;
      const oldKind: UnitKind = kind === 'ward' ? 'ward' : 'commune';
      const oldPrefix = kind === 'ward' ? 'Phường' : town ? 'Thị trấn' : 'Xã';
      const former = units.add({
        code: `${district.code}-X${pad(n, 2)}`,
        name: `${oldPrefix} ${places.next(style)}`,
        kind: oldKind,
        parent: district,
        validTo: REFORM_DAY,
        areaClass: area,
        difficultArea: difficult,
      });
      former.mergedInto = commune;
      units.event('merge', REFORM_DAY, former, decision, { into: code });
      predecessors.push(former);
    }
    units.event('merge_successor', REFORM_DAY, commune, decision, { from: predecessors.map((p) => p.code) });
    const partyUnit = units.add({
      code: `${pc}-DB-X${pad(k + 1, 3)}`,
      name: `Đảng ủy ${prefix.toLowerCase()} ${place(name)}`,
      kind: 'party_org',
      tree: 'party',
      parent: partyRoot,
      validFrom: REFORM_DAY,
    });
    let dominant = rng.from(mix);
    for (let tries = 0; tries < 3 && area === 'III' && dominant === 'Kinh'; tries++) dominant = rng.from(mix);
    const c: CommuneCtx = {
      unit: commune,
      predecessors,
      districts: [district],
      partyUnit,
      areaClass: area,
      dominantEthnicity: dominant,
      divisions: [
        'Văn phòng HĐND và UBND',
        kind === 'ward' ? 'Phòng Kinh tế, Hạ tầng và Đô thị' : 'Phòng Kinh tế',
        'Phòng Văn hóa – Xã hội',
      ],
    };
    ctx.communes.push(c);
    const schools: [string, string, Sector, number][] = [
      ['MN', `Trường Mầm non ${place(name)}`, 'education', 12],
      ['TH', `Trường Tiểu học ${place(name)}`, 'education', 18],
      ['THCS', `Trường THCS ${place(name)}`, 'education', 16],
      ['TYT', `Trạm Y tế ${prefix.toLowerCase()} ${place(name)}`, 'health', 5],
    ];
    for (const [suffix, psuName, sector, weight] of schools) {
      const unit = units.add({
        code: `${code}-${suffix}`,
        name: psuName,
        kind: 'public_service',
        parent: commune,
        history: [{ parent: district, from: BEGINNING, to: REFORM_DAY }],
      });
      units.event('move', REFORM_DAY, unit, decision, { to: code });
      ctx.psus.push({ unit, sector, weight, partyUnit, commune: c });
    }
  }

  const border = BORDER.has(def.code);
  for (const a of AGENCIES) {
    if (BORDER_ONLY.has(a.code) && !border) continue;
    const name = rename(a.name);
    const unit = units.add({ code: `${pc}-${a.code}`, name, kind: a.kind, parent: province });
    const divisions = a.divisions.map((dn, i) =>
      units.add({ code: `${pc}-${a.code}-${pad(i + 1, 2)}`, name: dn, kind: 'agency', parent: unit }),
    );
    const partyUnit = units.add({
      code: `${pc}-DBK-${a.code}`,
      name: `Chi bộ ${name}`,
      kind: 'party_org',
      tree: 'party',
      parent: bloc,
    });
    ctx.agencies.push({
      unit,
      divisions,
      partyUnit,
      headTitle: rename(a.head),
      deputyTitle: rename(a.deputy),
      field: a.field,
    });
  }
  const schoolCell = units.add({
    code: `${pc}-DBK-TCT`,
    name: `Chi bộ ${school.name}`,
    kind: 'party_org',
    tree: 'party',
    parent: bloc,
  });
  ctx.psus.push({ unit: school, sector: 'training', weight: 40, partyUnit: schoolCell, commune: null });
  const agencyUnit = (code: string | null) =>
    ctx.agencies.find((g) => g.unit.code === `${pc}-${code}`)?.unit ?? province;
  const provincial = [
    ...PROVINCIAL_PSUS.filter((d) => d.code !== 'DTNT' || MOUNTAIN.has(def.mix)).map((d) => ({
      ...d,
      name: rename(d.name(def.shortName)),
    })),
    ...ctx.districts.map((d, i) => ({
      code: `THPT${i + 1}`,
      name: `Trường THPT ${place(d.name.replace(/^(Huyện|Quận|Thị xã) /, ''))}`,
      parent: 'SGDDT',
      sector: 'education' as const,
      weight: 55,
    })),
  ];
  for (const d of provincial) {
    const unit = units.add({
      code: `${pc}-${d.code}`,
      name: d.name,
      kind: 'public_service',
      parent: agencyUnit(d.parent),
    });
    const partyUnit = units.add({
      code: `${pc}-DBK-${d.code}`,
      name: `Chi bộ ${d.name}`,
      kind: 'party_org',
      tree: 'party',
      parent: bloc,
    });
    ctx.psus.push({ unit, sector: d.sector, weight: d.weight, partyUnit, commune: null });
  }
  return ctx;
}

export function buildNationModel(seed: number): NationModel {
  const rng = new Rng(mixSeed(seed, 0x4a710));
  const units = new UnitSet();
  const provinces = PROVINCES.map((def) => buildProvince(units, rng, def));
  const communes = rng.shuffle(provinces.flatMap((p) => p.communes));
  const agencies = rng.shuffle(provinces.flatMap((p) => p.agencies));
  const psus = new Table(provinces.flatMap((p) => p.psus.map((u) => [u, u.weight] as const)));
  const provinceOf = new Map(provinces.map((p) => [p.unit, p] as const));
  return { units, provinces, communes, agencies, psus, provinceOf };
}
