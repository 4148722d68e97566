import fs from 'node:fs';
import { Readable } from 'node:stream';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createScratchDatabase, createTestApp } from '../../testing/harness';
import { auditLog } from '../audit/schema';
import { orgEvent, orgUnit, orgUnitVersion } from '../org/schema';
import { assignment, evaluation, person, qualification } from '../people/schema';
import { runImport } from './service';
import {
  assignment as assignmentRow,
  qualification as qualificationRow,
  scenario,
  TEST_CONTEXT,
  workbook,
} from './test-workbook';

const SAMPLE = '/work/shared/fixtures/sample-import.xlsx';
const TODAY = '2026-03-15';

describe('import: the sample workbook', async () => {
  // The sample's codes and CCCDs are fixed: it gets a database of its own.
  const scratch = await createScratchDatabase();
  afterAll(() => scratch.close());
  const db = scratch.db;

  it('checks (dry run), imports, and re-imports as all unchanged', async () => {
    const opts = { fileName: 'sample-import.xlsx', today: TODAY };
    const dry = await runImport(db, TEST_CONTEXT, fs.createReadStream(SAMPLE), { ...opts, dryRun: true });
    expect(dry.errors).toEqual([]);
    expect(dry).toMatchObject({
      status: 'ok',
      counts: {
        'Đơn vị': { created: 8, updated: 0, unchanged: 0 },
        'Cán bộ': { created: 40, updated: 0, unchanged: 0 },
        'Công tác': { created: 46, updated: 0, unchanged: 0 },
        'Trình độ': { created: 87, updated: 0, unchanged: 0 },
        'Đánh giá': { created: 40, updated: 0, unchanged: 0 },
      },
    });
    expect(await db.$count(person)).toBe(0);

    const done = await runImport(db, TEST_CONTEXT, fs.readFileSync(SAMPLE), { ...opts, dryRun: false });
    expect(done).toEqual(dry);
    expect(await db.$count(person)).toBe(40);
    expect(await db.$count(assignment)).toBe(46);
    expect(await db.$count(qualification)).toBe(87);
    expect(await db.$count(evaluation)).toBe(40);

    // A text date and a date cell both arrive as the same civil date; ends are stored exclusive.
    const [xuan] = await db.select().from(person).where(eq(person.cccd, '020178100000'));
    expect(xuan).toMatchObject({ fullName: 'Nguyễn Ngọc Xuân', birthDate: '1978-01-01', gender: 'female' });
    const [khai] = await db.select().from(person).where(eq(person.cccd, '020080107919'));
    expect(khai?.birthDate).toBe('1980-02-02');
    const history = await db
      .select({ validFrom: assignment.validFrom, validTo: assignment.validTo, kind: assignment.kind })
      .from(assignment)
      .where(eq(assignment.personId, xuan?.id ?? 0))
      .orderBy(assignment.validFrom);
    expect(history).toEqual([
      { validFrom: '2015-03-01', validTo: '2025-07-01', kind: 'recruitment' },
      { validFrom: '2025-07-01', validTo: null, kind: 'election' },
    ]);

    // Derived columns were recomputed in the same transaction.
    const [xa1] = await db.select().from(orgUnit).where(eq(orgUnit.code, 'MAU.XA1'));
    expect(xuan).toMatchObject({ currentUnitId: xa1?.id, currentKeyCadre: true, qProfessional: 5 });

    // Units: tree paths, province, merge of the old communes into MAU.XA1.
    const [mau] = await db.select().from(orgUnit).where(eq(orgUnit.code, 'MAU'));
    const [old] = await db.select().from(orgUnit).where(eq(orgUnit.code, 'MAU.H1.A'));
    expect(mau?.path).toBe(`/${mau?.id}/`);
    expect(mau?.provinceId).toBe(mau?.id);
    expect(old).toMatchObject({ validTo: '2025-07-01', mergedIntoId: xa1?.id, provinceId: mau?.id });
    expect(old?.path).toMatch(new RegExp(`^/${mau?.id}/\\d+/${old?.id}/$`));
    const versions = await db
      .select()
      .from(orgUnitVersion)
      .where(eq(orgUnitVersion.unitId, old?.id ?? 0));
    expect(versions).toMatchObject([{ validFrom: '2000-01-01', validTo: '2025-07-01', name: 'Xã Bản Cũ' }]);
    const events = await db
      .select()
      .from(orgEvent)
      .where(eq(orgEvent.unitId, old?.id ?? 0));
    expect(events.map((e) => e.kind).sort()).toEqual(['create', 'merge']);

    // One audit row per sheet, naming the file.
    const audits = await db.select().from(auditLog).where(eq(auditLog.action, 'import'));
    expect(audits.map((a) => a.entity).sort()).toEqual([
      'assignment',
      'evaluation',
      'org_unit',
      'person',
      'qualification',
    ]);
    expect(audits.find((a) => a.entity === 'person')?.after).toMatchObject({
      file: 'sample-import.xlsx',
      sheet: 'Cán bộ',
      created: 40,
    });

    const again = await runImport(db, TEST_CONTEXT, fs.createReadStream(SAMPLE), { ...opts, dryRun: false });
    expect(again.status).toBe('ok');
    for (const c of Object.values(again.counts)) expect(c.created + c.updated).toBe(0);
    expect(again.counts['Cán bộ']).toEqual({ created: 0, updated: 0, unchanged: 40 });
    expect(again.counts['Trình độ']).toEqual({ created: 0, updated: 0, unchanged: 87 });
    expect(await db.$count(assignment)).toBe(46);
    // Nothing changed, so nothing was audited either.
    expect(await db.$count(auditLog, eq(auditLog.action, 'import'))).toBe(5);
  });
});

describe('import: generated workbooks', async () => {
  const { db } = await createTestApp();
  const run = (buf: Buffer, dryRun = false, fileName = 'nhap.xlsx') =>
    runImport(db, TEST_CONTEXT, buf, { dryRun, fileName, today: TODAY });

  it('accepts the level labels officers write, and updates what changed on re-import', async () => {
    const s = scenario();
    const first = await run(await workbook(s.book));
    expect(first.errors).toEqual([]);
    expect(first.counts['Trình độ']).toEqual({ created: 5, updated: 0, unchanged: 0 });
    const [an, binh, cha] = s.people.map((p) => p.cccd) as [string, string, string];
    const rows = await db
      .select({
        cccd: person.cccd,
        dimension: qualification.dimension,
        level: qualification.level,
        rank: qualification.rank,
        language: qualification.language,
        endDate: qualification.endDate,
        source: qualification.source,
      })
      .from(qualification)
      .innerJoin(person, eq(person.id, qualification.personId))
      .where(inArray(person.cccd, [an, binh, cha]));
    expect(rows).toEqual(
      expect.arrayContaining([
        {
          cccd: an,
          dimension: 'professional',
          level: 'dai_hoc',
          rank: 4,
          language: null,
          endDate: '2002-06-30',
          source: 'imported',
        },
        {
          cccd: an,
          dimension: 'politicalTheory',
          level: 'cao_cap',
          rank: 3,
          language: null,
          endDate: '2019-11-30',
          source: 'imported',
        },
        {
          cccd: binh,
          dimension: 'foreignLanguage',
          level: 'bac_3',
          rank: 3,
          language: 'Tiếng Anh',
          endDate: null,
          source: 'imported',
        },
        {
          cccd: cha,
          dimension: 'stateManagement',
          level: 'chuyen_vien_chinh',
          rank: 3,
          language: null,
          endDate: null,
          source: 'imported',
        },
        {
          cccd: cha,
          dimension: 'defenceSecurity',
          level: 'dt3',
          rank: 2,
          language: null,
          endDate: null,
          source: 'imported',
        },
      ]),
    );

    // Change: a new name, an ended post, an in-progress course completed, a new rating.
    const [anRow] = await db.select().from(person).where(eq(person.cccd, an));
    const book = structuredClone(s.book);
    const people = book['Cán bộ'] ?? [];
    if (people[0]) people[0]['Họ và tên*'] = 'Nguyễn Văn Ân';
    book['Công tác'] = [
      ...(book['Công tác'] ?? [])
        .slice(0, 2)
        .map((r, i) => (i === 1 ? { ...r, 'Đến ngày': '31/12/2025' } : r)),
      ...(book['Công tác'] ?? []).slice(2),
    ];
    book['Trình độ'] = [
      ...(book['Trình độ'] ?? []),
      qualificationRow(an, 'Tin học', 'B', { status: 'Đang học', from: '01/02/2026' }),
    ];
    const second = await run(await workbook(book));
    expect(second.errors).toEqual([]);
    expect(second.counts).toMatchObject({
      'Cán bộ': { created: 0, updated: 1, unchanged: 2 },
      'Công tác': { created: 0, updated: 1, unchanged: 2 },
      'Trình độ': { created: 1, updated: 0, unchanged: 5 },
      'Đơn vị': { created: 0, updated: 0, unchanged: 3 },
    });
    const [anAfter] = await db.select().from(person).where(eq(person.cccd, an));
    expect(anAfter).toMatchObject({
      fullName: 'Nguyễn Văn Ân',
      nameFolded: 'nguyen van an',
      version: (anRow?.version ?? 0) + 1,
    });

    const trainingDone = book['Trình độ']?.map((r) =>
      r['Loại trình độ*'] === 'Tin học'
        ? { ...r, 'Tình trạng*': 'Đã hoàn thành', 'Đến ngày': '30/04/2026' }
        : r,
    );
    const third = await run(await workbook({ 'Trình độ': trainingDone ?? [] }));
    expect(third.counts['Trình độ']).toEqual({ created: 0, updated: 1, unchanged: 5 });
    const [it1] = await db
      .select()
      .from(qualification)
      .where(and(eq(qualification.personId, anAfter?.id ?? 0), eq(qualification.dimension, 'it')));
    expect(it1).toMatchObject({ level: 'co_ban', status: 'completed', endDate: '2026-04-30', version: 2 });
  });

  it('reads columns in any order, headers without "*" or diacritics, and ignores extra columns', async () => {
    const s = scenario();
    const [an] = s.people;
    const shuffled = (s.book['Cán bộ'] ?? []).map((r) => ({
      'ghi chu': 'bỏ qua',
      'DOI TUONG': r['Đối tượng*'] ?? null,
      'ho va ten': r['Họ và tên*'] ?? null,
      'Số CCCD': r['Số CCCD*'] ?? null,
      'gioi tinh': r['Giới tính*'] ?? null,
      'Ngày sinh*': r['Ngày sinh*'] ?? null,
    }));
    const res = await run(await workbook({ 'Đơn vị': s.book['Đơn vị'] ?? [], 'can bo': shuffled }));
    expect(res.errors).toEqual([]);
    expect(res.counts['Cán bộ']?.created).toBe(3);
    const [row] = await db
      .select()
      .from(person)
      .where(eq(person.cccd, an?.cccd ?? ''));
    expect(row).toMatchObject({ fullName: 'Nguyễn Văn An', category: 'cong_chuc', ethnicity: null });
  });

  it('keeps a CCCD whose leading zeros Excel dropped (a number cell)', async () => {
    const s = scenario();
    const cccd = `001${s.people[0]?.cccd.slice(3)}`;
    const res = await run(
      await workbook({ 'Cán bộ': [{ ...s.book['Cán bộ']?.[0], 'Số CCCD*': Number(cccd) }] }),
    );
    expect(res.errors).toEqual([]);
    expect(await db.$count(person, eq(person.cccd, cccd))).toBe(1);
  });

  it('imports one sheet from CSV (semicolons, quotes, BOM)', async () => {
    const s = scenario();
    const lines = [
      'Số CCCD*;Họ và tên*;Ngày sinh*;Giới tính*;Đối tượng*;Quê quán',
      ...s.people.map(
        (p) =>
          `${p.cccd};"${p.name}";${p.birth.split('-').reverse().join('/')};${p.gender === 'male' ? 'Nam' : 'nữ'};Viên chức;"Xã A; huyện ""B"""`,
      ),
    ];
    const csv = Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`);
    const res = await runImport(db, TEST_CONTEXT, Readable.from([csv]), {
      dryRun: false,
      fileName: 'can-bo.csv',
      sheet: 'Cán bộ',
      today: TODAY,
    });
    expect(res.errors).toEqual([]);
    expect(res.counts['Cán bộ']?.created).toBe(3);
    const [row] = await db
      .select()
      .from(person)
      .where(eq(person.cccd, s.people[1]?.cccd ?? ''));
    expect(row).toMatchObject({ gender: 'female', category: 'vien_chuc', hometown: 'Xã A; huyện "B"' });

    const noSheet = await runImport(db, TEST_CONTEXT, csv, { dryRun: true, fileName: 'x.csv', today: TODAY });
    expect(noSheet.errors[0]?.code).toBe('NO_SHEETS');
  });

  it('answers INVALID_FILE for a file that is not a workbook', async () => {
    const res = await run(Buffer.from('PK but not really a zip'), true, 'hong.xlsx');
    expect(res).toEqual({
      status: 'invalid',
      counts: expect.any(Object),
      errors: [expect.objectContaining({ code: 'INVALID_FILE', value: 'hong.xlsx' })],
    });
  });

  it('allows a concurrent post (kiêm nhiệm) to overlap the main one', async () => {
    const s = scenario();
    const [an] = s.people;
    s.book['Công tác']?.push(assignmentRow(an?.cccd ?? '', s.communeB, 'XA_BT', 'Kiêm nhiệm', '01/08/2025'));
    const res = await run(await workbook(s.book));
    expect(res.errors).toEqual([]);
    expect(res.counts['Công tác']?.created).toBe(4);
    const [row] = await db
      .select()
      .from(person)
      .where(eq(person.cccd, an?.cccd ?? ''));
    const [a] = await db.select().from(orgUnit).where(eq(orgUnit.code, s.communeA));
    // The primary assignment stays the current one.
    expect(row?.currentUnitId).toBe(a?.id);
    const count = await db.execute(
      sql`select count(*)::int as n from assignment where person_id = ${row?.id}`,
    );
    expect(count.rows[0]).toEqual({ n: 2 });
  });
});
