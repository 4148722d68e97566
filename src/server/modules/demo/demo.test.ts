import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCccd } from '../../../core/catalog/cccd';
import { todayVn } from '../../../core/catalog/dates';
import type { Gender } from '../../../core/catalog/enums';
import { createScratchDatabase } from '../../testing/harness';
import { ALL } from '../org/scope';
import { treeOn } from '../org/tree';
import { recomputePersonDerived } from '../people/derived';
import { CccdAllocator } from './cccd';
import { DEFAULT_DEMO_SEED, loadDemoProvince, maybeLoadDemo, NotEmptyError } from './demo';
import { FEMALE_MARKERS, givenNames, MALE_MARKERS } from './names';
import { cccdOf, planPerson } from './person-plan';
import { buildDemoModel, DOC_LAP_CODE } from './province';

type Scratch = Awaited<ReturnType<typeof createScratchDatabase>>;
const quiet = { info: () => undefined };

async function rows<T extends Record<string, unknown>>(s: Scratch, q: ReturnType<typeof sql>): Promise<T[]> {
  return (await s.db.execute(q)).rows as T[];
}

/** Names and CCCDs of everyone: what "the same data" means for a seed. */
async function fingerprint(s: Scratch): Promise<string> {
  const people = await rows<{ full_name: string; cccd: string }>(
    s,
    sql`select full_name, cccd from person order by cccd`,
  );
  return createHash('sha256')
    .update(people.map((p) => `${p.full_name}|${p.cccd}`).join('\n'))
    .digest('hex');
}

describe('demo province (Tỉnh Hà Sơn)', () => {
  let s: Scratch;

  beforeAll(async () => {
    s = await createScratchDatabase();
    const loaded = await maybeLoadDemo(s.db, { demo: true }, quiet);
    expect(loaded?.people).toBe(6000);
  }, 120_000);

  afterAll(async () => {
    await s?.close();
  });

  it('loads about 6,000 people into one province, once, with one audit row', async () => {
    const [n] = await rows<{ people: string; provinces: string }>(
      s,
      sql`select (select count(*) from person) as people, (select count(*) from org_unit where kind = 'province') as provinces`,
    );
    expect(Number(n?.people)).toBe(6000);
    expect(Number(n?.provinces)).toBe(1);
    expect(await maybeLoadDemo(s.db, { demo: true }, quiet)).toBeNull();
    await expect(loadDemoProvince(s.db)).rejects.toBeInstanceOf(NotEmptyError);
    const audit = await rows<{ n: string }>(
      s,
      sql`select count(*) as n from audit_log where action = 'demo.load'`,
    );
    expect(Number(audit[0]?.n)).toBe(1);
  });

  it('gives names that match the gender and CCCDs consistent with birth date and gender', async () => {
    const people = await rows<{ full_name: string; gender: Gender; birth_date: string; cccd: string }>(
      s,
      sql`select full_name, gender, birth_date, cccd from person`,
    );
    const male = givenNames('male');
    const female = givenNames('female');
    const wrong = people.filter((p) => {
      if (p.full_name === 'Nguyễn Văn Chà') return false;
      const words = p.full_name.split(' ');
      const given = words[words.length - 1] ?? '';
      const middle = words.slice(1, -1);
      const own = p.gender === 'male' ? male : female;
      const other = p.gender === 'male' ? female : male;
      const otherMarkers = p.gender === 'male' ? FEMALE_MARKERS : MALE_MARKERS;
      return !own.has(given) || other.has(given) || middle.some((m) => otherMarkers.includes(m));
    });
    expect(wrong).toEqual([]);
    const badCccd = people.filter(
      (p) => checkCccd(p.cccd, { birthDate: p.birth_date, gender: p.gender }) !== null,
    );
    expect(badCccd).toEqual([]);
    expect(new Set(people.map((p) => p.cccd)).size).toBe(people.length);
    // Realistic names: Nguyễn is the commonest family name, minority family names occur too.
    const families = new Map<string, number>();
    for (const p of people) {
      const f = p.full_name.split(' ')[0] ?? '';
      families.set(f, (families.get(f) ?? 0) + 1);
    }
    const top = [...families.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    expect(top).toBe('Nguyễn');
    for (const f of ['Lò', 'Giàng', 'Sùng', 'Vàng', 'Thào', 'Triệu', 'Hoàng'])
      expect(families.get(f) ?? 0).toBeGreaterThan(0);
    const ethnicities = await rows<{ ethnicity: string }>(s, sql`select distinct ethnicity from person`);
    const groups = ethnicities.map((e) => e.ethnicity);
    for (const g of ['Kinh', 'Tày', 'Thái', 'Mông', 'Dao', 'Nùng', 'Giáy', 'Hà Nhì'])
      expect(groups).toContain(g);
  });

  it('has Nguyễn Văn Chà as Bí thư of Xã Độc Lập, found by "nguyen van cha"', async () => {
    const found = await rows<{
      full_name: string;
      unit: string;
      kind: string;
      post: string;
      assigned: boolean;
    }>(
      s,
      sql`select p.full_name, u.name as unit, u.kind, pos.code as post, p.current_assigned as assigned
          from person p join org_unit u on u.id = p.current_unit_id join position pos on pos.id = p.current_position_id
          where p.name_folded like ${'%nguyen van cha%'}`,
    );
    expect(found).toEqual([
      { full_name: 'Nguyễn Văn Chà', unit: 'Xã Độc Lập', kind: 'commune', post: 'XA_BT', assigned: true },
    ]);
    // Seed 000: Xã Độc Lập has 18 cadres and civil servants, nearly 90% cao đẳng or higher.
    const staff = await rows<{ n: string; cd: string }>(
      s,
      sql`select count(*) as n, count(*) filter (where p.q_professional >= 3) as cd
          from person p join org_unit u on u.id = p.current_unit_id where u.code = ${DOC_LAP_CODE} and p.current_assigned`,
    );
    expect(Number(staff[0]?.n)).toBe(18);
    expect(Number(staff[0]?.cd) / 18).toBeCloseTo(0.89, 2);
  });

  it('shows the former communes as of 30/06/2025 and their successor from 01/07/2025', async () => {
    const [merged] = await rows<{
      old_id: string;
      old_code: string;
      new_id: string;
      new_code: string;
      district: string;
    }>(
      s,
      sql`select o.id as old_id, o.code as old_code, n.id as new_id, n.code as new_code, d.code as district
          from org_unit o join org_unit n on n.id = o.merged_into_id join org_unit d on d.id = o.parent_id
          where o.valid_to = '2025-07-01' and o.kind in ('commune', 'ward')
            and exists (select 1 from assignment a where a.unit_id = o.id and a.valid_to = '2025-07-01')
          order by o.code limit 1`,
    );
    if (!merged) throw new Error('no merged commune with people');
    const peopleOn = async (unitId: string, day: string) =>
      (
        await rows<{ person_id: string }>(
          s,
          sql`select distinct person_id from assignment where unit_id = ${unitId}
              and valid_from <= ${day}::date and (valid_to is null or valid_to > ${day}::date)`,
        )
      ).map((r) => r.person_id);
    const before = await peopleOn(merged.old_id, '2025-06-30');
    expect(before.length).toBeGreaterThan(0);
    expect(await peopleOn(merged.new_id, '2025-06-30')).toEqual([]);
    expect(await peopleOn(merged.old_id, '2025-07-01')).toEqual([]);
    const after = await peopleOn(merged.new_id, '2025-07-01');
    expect(after.length).toBeGreaterThan(0);
    // Those who stayed continue in the successor with a transfer starting the next day.
    const continued = before.filter((p) => after.includes(p));
    expect(continued.length).toBeGreaterThan(0);
    const transfers = await rows<{ kind: string }>(
      s,
      sql`select kind from assignment where unit_id = ${merged.new_id} and valid_from = '2025-07-01' and person_id = ${continued[0] ?? 0}`,
    );
    expect(transfers.map((t) => t.kind)).toContain('transfer');

    const today = todayVn();
    const tree06 = await treeOn(s.db, ALL, 'state', '2025-06-30', today);
    const tree07 = await treeOn(s.db, ALL, 'state', '2025-07-01', today);
    const codes = (t: typeof tree06) => t.map((u) => u.code);
    expect(codes(tree06)).toContain(merged.old_code);
    expect(codes(tree06)).toContain(merged.district);
    expect(codes(tree06)).not.toContain(merged.new_code);
    expect(codes(tree07)).toContain(merged.new_code);
    expect(codes(tree07)).not.toContain(merged.old_code);
    expect(codes(tree07)).not.toContain(merged.district);
    expect(tree06.find((u) => u.code === merged.old_code)?.parentCode).toBe(merged.district);
    // Xã Độc Lập was kept: under its district before, under the province after.
    expect(tree06.find((u) => u.code === DOC_LAP_CODE)?.parentCode).toMatch(/^HS-H0\d$/);
    expect(tree07.find((u) => u.code === DOC_LAP_CODE)?.parentCode).toBe('HS');
  });

  it('records every unit over time and the 2025 events', async () => {
    const [c] = await rows<Record<string, string>>(
      s,
      sql`select
        (select count(*) from org_unit) as units,
        (select count(distinct unit_id) from org_unit_version) as versioned,
        (select count(*) from org_unit where valid_to is null and kind in ('commune', 'ward')) as communes,
        (select count(*) from org_unit where kind = 'district' and valid_to = '2025-07-01') as districts,
        (select count(*) from org_unit where valid_to = '2025-07-01' and merged_into_id is not null) as merged,
        (select count(*) from org_unit where kind = 'agency' and parent_id = (select id from org_unit where code = 'HS')) as agencies,
        (select count(*) from org_unit where kind = 'training_institution') as schools,
        (select count(*) from org_unit where tree = 'party') as party,
        (select count(*) from org_event where kind = 'create') as created,
        (select count(*) from org_event where kind = 'merge') as merges,
        (select count(*) from org_event where kind = 'merge_successor') as successors`,
    );
    expect(Number(c?.versioned)).toBe(Number(c?.units));
    expect(Number(c?.communes)).toBe(60);
    expect(Number(c?.districts)).toBe(4);
    expect(Number(c?.merged)).toBeGreaterThan(100);
    expect(Number(c?.agencies)).toBeGreaterThanOrEqual(20);
    expect(Number(c?.schools)).toBe(1);
    expect(Number(c?.party)).toBeGreaterThan(60 + 20);
    expect(Number(c?.created)).toBe(Number(c?.units));
    expect(Number(c?.merges)).toBe(Number(c?.merged));
    expect(Number(c?.successors)).toBeGreaterThan(50);
    const areas = await rows<{ area_class: string }>(
      s,
      sql`select distinct area_class from org_unit where area_class is not null`,
    );
    expect(areas.map((a) => a.area_class).sort()).toEqual(['I', 'II', 'III']);
  });

  it('has work histories with rotations, secondments, concurrent posts and district posts', async () => {
    const kinds = await rows<{ kind: string; n: string; open: string }>(
      s,
      sql`select kind, count(*) as n, count(*) filter (where valid_to is null) as open from assignment group by kind`,
    );
    const by = Object.fromEntries(kinds.map((k) => [k.kind, { n: Number(k.n), open: Number(k.open) }]));
    for (const k of [
      'recruitment',
      'appointment',
      'election',
      'rotation',
      'transfer',
      'secondment',
      'concurrent',
    ]) {
      expect(by[k]?.n ?? 0).toBeGreaterThan(0);
    }
    expect(by.secondment?.open).toBe(0);
    const district = await rows<{ n: string }>(
      s,
      sql`select count(*) as n from assignment a join org_unit u on u.id = a.unit_id where u.kind = 'district'`,
    );
    expect(Number(district[0]?.n)).toBeGreaterThan(100);
  });

  it('reproduces the seeds: commune staff ~90% cao đẳng+, key cadres ~99% đại học+, LLCT mostly trung cấp', async () => {
    const [q] = await rows<Record<string, string>>(
      s,
      sql`select
        avg((q_professional >= 3)::int) filter (where pos.code like 'XA_%') as commune_cd,
        avg((q_professional >= 4)::int) filter (where p.current_key_cadre) as key_dh,
        avg((q_political_theory = 2)::int) filter (where p.current_key_cadre) as key_trung_cap,
        avg((q_political_theory = 3)::int) filter (where p.current_key_cadre) as key_cao_cap,
        avg((q_political_theory = 3)::int) filter (where pos.code = 'TINH_GD_SO') as head_cao_cap
        from person p join position pos on pos.id = p.current_position_id where p.current_assigned`,
    );
    expect(Number(q?.commune_cd)).toBeGreaterThan(0.85);
    expect(Number(q?.commune_cd)).toBeLessThan(0.96);
    expect(Number(q?.key_dh)).toBeGreaterThan(0.97);
    expect(Number(q?.key_trung_cap)).toBeGreaterThan(0.6);
    expect(Number(q?.key_cao_cap)).toBeGreaterThan(0.05);
    expect(Number(q?.head_cao_cap)).toBeGreaterThan(0.9);
    const [r] = await rows<Record<string, string>>(
      s,
      sql`select
        (select count(*) from qualification where status = 'in_progress') as studying,
        (select count(*) from person p where not exists (select 1 from qualification q where q.person_id = p.id and q.dimension = 'politicalTheory')) as no_llct,
        (select count(*) from qualification where certificate_no is null and status = 'completed') as no_certificate,
        (select min(year) || '-' || max(year) from evaluation) as years,
        (select count(*) from reward_discipline where type = 'reward') as rewards,
        (select count(*) from reward_discipline where type = 'discipline') as disciplines`,
    );
    expect(Number(r?.studying)).toBeGreaterThan(100);
    expect(Number(r?.no_llct)).toBeGreaterThan(100);
    expect(Number(r?.no_certificate)).toBe(0);
    expect(r?.years).toBe('2021-2025');
    expect(Number(r?.rewards)).toBeGreaterThan(500);
    expect(Number(r?.disciplines)).toBeGreaterThan(0);
    expect(Number(r?.disciplines)).toBeLessThan(120);
  });

  it('fills the derived columns (a recompute changes nothing)', async () => {
    const [d] = await rows<Record<string, string>>(
      s,
      sql`select count(*) filter (where status = 'active' and not current_assigned) as active_unassigned,
        count(*) filter (where current_unit_id is null) as no_unit,
        count(*) filter (where q_professional is null) as no_professional,
        count(*) filter (where province_id is null) as no_province from person`,
    );
    expect(Number(d?.active_unassigned)).toBe(0);
    expect(Number(d?.no_unit)).toBe(0);
    expect(Number(d?.no_professional)).toBeLessThan(30);
    expect(Number(d?.no_province)).toBe(0);
    const snapshot = async () =>
      rows(s, sql`select to_jsonb(p) - 'updated_at' - 'version' as row from person p order by id`);
    const before = await snapshot();
    await recomputePersonDerived(s.db, null, todayVn());
    expect(await snapshot()).toEqual(before);
  });

  it('is deterministic: the same seed gives the same people, another seed others', async () => {
    const again = await createScratchDatabase();
    try {
      await loadDemoProvince(again.db, { seed: DEFAULT_DEMO_SEED });
      expect(await fingerprint(again)).toBe(await fingerprint(s));
    } finally {
      await again.close();
    }
    const names = (seed: number) => {
      const model = buildDemoModel(seed);
      const cccds = new CccdAllocator(seed);
      return model.slots.slice(0, 200).map((slot, i) => {
        const plan = planPerson(seed, i, slot);
        return `${plan.basics.name.full}|${cccdOf(plan, cccds)}`;
      });
    };
    expect(names(7)).toEqual(names(7));
    expect(names(7)).not.toEqual(names(8));
  }, 120_000);

  it("holds five years of courses whose completions are the people's qualifications", async () => {
    const [c] = await rows<{
      courses: string;
      years: string;
      completed: string;
      linked: string;
      running: string;
    }>(
      s,
      sql`select count(distinct c.id) as courses,
        count(distinct extract(year from c.start_date)) as years,
        count(e.id) filter (where e.status = 'completed') as completed,
        count(e.id) filter (where e.qualification_id is not null) as linked,
        count(e.id) filter (where e.status = 'enrolled') as running
        from course c left join enrolment e on e.course_id = c.id`,
    );
    expect(Number(c?.courses)).toBeGreaterThan(20);
    expect(Number(c?.years)).toBeGreaterThanOrEqual(5);
    expect(Number(c?.linked)).toBeGreaterThan(100);
    expect(Number(c?.running)).toBeGreaterThan(10);
    // A linked qualification is the one the course produced: same level, ended on completion.
    const [bad] = await rows<{ n: string }>(
      s,
      sql`select count(*) as n from enrolment e join qualification q on q.id = e.qualification_id
        join course c on c.id = e.course_id join programme pr on pr.id = c.programme_id
        where q.level <> pr.awards_level or q.end_date <> e.completed_on or q.source <> 'course'`,
    );
    expect(Number(bad?.n)).toBe(0);
    // Learners in the running LLCT class are "đang hoàn thiện", not "chưa đạt chuẩn", for that gap.
    const [learners] = await rows<{ in_progress: string; total: string }>(
      s,
      sql`select count(*) filter (where pc.status = 'in_progress') as in_progress, count(*) as total
        from enrolment e join course c on c.id = e.course_id and c.status = 'running'
        join person_compliance pc on pc.person_id = e.person_id`,
    );
    expect(Number(learners?.in_progress)).toBeGreaterThan(0);
  });
});
