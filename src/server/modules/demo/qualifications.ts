/**
 * Dated qualification records (domain §4) that match the seeds' figures: commune staff ≈ 90%
 * cao đẳng or higher and fewer degrees in area III communes (seed 003, Lào Cai), key commune
 * cadres ≈ 99% đại học+ with mostly trung cấp LLCT and some cao cấp (seed 004, Bắc Giang),
 * provincial leaders with cao cấp. Records accumulate (trung cấp, then đại học part-time…), some
 * are in progress (đang học: "đã, đang hoàn thiện"), and some people simply have gaps.
 */

import type { QualificationStatus, TrainingMode } from '../../../core/catalog/enums';
import type { Dimension } from '../../../core/catalog/levels';
import { addYears, DATA_AS_OF, type Day, dayOf, REFORM_DAY, yearOf } from './days';
import type { Career } from './histories';
import { collegeOf, fieldFor, MAJORS, NORTH_UNIVERSITIES, SOUTH_UNIVERSITIES } from './majors';
import type { Field } from './model';
import type { Basics } from './people';
import { type Rng, weights } from './prng';
import {
  type Llct,
  type Prof,
  type Profile,
  profileFor,
  type Qlnn,
  requiredLlct,
} from './qualification-profiles';
import type { QualHints, Slot } from './slots';

export interface QualificationPlan {
  dimension: Dimension;
  level: string;
  major: string | null;
  institution: string | null;
  mode: TrainingMode | null;
  language: string | null;
  start: Day | null;
  end: Day | null;
  status: QualificationStatus;
  certificateNo: string | null;
}

const PROF_ORDER: Prof[] = ['none', 'so_cap', 'trung_cap', 'cao_dang', 'dai_hoc', 'thac_si', 'tien_si'];
const LLCT_ORDER: Llct[] = ['none', 'so_cap', 'trung_cap', 'cao_cap'];
const LATEST_END = DATA_AS_OF - 10;

class Builder {
  readonly list: QualificationPlan[] = [];

  constructor(
    private readonly rng: Rng,
    private readonly slot: Slot,
  ) {}

  add(
    dimension: Dimension,
    level: string,
    start: Day,
    end: Day,
    opts: {
      major?: string | null;
      institution?: string | null;
      mode?: TrainingMode | null;
      language?: string | null;
    } = {},
  ): void {
    this.list.push({
      dimension,
      level,
      major: opts.major ?? null,
      institution: opts.institution ?? null,
      mode: opts.mode ?? null,
      language: opts.language ?? null,
      start,
      end,
      status: 'completed',
      certificateNo: certificate(this.rng, dimension, yearOf(end)),
    });
  }

  studying(
    dimension: Dimension,
    level: string,
    opts: { major?: string | null; institution?: string | null; mode?: TrainingMode | null } = {},
  ): void {
    this.list.push({
      dimension,
      level,
      major: opts.major ?? null,
      institution: opts.institution ?? null,
      mode: opts.mode ?? 'part_time',
      language: null,
      start: DATA_AS_OF - this.rng.int(45, 640),
      end: null,
      status: 'in_progress',
      certificateNo: null,
    });
  }

  get provinceName(): string {
    return this.slot.province.shortName;
  }

  university(field: Field): string {
    const south = this.slot.province.southern && this.rng.chance(0.75);
    return this.rng.pick((south ? SOUTH_UNIVERSITIES : NORTH_UNIVERSITIES)[field]);
  }
}

const CERT_PREFIX: Record<Dimension, string> = {
  generalEducation: 'THPT',
  professional: 'VB',
  politicalTheory: 'LLCT',
  stateManagement: 'QLNN',
  leadership: 'LĐQL',
  defenceSecurity: 'QPAN',
  it: 'CNTT',
  foreignLanguage: 'NN',
  ethnicLanguage: 'TDT',
};

function certificate(rng: Rng, dimension: Dimension, year: number): string {
  return `${CERT_PREFIX[dimension]}-${year}/${rng.digits(6)}`;
}

/** A course of `days` that starts on or after `earliest` and ends before the data date, or null. */
function courseWithin(rng: Rng, earliest: Day, spreadDays: number, days: number): [Day, Day] | null {
  const latestStart = LATEST_END - days;
  if (earliest > latestStart) return null;
  const start = earliest + Math.floor(rng.next() * Math.min(spreadDays, latestStart - earliest));
  return [start, start + days];
}

/** The September–June academic years of a degree that begins at `age`. */
function academic(basics: Basics, age: number, years: number): [Day, Day] {
  const startYear = basics.birthYear + age;
  return [dayOf(startYear, 9, 5), dayOf(startYear + years, 6, 30)];
}

function professional(
  b: Builder,
  rng: Rng,
  basics: Basics,
  career: Career,
  p: Profile,
  hints: QualHints | undefined,
  field: Field,
): void {
  let target: Prof = hints?.professional ?? rng.from(p.prof);
  const major = rng.pick(MAJORS[field]);
  const school = collegeOf(field, b.provinceName);
  if (target === 'none') return;
  if (target === 'cao_dang' && rng.chance(0.3)) {
    // Trung cấp first, cao đẳng part-time later (liên thông).
    const [s, e] = academic(basics, 18, 2);
    b.add('professional', 'trung_cap', s, e, { major, institution: school, mode: 'full_time' });
    const course = courseWithin(rng, Math.max(e, career.start) + 365, 365 * 6, rng.int(500, 750));
    if (course)
      b.add('professional', 'cao_dang', course[0], course[1], {
        major,
        institution: school,
        mode: 'part_time',
      });
    else target = 'trung_cap';
  } else if (target === 'so_cap' || target === 'trung_cap' || target === 'cao_dang') {
    const years = target === 'cao_dang' ? 3 : target === 'trung_cap' ? 2 : 1;
    const [s, e] = academic(basics, 18, years);
    b.add('professional', target, s, e, { major, institution: school, mode: 'full_time' });
  } else {
    // Đại học: straight after school, or part-time after an earlier diploma (liên thông).
    const direct = rng.chance(p.direct) || career.start < addYears(basics.birth, 24);
    let degreeEnd: Day;
    if (direct) {
      const [s, e] = academic(basics, 18, 4);
      degreeEnd = e;
      b.add('professional', 'dai_hoc', s, e, { major, institution: b.university(field), mode: 'full_time' });
    } else {
      const [s0, e0] = academic(basics, 18, rng.chance(0.5) ? 2 : 3);
      b.add('professional', rng.chance(0.5) ? 'trung_cap' : 'cao_dang', s0, e0, {
        major,
        institution: school,
        mode: 'full_time',
      });
      const course = courseWithin(rng, career.start + 365, 365 * 8, rng.int(700, 1200));
      if (!course) {
        b.list.pop();
        const [s, e] = academic(basics, 18, 4);
        degreeEnd = e;
        b.add('professional', 'dai_hoc', s, e, {
          major,
          institution: b.university(field),
          mode: 'full_time',
        });
      } else {
        degreeEnd = course[1];
        b.add('professional', 'dai_hoc', course[0], course[1], {
          major,
          institution: b.university(field),
          mode: 'part_time',
        });
      }
    }
    if (target === 'thac_si' || target === 'tien_si') {
      const master = courseWithin(
        rng,
        Math.max(degreeEnd + 365 * 2, career.start + 365),
        365 * 10,
        rng.int(600, 800),
      );
      if (master) {
        b.add('professional', 'thac_si', master[0], master[1], {
          major,
          institution: b.university(field),
          mode: 'part_time',
        });
        if (target === 'tien_si') {
          const doctor = courseWithin(rng, master[1] + 365, 365 * 6, rng.int(1100, 1600));
          if (doctor)
            b.add('professional', 'tien_si', doctor[0], doctor[1], {
              major,
              institution: b.university(field),
              mode: 'part_time',
            });
          else target = 'thac_si';
        }
      } else {
        target = 'dai_hoc';
      }
    }
    if (rng.chance(p.secondDegree)) {
      const second = courseWithin(rng, degreeEnd + 365 * 2, 365 * 10, rng.int(700, 900));
      if (second) {
        b.add('professional', 'dai_hoc', second[0], second[1], {
          major: 'Luật (văn bằng 2)',
          institution: b.university('law'),
          mode: 'part_time',
        });
      }
    }
  }
  // Studying now for the next degree ("đi học nâng cao trình độ", seed 000).
  const studying = hints?.studying ?? (rng.chance(p.profStudying) ? 'next' : null);
  if (studying === 'dai_hoc_vb2') {
    b.studying('professional', 'dai_hoc', { major: 'Luật (văn bằng 2)', institution: b.university('law') });
  } else if (studying === 'dai_hoc' || studying === 'thac_si') {
    b.studying('professional', studying, { major, institution: b.university(field) });
  } else if (studying === 'next') {
    const next = PROF_ORDER[Math.max(PROF_ORDER.indexOf(target) + 1, PROF_ORDER.indexOf('dai_hoc'))];
    if (next && next !== 'none')
      b.studying('professional', next, { major, institution: b.university(field) });
  }
}

function politicalTheory(b: Builder, rng: Rng, basics: Basics, career: Career, p: Profile, slot: Slot): void {
  const target = rng.from(p.llct);
  const school = slot.province.school.name;
  const earliest = Math.max(career.start + 365, addYears(basics.birth, 23));
  const centre = () =>
    slot.province.districts.length > 0
      ? `Trung tâm Chính trị ${rng.pick(slot.province.districts).name}`
      : 'Trung tâm Chính trị cấp huyện';
  let last: Day = earliest;
  let reached: Llct = 'none';
  const order = LLCT_ORDER.indexOf(target);
  if (order >= 1 && (target === 'so_cap' || rng.chance(0.4))) {
    const c = courseWithin(rng, earliest - 365, 365 * 4, rng.int(60, 100));
    if (c) {
      // Sơ cấp was taught by the district political centres, abolished with the districts in 2025.
      b.add('politicalTheory', 'so_cap', c[0], c[1], {
        institution: c[0] < REFORM_DAY ? centre() : school,
        mode: 'full_time',
      });
      last = c[1];
      reached = 'so_cap';
    }
  }
  if (order >= 2) {
    const partTime = rng.chance(0.7);
    const c = courseWithin(rng, last + 180, 365 * 8, partTime ? rng.int(360, 540) : rng.int(220, 260));
    if (c) {
      b.add('politicalTheory', 'trung_cap', c[0], c[1], {
        institution: school,
        mode: partTime ? 'part_time' : 'full_time',
      });
      last = c[1];
      reached = 'trung_cap';
    }
  }
  if (order >= 3) {
    const partTime = rng.chance(0.6);
    const c = courseWithin(rng, last + 365, 365 * 8, partTime ? rng.int(600, 730) : rng.int(240, 300));
    if (c) {
      const academy = slot.province.academy;
      b.add('politicalTheory', 'cao_cap', c[0], c[1], {
        institution: academy,
        mode: partTime ? 'part_time' : 'full_time',
      });
      reached = 'cao_cap';
    }
  }
  const next = LLCT_ORDER[LLCT_ORDER.indexOf(reached) + 1];
  if (!next) return;
  // Short of the target for lack of time, or below what the post requires: most are studying now
  // ("đang hoàn thiện"); others go further than required now and then.
  const rank = LLCT_ORDER.indexOf(reached);
  const chance =
    reached !== target ? 0.8 : rank < LLCT_ORDER.indexOf(requiredLlct(slot)) ? 0.7 : p.llctStudying;
  if (rng.chance(chance)) {
    b.studying('politicalTheory', next, { institution: next === 'cao_cap' ? slot.province.academy : school });
  }
}

function stateManagement(b: Builder, rng: Rng, career: Career, p: Profile, slot: Slot): void {
  const target = rng.from(p.qlnn);
  if (target === 'none') return;
  const ladder: Qlnn[] = ['can_su', 'chuyen_vien', 'chuyen_vien_chinh', 'chuyen_vien_cao_cap'];
  const top = ladder.indexOf(target);
  // Each rank course once; lower ranks recorded for about half of those above them.
  let last = career.start + 180;
  for (let i = Math.max(0, top - 1); i <= top; i++) {
    const level = ladder[i];
    if (!level || (i < top && rng.chance(0.5))) continue;
    const weeks = i <= 1 ? 4 : i === 2 ? 6 : 8;
    const c = courseWithin(rng, last, 365 * 6, weeks * 7);
    if (!c) continue;
    const institution = i >= 2 ? 'Học viện Hành chính Quốc gia' : slot.province.school.name;
    b.add('stateManagement', level, c[0], c[1], {
      major: `Bồi dưỡng kiến thức quản lý nhà nước chương trình ${level === 'can_su' ? 'cán sự' : level === 'chuyen_vien' ? 'chuyên viên' : level === 'chuyen_vien_chinh' ? 'chuyên viên chính' : 'chuyên viên cao cấp'}`,
      institution,
      mode: c[0] > dayOf(2020, 6, 1) && rng.chance(0.3) ? 'blended' : 'full_time',
    });
    last = c[1] + 365 * 2;
  }
}

function leadership(b: Builder, rng: Rng, career: Career, p: Profile, slot: Slot): void {
  const target = rng.from(p.lead);
  if (target === 'none') return;
  // Leadership programmes come with the appointment: the person's first leadership post.
  const firstLead = career.assignments.find(
    (a) => a.post !== 'VIEN_CHUC' && !a.post.endsWith('CONG_CHUC') && !a.post.startsWith('XA_CC_'),
  );
  let earliest = firstLead?.from ?? career.start + 365 * 5;
  // Cấp huyện programmes ended with the districts.
  if (target === 'cap_huyen') earliest = Math.min(earliest, REFORM_DAY - 400);
  const c = courseWithin(rng, earliest - 120, 365 * 3, 14);
  if (!c) return;
  if (target === 'cap_huyen' && c[1] >= REFORM_DAY) return;
  b.add('leadership', target, c[0], c[1], {
    major: `Bồi dưỡng lãnh đạo, quản lý ${target === 'cap_phong' ? 'cấp phòng' : target === 'cap_huyen' ? 'cấp huyện' : 'cấp sở'}`,
    institution: target === 'cap_phong' ? slot.province.school.name : 'Học viện Hành chính Quốc gia',
    mode: 'full_time',
  });
}

function defence(b: Builder, rng: Rng, career: Career, p: Profile, slot: Slot): void {
  const target = rng.from(p.def);
  if (target === 'none') return;
  const c = courseWithin(
    rng,
    career.start + 365 * 2,
    365 * 10,
    target === 'dt4' ? 10 : target === 'dt3' ? 21 : 35,
  );
  if (!c) return;
  b.add('defenceSecurity', target, c[0], c[1], {
    institution:
      target === 'dt2'
        ? 'Học viện Quốc phòng'
        : target === 'dt3'
          ? 'Trường Quân sự Quân khu'
          : `Bộ Chỉ huy Quân sự ${slot.province.unit.name}`,
    mode: 'full_time',
  });
}

function itAndLanguages(b: Builder, rng: Rng, basics: Basics, career: Career, p: Profile, slot: Slot): void {
  const centre = `Trung tâm Ngoại ngữ – Tin học ${slot.province.shortName}`;
  if (rng.chance(p.it)) {
    const c = courseWithin(rng, addYears(basics.birth, 19), 365 * 15, rng.int(30, 90));
    if (c) {
      // Before 2016 certificates were "trình độ A/B/C"; they map to the basic/advanced levels.
      const old = c[1] < dayOf(2016, 7, 1);
      const advanced = rng.chance(0.1);
      b.add('it', advanced ? 'nang_cao' : 'co_ban', c[0], c[1], {
        major: old
          ? `Tin học văn phòng trình độ ${advanced ? 'C' : rng.chance(0.6) ? 'B' : 'A'}`
          : `Ứng dụng CNTT ${advanced ? 'nâng cao' : 'cơ bản'}`,
        institution: centre,
        mode: 'full_time',
      });
      // Holders of the old A/B/C certificates often took the post-2016 standard as well.
      if (old && rng.chance(0.3)) {
        const again = courseWithin(rng, dayOf(2017, 1, 1), 365 * 8, rng.int(20, 60));
        if (again) {
          b.add('it', 'co_ban', again[0], again[1], {
            major: 'Ứng dụng CNTT cơ bản',
            institution: centre,
            mode: 'blended',
          });
        }
      }
    }
  }
  if (rng.chance(p.foreign)) {
    const c = courseWithin(rng, addYears(basics.birth, 19), 365 * 15, rng.int(60, 180));
    if (c) {
      const level = rng.from(FOREIGN_LEVELS);
      const chinese = !slot.province.southern && rng.chance(0.1);
      b.add('foreignLanguage', level, c[0], c[1], {
        language: chinese ? 'Tiếng Trung' : rng.chance(0.97) ? 'Tiếng Anh' : 'Tiếng Pháp',
        institution: centre,
        mode: 'full_time',
      });
    }
  }
  if (rng.chance(p.ethnicLanguage) && slot.type === 'commune' && slot.commune.dominantEthnicity !== 'Kinh') {
    const c = courseWithin(rng, career.start, 365 * 10, rng.int(60, 120));
    if (c) {
      b.add('ethnicLanguage', 'co', c[0], c[1], {
        language: `Tiếng ${slot.commune.dominantEthnicity}`,
        institution: slot.province.school.name,
        mode: 'full_time',
      });
    }
  }
}

const FOREIGN_LEVELS = weights({ bac_1: 5, bac_2: 40, bac_3: 40, bac_4: 12, bac_5: 3 });

function generalEducation(b: Builder, rng: Rng, basics: Basics, slot: Slot): void {
  const school = `Trường THPT ${rng.pick(slot.province.communes).unit.name.replace(/^(Xã|Phường|Đặc khu) /, '')}`;
  // Older staff of remote communes finished lower secondary first, upper secondary in evening classes.
  if (
    slot.type === 'commune' &&
    slot.commune.areaClass === 'III' &&
    basics.birthYear < 1978 &&
    rng.chance(0.3)
  ) {
    b.add(
      'generalEducation',
      'thcs',
      dayOf(basics.birthYear + 11, 9, 5),
      dayOf(basics.birthYear + 15, 6, 1),
      {
        institution: `Trường THCS ${slot.commune.unit.name.replace(/^(Xã|Phường) /, '')}`,
      },
    );
    if (rng.chance(0.7)) {
      const c = courseWithin(rng, addYears(basics.birth, 20), 365 * 6, 365 * 3);
      if (c)
        b.add('generalEducation', 'thpt', c[0], c[1], {
          institution: 'Trung tâm Giáo dục thường xuyên',
          mode: 'part_time',
        });
    }
    return;
  }
  b.add('generalEducation', 'thpt', dayOf(basics.birthYear + 15, 9, 5), dayOf(basics.birthYear + 18, 6, 1), {
    institution: school,
  });
}

export function makeQualifications(
  rng: Rng,
  slot: Slot,
  basics: Basics,
  career: Career,
): QualificationPlan[] {
  const p = profileFor(slot);
  const b = new Builder(rng, slot);
  // A few records are simply missing (a gap the officer has to fill).
  if (!rng.chance(0.015)) generalEducation(b, rng, basics, slot);
  professional(b, rng, basics, career, p, slot.qual, fieldFor(rng, slot));
  politicalTheory(b, rng, basics, career, p, slot);
  stateManagement(b, rng, career, p, slot);
  leadership(b, rng, career, p, slot);
  defence(b, rng, career, p, slot);
  itAndLanguages(b, rng, basics, career, p, slot);
  return b.list;
}
