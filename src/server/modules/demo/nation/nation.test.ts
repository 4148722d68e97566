import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayVn } from '../../../../core/catalog/dates';
import { createScratchDatabase } from '../../../testing/harness';
import { recomputePersonDerived } from '../../people/derived';
import { planPerson } from '../person-plan';
import { generateNation, NationNotEmptyError } from './generate';
import { buildNationModel } from './model';
import { COMMUNE_LEVEL_UNITS, PROVINCES } from './provinces';
import { nationSlot } from './slots';
import { generateNationTraining, hasTraining } from './training';

type Scratch = Awaited<ReturnType<typeof createScratchDatabase>>;
const PEOPLE = 3000;
const SEED = 7;

async function one(s: Scratch, q: ReturnType<typeof sql>): Promise<Record<string, string>> {
  return (await s.db.execute<Record<string, string>>(q)).rows[0] ?? {};
}

/** Schema objects the loader drops and rebuilds: they must all be back afterwards. */
const catalogue = sql`select
  (select count(*) from pg_indexes where schemaname = 'public') as indexes,
  (select count(*) from pg_constraint where contype = 'f') as foreign_keys`;

describe('synthetic nation (cadre generate)', () => {
  let s: Scratch;
  let before: Record<string, string>;
  const today = todayVn();

  beforeAll(async () => {
    s = await createScratchDatabase();
    before = await one(s, catalogue);
    await generateNation(s.url, { people: PEOPLE, seed: SEED, today });
  }, 180_000);

  afterAll(async () => {
    await s?.close();
  });

  it('creates 34 provinces, 3,321 commune-level units and N people with ~5 qualifications each', async () => {
    expect(PROVINCES.reduce((n, p) => n + p.communes, 0)).toBe(COMMUNE_LEVEL_UNITS);
    const c = await one(
      s,
      sql`select
        (select count(*) from org_unit where kind = 'province') as provinces,
        (select count(*) from org_unit where kind in ('commune', 'ward', 'special_zone') and valid_to is null) as communes,
        (select count(*) from org_unit where kind = 'special_zone') as special_zones,
        (select count(*) from org_unit where kind = 'ward' and valid_to is null) as wards,
        (select min(n) from (select count(*) as n from org_unit a join org_unit p on p.id = a.parent_id
          where a.kind in ('agency', 'mass_org') and p.kind = 'province' group by p.id) x) as min_agencies,
        (select count(*) from org_unit where kind = 'training_institution') as schools,
        (select count(*) from org_unit where tree = 'party' and parent_id is null) as party_roots,
        (select count(*) from org_unit where kind = 'district' and valid_to = '2025-07-01') as districts,
        (select count(*) from person) as people,
        (select count(*) from qualification)::float / (select count(*) from person) as per_person,
        (select count(distinct province_id) from person) as person_provinces`,
    );
    expect(Number(c.provinces)).toBe(34);
    expect(Number(c.communes)).toBe(3321);
    expect(Number(c.special_zones)).toBe(13);
    expect(Number(c.wards)).toBeGreaterThan(600);
    expect(Number(c.min_agencies)).toBeGreaterThanOrEqual(18);
    expect(Number(c.schools)).toBe(34);
    expect(Number(c.party_roots)).toBe(34);
    expect(Number(c.districts)).toBeGreaterThan(600);
    expect(Number(c.people)).toBe(PEOPLE);
    expect(Number(c.per_person)).toBeGreaterThan(4.5);
    expect(Number(c.per_person)).toBeLessThan(6);
    expect(Number(c.person_provinces)).toBe(34);
  });

  it('writes full histories and one audit row, and rebuilds every index and foreign key', async () => {
    const kinds = (await s.db.execute<{ kind: string }>(sql`select distinct kind from assignment`)).rows.map(
      (r) => r.kind,
    );
    for (const k of ['recruitment', 'appointment', 'transfer', 'rotation', 'secondment', 'concurrent'])
      expect(kinds).toContain(k);
    const c = await one(
      s,
      sql`select
        (select count(*) from evaluation) as evaluations,
        (select count(*) from reward_discipline) as rewards,
        (select count(*) from audit_log where action = 'nation.generate') as audits,
        (select count(*) from org_event where kind = 'merge') as merges`,
    );
    expect(Number(c.evaluations)).toBeGreaterThan(PEOPLE * 3);
    expect(Number(c.rewards)).toBeGreaterThan(0);
    expect(Number(c.audits)).toBe(1);
    expect(Number(c.merges)).toBeGreaterThan(8000);
    expect(await one(s, catalogue)).toEqual(before);
    // Sequences continue after the explicit ids.
    const next = await one(s, sql`select nextval(pg_get_serial_sequence('person', 'id')) as id`);
    expect(Number(next.id)).toBe(PEOPLE + 1);
  });

  it('fills derived columns exactly as recomputePersonDerived does', async () => {
    const snapshot = async () =>
      (
        await s.db.execute(
          sql`select to_jsonb(p) - 'updated_at' - 'version' as row from person p order by id`,
        )
      ).rows;
    const fast = await snapshot();
    const changed = await recomputePersonDerived(s.db, null, today);
    expect(changed).toBe(PEOPLE);
    expect(await snapshot()).toEqual(fast);
  });

  it('refuses a database that is not empty, changing nothing', async () => {
    await expect(generateNation(s.url, { people: 10, seed: 1, today })).rejects.toBeInstanceOf(
      NationNotEmptyError,
    );
    const c = await one(s, sql`select count(*) as n from person`);
    expect(Number(c.n)).toBe(PEOPLE);
    expect(await one(s, catalogue)).toEqual(before);
  });

  it('adds five years of classes built from the qualifications, one political school per province', async () => {
    const made = await generateNationTraining(s.db, today);
    expect(made.enrolments).toBeGreaterThan(0);
    const c = await one(
      s,
      sql`select (select count(*) from institution where kind = 'political_school') as schools,
        (select count(*) from enrolment e join qualification q on q.id = e.qualification_id
          where q.end_date <> e.completed_on) as mismatched`,
    );
    expect(Number(c.schools)).toBe(34);
    expect(Number(c.mismatched)).toBe(0);
    expect(await hasTraining(s.db)).toBe(true);
  });

  it('is deterministic from the seed', () => {
    const fingerprint = (seed: number) => {
      const model = buildNationModel(seed);
      model.units.assignIds((i) => i + 1);
      const hash = createHash('sha256');
      for (const u of model.units.units) hash.update(`${u.code}|${u.name}|${u.path}\n`);
      for (let i = 0; i < 500; i++) {
        const p = planPerson(seed, i, nationSlot(model, seed, i));
        hash.update(
          `${p.basics.name.full}|${p.basics.birth}|${p.career.assignments.length}|${p.qualifications.length}\n`,
        );
      }
      return hash.digest('hex');
    };
    expect(fingerprint(SEED)).toBe(fingerprint(SEED));
    expect(fingerprint(SEED)).not.toBe(fingerprint(SEED + 1));
  });
});
