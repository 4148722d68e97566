import { and, asc, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp, uniq } from '../../testing/harness';
import { auditLog } from '../audit/schema';
import { orgEvent, orgUnit, orgUnitVersion } from '../org/schema';
import { assignment, person } from '../people/schema';
import { runImport } from './service';
import {
  assignment as assignmentRow,
  makeCccd,
  person as personRow,
  TEST_CONTEXT,
  unit,
  workbook,
} from './test-workbook';

const TODAY = '2026-03-15';

describe('import: a unit row with "Sáp nhập vào" ends the unit and moves its running assignments', async () => {
  const { db } = await createTestApp();
  const run = async (book: Parameters<typeof workbook>[0], fileName: string) =>
    runImport(db, TEST_CONTEXT, await workbook(book), { dryRun: false, fileName, today: TODAY });

  it('cuts running assignments on the merge date and continues them in the successor; re-import is a no-op', async () => {
    const p = uniq('M');
    const [oldCode, oldCode2, successor] = [`${p}.OLD`, `${p}.OLD2`, `${p}.NEW`];
    const x = makeCccd('1985-03-01', 'male');
    const y = makeCccd('1979-07-07', 'female');
    const z = makeCccd('1970-10-10', 'male');
    const w = makeCccd('1990-12-12', 'female');
    const provinceRow = unit(p, 'Tỉnh Sáp Nhập', 'Tỉnh', null, { from: '01/01/2000' });
    const successorRow = unit(successor, 'Xã Mới', 'Xã', p, { from: '01/07/2025' });
    const setup = await run(
      {
        'Đơn vị': [provinceRow, unit(oldCode, 'Xã Cũ', 'Xã', p, { from: '01/01/2000' }), successorRow],
        'Cán bộ': [
          personRow(x, 'Vi Văn Xuân', '01/03/1985', 'Nam'),
          personRow(y, 'Lường Thị Yên', '07/07/1979', 'Nữ'),
          personRow(z, 'Đinh Văn Zũng', '10/10/1970', 'Nam'),
          personRow(w, 'Mai Thị Wân', '12/12/1990', 'Nữ'),
        ],
        'Công tác': [
          assignmentRow(x, oldCode, 'XA_CC_VP', 'Tuyển dụng', '01/03/2015'),
          assignmentRow(y, oldCode, 'XA_CC_TC', 'Tuyển dụng', '01/01/2016', '31/12/2020'),
          assignmentRow(z, oldCode, 'XA_CT_UBND', 'Bầu cử', '01/05/2021'),
        ],
      },
      'truoc-sap-nhap.xlsx',
    );
    expect(setup.errors).toEqual([]);

    const mergeBook = {
      'Đơn vị': [
        provinceRow,
        unit(oldCode, 'Xã Cũ', 'Xã', p, { from: '01/01/2000', to: '30/06/2025', mergedInto: successor }),
        // A unit the file itself creates already merged: its open assignment in the file is cut too.
        unit(oldCode2, 'Xã Cũ Hai', 'Xã', p, { from: '01/01/2000', to: '30/06/2025', mergedInto: successor }),
        successorRow,
      ],
      'Công tác': [
        assignmentRow(z, successor, 'XA_CT_UBND', 'Bầu cử', '01/07/2025'),
        assignmentRow(w, oldCode2, 'XA_CC_VH', 'Tuyển dụng', '01/06/2018'),
      ],
    };
    const merged = await run(mergeBook, 'sap-nhap.xlsx');
    expect(merged.errors).toEqual([]);
    expect(merged.counts['Đơn vị']).toEqual({ created: 1, updated: 1, unchanged: 2 });
    expect(merged.counts['Công tác']).toEqual({ created: 2, updated: 0, unchanged: 0 });

    const units = await db
      .select()
      .from(orgUnit)
      .where(inArray(orgUnit.code, [oldCode, oldCode2, successor]));
    const byCode = new Map(units.map((u) => [u.code, u]));
    const next = byCode.get(successor);
    expect(byCode.get(oldCode)).toMatchObject({ validTo: '2025-07-01', mergedIntoId: next?.id, version: 2 });
    expect(byCode.get(oldCode2)).toMatchObject({ validTo: '2025-07-01', mergedIntoId: next?.id });
    const oldId = byCode.get(oldCode)?.id ?? 0;
    expect(await db.select().from(orgUnitVersion).where(eq(orgUnitVersion.unitId, oldId))).toMatchObject([
      { validFrom: '2000-01-01', validTo: '2025-07-01' },
    ]);
    expect(
      (await db.select().from(orgEvent).where(eq(orgEvent.unitId, oldId))).map((e) => e.kind).sort(),
    ).toEqual(['create', 'merge']);

    const historyOf = async (cccd: string) =>
      db
        .select({
          unit: orgUnit.code,
          kind: assignment.kind,
          validFrom: assignment.validFrom,
          validTo: assignment.validTo,
        })
        .from(assignment)
        .innerJoin(person, eq(person.id, assignment.personId))
        .innerJoin(orgUnit, eq(orgUnit.id, assignment.unitId))
        .where(eq(person.cccd, cccd))
        .orderBy(asc(assignment.validFrom));
    expect(await historyOf(x)).toEqual([
      { unit: oldCode, kind: 'recruitment', validFrom: '2015-03-01', validTo: '2025-07-01' },
      { unit: successor, kind: 'transfer', validFrom: '2025-07-01', validTo: null },
    ]);
    // Ended before the merge: untouched.
    expect(await historyOf(y)).toEqual([
      { unit: oldCode, kind: 'recruitment', validFrom: '2016-01-01', validTo: '2021-01-01' },
    ]);
    // Already placed in the successor by the file: cut, but no copy.
    expect(await historyOf(z)).toEqual([
      { unit: oldCode, kind: 'election', validFrom: '2021-05-01', validTo: '2025-07-01' },
      { unit: successor, kind: 'election', validFrom: '2025-07-01', validTo: null },
    ]);
    expect(await historyOf(w)).toEqual([
      { unit: oldCode2, kind: 'recruitment', validFrom: '2018-06-01', validTo: '2025-07-01' },
      { unit: successor, kind: 'transfer', validFrom: '2025-07-01', validTo: null },
    ]);
    const copies = await db
      .select({ note: assignment.note, decisionDate: assignment.decisionDate })
      .from(assignment)
      .where(and(eq(assignment.unitId, next?.id ?? 0), eq(assignment.kind, 'transfer')));
    expect(copies).toEqual(
      expect.arrayContaining([
        { decisionDate: '2025-07-01', note: 'Sáp nhập Xã Cũ vào Xã Mới' },
        { decisionDate: '2025-07-01', note: 'Sáp nhập Xã Cũ Hai vào Xã Mới' },
      ]),
    );
    const successorEvents = await db
      .select()
      .from(orgEvent)
      .where(eq(orgEvent.unitId, next?.id ?? 0));
    const successorEvent = successorEvents.find((e) => e.kind === 'merge_successor');
    const from = (successorEvent?.details ?? {}) as { from?: string[] };
    expect(from.from?.sort()).toEqual([oldCode, oldCode2].sort());
    const [xRow] = await db.select().from(person).where(eq(person.cccd, x));
    expect(xRow?.currentUnitId).toBe(next?.id);
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entity, 'org_unit'))
      .orderBy(asc(auditLog.id))
      .then((rows) => rows.filter((r) => (r.after as { file?: string } | null)?.file === 'sap-nhap.xlsx'));
    expect(audit?.after).toMatchObject({ updated: 1, created: 1, movedAssignments: 4 });

    // Counted over this test's people: other test files write assignments in parallel.
    const ownRows = async () => (await Promise.all([x, y, z, w].map(historyOf))).flat().length;
    const before = await ownRows();
    const again = await run(mergeBook, 'sap-nhap.xlsx');
    expect(again.errors).toEqual([]);
    expect(again.counts['Đơn vị']).toEqual({ created: 0, updated: 0, unchanged: 4 });
    expect(again.counts['Công tác']).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(await ownRows()).toBe(before);

    // History is the organisation page's: a different end for a merged unit is refused.
    const conflict = await run(
      {
        'Đơn vị': [
          unit(oldCode, 'Xã Cũ', 'Xã', p, { from: '01/01/2000', to: '31/07/2025', mergedInto: successor }),
        ],
      },
      'sua-lich-su.xlsx',
    );
    expect(conflict.errors).toEqual([expect.objectContaining({ row: 2, code: 'UNIT_HISTORY_CONFLICT' })]);
  });

  it('refuses a merge into a successor that does not exist on the merge date', async () => {
    const p = uniq('M');
    const res = await run(
      {
        'Đơn vị': [
          unit(p, 'Tỉnh', 'Tỉnh', null),
          unit(`${p}.A`, 'Xã A', 'Xã', p, { to: '30/06/2025', mergedInto: `${p}.B` }),
          unit(`${p}.B`, 'Xã B', 'Xã', p, { from: '01/01/2026' }),
          unit(`${p}.C`, 'Xã C', 'Xã', p, { mergedInto: `${p}.B` }),
        ],
      },
      'sai.xlsx',
    );
    expect(res.errors).toEqual([
      expect.objectContaining({ row: 3, column: 'Sáp nhập vào', code: 'UNIT_NOT_VALID' }),
      expect.objectContaining({ row: 5, column: 'Hiệu lực đến', code: 'MERGE_WITHOUT_END' }),
    ]);
    expect(await db.$count(orgUnit, eq(orgUnit.code, p))).toBe(0);
  });

  it('refuses to dissolve a stored unit while people still work in it', async () => {
    const p = uniq('D');
    const x = makeCccd('1985-03-01', 'male');
    const base = {
      'Đơn vị': [unit(p, 'Tỉnh', 'Tỉnh', null), unit(`${p}.A`, 'Xã A', 'Xã', p)],
      'Cán bộ': [personRow(x, 'Vi Văn Xuân', '01/03/1985', 'Nam')],
      'Công tác': [assignmentRow(x, `${p}.A`, 'XA_CC_VP', 'Tuyển dụng', '01/03/2015')],
    };
    expect((await run(base, 'dau.xlsx')).errors).toEqual([]);
    const res = await run(
      { 'Đơn vị': [unit(`${p}.A`, 'Xã A', 'Xã', p, { to: '31/12/2025' })] },
      'giai-the.xlsx',
    );
    expect(res.errors).toEqual([
      expect.objectContaining({ sheet: 'Đơn vị', row: 2, column: 'Hiệu lực đến', code: 'UNIT_NOT_VALID' }),
    ]);
    // Ending the assignment in the same file makes the dissolution possible.
    const ok = await run(
      {
        'Đơn vị': [unit(`${p}.A`, 'Xã A', 'Xã', p, { to: '31/12/2025' })],
        'Công tác': [assignmentRow(x, `${p}.A`, 'XA_CC_VP', 'Tuyển dụng', '01/03/2015', '31/12/2025')],
      },
      'giai-the-2.xlsx',
    );
    expect(ok.errors).toEqual([]);
    expect(ok.counts['Công tác']).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const [a] = await db
      .select()
      .from(orgUnit)
      .where(eq(orgUnit.code, `${p}.A`));
    expect(a).toMatchObject({ validTo: '2026-01-01', mergedIntoId: null });
  });
});
