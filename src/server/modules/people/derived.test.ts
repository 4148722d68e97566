import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIMENSIONS, LEVELS } from '../../../core/catalog/levels';
import { makePerson, makeTree, makeUnit } from '../../testing/factories';
import { createScratchDatabase } from '../../testing/harness';
import { SYSTEM_CONTEXT } from '../audit/audit';
import { recomputeAll } from './recompute';
import { addAssignment, addQualification } from './service';

/**
 * Pattern 7: derived columns kept current by each change (incremental) must equal a full
 * recompute, whatever the sequence of changes.
 */
describe('derived person columns', () => {
  it('incremental upkeep equals a full recompute over random sequences of changes', async () => {
    const scratch = await createScratchDatabase();
    try {
      const { db } = scratch;
      const tree = await makeTree(db);
      const extra = await makeUnit(db, tree.province, 'Sở thử');
      const units = [tree.communeA, tree.communeB, extra];
      const all = { scope: { kind: 'all' as const } };
      const change = fc.oneof(
        fc.record({
          kind: fc.constant('qualification' as const),
          dim: fc.constantFrom(...DIMENSIONS),
          level: fc.nat(5),
          done: fc.boolean(),
          year: fc.integer({ min: 1995, max: 2030 }),
        }),
        fc.record({
          kind: fc.constant('assignment' as const),
          unit: fc.nat(2),
          post: fc.constantFrom('XA_CC_VH', 'XA_PCT_UBND', 'TINH_CONG_CHUC', 'VIEN_CHUC'),
          concurrent: fc.boolean(),
          from: fc.integer({ min: 2005, max: 2030 }),
          years: fc.option(fc.integer({ min: 1, max: 10 })),
        }),
      );
      await fc.assert(
        fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 12 }), async (changes) => {
          const p = await makePerson(db, tree.communeA, { birthDate: '1975-01-01' });
          for (const c of changes) {
            try {
              if (c.kind === 'qualification') {
                const levels = LEVELS[c.dim];
                await addQualification(db, SYSTEM_CONTEXT, all, p.id, {
                  dimension: c.dim,
                  level: levels[c.level % levels.length] ?? levels[0] ?? '',
                  status: c.done ? 'completed' : 'in_progress',
                  endDate: `${c.year}-06-30`,
                });
              } else {
                await addAssignment(db, SYSTEM_CONTEXT, all, p.id, {
                  unitCode: units[c.unit]?.code ?? tree.communeA.code,
                  positionCode: c.post,
                  kind: c.concurrent ? 'concurrent' : 'appointment',
                  validFrom: `${c.from}-01-01`,
                  validTo: c.years ? `${c.from + c.years}-01-01` : null,
                });
              }
            } catch {
              // Changes the rules refuse (overlapping posts) are simply not made.
            }
          }
          const snapshot = async () =>
            (await db.execute(sql`select * from person where id = ${p.id}`)).rows.map((r) => ({
              ...r,
              updated_at: null,
              version: null,
            }));
          const incremental = await snapshot();
          await recomputeAll(db, SYSTEM_CONTEXT);
          expect(await snapshot()).toEqual(incremental);
        }),
        { numRuns: 15 },
      );
    } finally {
      await scratch.close();
    }
  });
});
