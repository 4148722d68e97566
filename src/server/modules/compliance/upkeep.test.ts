import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { todayVn } from '../../../core/catalog/dates';
import { addMonths } from '../../../core/standards/retirement';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { makeCccd, makePerson, makeUnit } from '../../testing/factories';
import { createScratchDatabase } from '../../testing/harness';
import { SYSTEM_CONTEXT } from '../audit/audit';
import * as org from '../org/service';
import * as people from '../people/service';
import { loadStandards } from '../standards/queries';
import * as standards from '../standards/service';
import { recomputeCompliance } from './recompute';
import { complianceAsOf, complianceToday } from './report';

const ADMIN = { scope: { kind: 'all' as const }, role: 'admin' as const };
const POSTS = ['XA_BT', 'XA_PBT', 'XA_CT_UBND', 'XA_CC_VP', 'XA_CC_TC', 'XA_TRUONG_PHONG', 'VIEN_CHUC'];

type Op =
  | {
      kind: 'qual';
      who: number;
      dimension: 'professional' | 'politicalTheory';
      level: string;
      status: 'completed' | 'in_progress';
      ends: number;
    }
  | { kind: 'assign'; who: number; unit: number; post: string; startsIn: number }
  | { kind: 'end'; who: number; endsIn: number }
  | { kind: 'birth'; who: number; year: number; minority: boolean }
  | { kind: 'area'; unit: number; area: 'I' | 'II' | 'III' | null }
  | { kind: 'version'; post: string; startsIn: number; level: 'cao_dang' | 'dai_hoc' | 'thac_si' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('qual' as const),
    who: fc.nat(3),
    dimension: fc.constantFrom('professional' as const, 'politicalTheory' as const),
    level: fc.constantFrom('trung_cap', 'dai_hoc', 'thac_si', 'cao_cap'),
    status: fc.constantFrom('completed' as const, 'in_progress' as const),
    ends: fc.integer({ min: -60, max: 18 }),
  }),
  fc.record({
    kind: fc.constant('assign' as const),
    who: fc.nat(3),
    unit: fc.nat(1),
    post: fc.constantFrom(...POSTS),
    startsIn: fc.integer({ min: -24, max: 6 }),
  }),
  fc.record({ kind: fc.constant('end' as const), who: fc.nat(3), endsIn: fc.integer({ min: -6, max: 6 }) }),
  fc.record({
    kind: fc.constant('birth' as const),
    who: fc.nat(3),
    year: fc.integer({ min: 1964, max: 1995 }),
    minority: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('area' as const),
    unit: fc.nat(1),
    area: fc.constantFrom('I' as const, 'II' as const, 'III' as const, null),
  }),
  fc.record({
    kind: fc.constant('version' as const),
    post: fc.constantFrom('XA_CC_VP', 'XA_CC_TC', 'XA_TRUONG_PHONG'),
    startsIn: fc.integer({ min: -3, max: 12 }),
    level: fc.constantFrom('cao_dang' as const, 'dai_hoc' as const, 'thac_si' as const),
  }),
);

/** The materialised state, without bookkeeping columns; zero roll-up rows are the same as none. */
async function snapshot(db: Db) {
  const q = async (text: string) => (await db.execute(sql.raw(text))).rows;
  return {
    people: await q(
      'select person_id, status, home_assignment_id, home_unit_id, position_group, key_cadre, gap_count, next_change from person_compliance order by person_id',
    ),
    posts: await q(
      'select assignment_id, person_id, status, gaps, version_ids from compliance_post order by assignment_id',
    ),
    rollups: await q(
      'select unit_id, position_group, key_cadre, meets, in_progress, gap from compliance_rollup where meets + in_progress + gap > 0 order by 1, 2, 3',
    ),
  };
}

describe('materialised compliance', async () => {
  const scratch = await createScratchDatabase();
  afterAll(() => scratch.close());
  const db = scratch.db;
  const today = todayVn();
  const ctx = SYSTEM_CONTEXT;

  async function apply(o: Op, units: { code: string }[], ids: number[]) {
    const personId = ids[o.kind === 'area' || o.kind === 'version' ? 0 : o.who] ?? 0;
    try {
      switch (o.kind) {
        case 'qual':
          await people.addQualification(db, ctx, ADMIN, personId, {
            dimension: o.dimension,
            level:
              o.dimension === 'politicalTheory' && ['dai_hoc', 'thac_si'].includes(o.level)
                ? 'trung_cap'
                : o.level === 'cao_cap' && o.dimension === 'professional'
                  ? 'cao_dang'
                  : o.level,
            status: o.status,
            endDate: addMonths(today, o.ends),
            major: 'Luật',
          });
          return;
        case 'assign':
          await people.addAssignment(db, ctx, ADMIN, personId, {
            unitCode: units[o.unit]?.code ?? '',
            positionCode: o.post,
            kind: 'concurrent',
            validFrom: addMonths(today, o.startsIn),
            gateOverride: 'Kiểm thử duy trì số liệu',
          });
          return;
        case 'end': {
          const rec = await people.record(db, ADMIN, personId);
          const a = rec.assignments.find((x) => x.validTo === null);
          if (!a) return;
          const validTo = addMonths(today, o.endsIn);
          if (validTo <= a.validFrom) return;
          await people.updateAssignment(
            db,
            ctx,
            ADMIN,
            personId,
            a.id,
            {
              unitCode: a.unit.code,
              positionCode: a.position.code,
              kind: a.kind,
              validFrom: a.validFrom,
              validTo,
            },
            a.version,
          );
          return;
        }
        case 'birth': {
          const rec = await people.record(db, ADMIN, personId);
          const birthDate = `${o.year}-04-15`;
          await people.update(
            db,
            ctx,
            ADMIN,
            personId,
            {
              cccd: makeCccd(birthDate, 'male'),
              fullName: rec.fullName,
              birthDate,
              gender: 'male',
              ethnicity: o.minority ? 'Tày' : 'Kinh',
              category: 'cong_chuc',
              status: 'active',
            },
            rec.version,
          );
          return;
        }
        case 'area': {
          const u = await org.detail(db, ADMIN, units[o.unit]?.code ?? '');
          await org.update(db, ctx, ADMIN, u.code, {
            areaClass: o.area,
            effectiveDate: today,
            version: u.version,
          });
          return;
        }
        case 'version': {
          const set = o.post === 'XA_TRUONG_PHONG' ? 'XA_PHONG_BAN' : o.post;
          const current = await standards.get(db, set);
          const last = current.versions[current.versions.length - 1];
          if (!last) return;
          await standards.addVersion(db, ctx, set, {
            validFrom: addMonths(today, o.startsIn),
            validTo: null,
            legalBasis: { number: `T-${o.startsIn}`, title: 'Văn bản thử', date: null },
            appliesTo: { positions: last.appliesTo.positions, groups: [], unitKinds: [], areaClasses: [] },
            requirements: [
              { kind: 'level', id: 'cm', dimension: 'professional', minLevel: o.level, graceMonths: 60 },
            ],
          });
          return;
        }
      }
    } catch (err) {
      // A refused change (overlap, a post already held…) writes nothing: still a valid step.
      if (!(err instanceof AppError)) throw err;
    }
  }

  it('agrees with a full recompute after any sequence of changes, and with history for today', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 3, maxLength: 8 }), async (ops) => {
        const province = await makeUnit(db, null, 'Tỉnh thử');
        const units = [
          await makeUnit(db, province, 'Xã Mới Lập', '2025-07-01'),
          await makeUnit(db, province, 'Xã Cũ', '2000-01-01'),
        ];
        const ids: number[] = [];
        // Civil servants in the new commune (grace periods apply), leaders in the old one.
        for (const [i, post] of ['XA_CC_VP', 'XA_CC_TC', 'XA_BT', 'XA_TRUONG_PHONG'].entries()) {
          const unit = units[i < 2 ? 0 : 1] ?? province;
          ids.push((await makePerson(db, unit, { positionCode: post, validFrom: '2025-07-01' })).id);
        }
        for (const o of ops) await apply(o, units, ids);
        const incremental = await snapshot(db);
        await recomputeCompliance(db, ctx);
        expect(await snapshot(db)).toEqual(incremental);
        const sets = await loadStandards(db);
        const root = { id: province.id, path: province.path };
        const fromRows = await complianceToday(db, root, {});
        const fromHistory = await complianceAsOf(db, root, today, sets, {});
        expect(fromRows.totals).toEqual(fromHistory.totals);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
