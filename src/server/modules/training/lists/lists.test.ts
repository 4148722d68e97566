import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { login, makePerson, makeTree, makeUser } from '../../../testing/factories';
import { createTestApp, uniq } from '../../../testing/harness';
import { auditLog } from '../../audit/schema';
import { person } from '../../people/schema';
import { enrol, makeCourse } from '../results/test-factory';
import { certificate, enrolment } from '../schema';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The official sheet's table: header row 8, numbers row 9, data from row 10. */
async function table(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('no worksheet');
  const headers = (ws.getRow(8).values as unknown[]).slice(1).map(String);
  const rows: ExcelJS.Row[] = [];
  for (let r = 10; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (typeof row.getCell(1).value !== 'number') break;
    rows.push(row);
  }
  const cell = (row: ExcelJS.Row, header: string) => row.getCell(headers.indexOf(header) + 1);
  return { ws, headers, rows, cell };
}

/**
 * A course's lists as official spreadsheets: roster, results and certificates, for those who may
 * see the course; text cells that look like formulas stay text; outside the scope → 404.
 */
describe('course lists to .xlsx', async () => {
  const { app, db } = await createTestApp();
  const tree = await makeTree(db);
  const a = tree.communeA;
  const school = await login(app, (await makeUser(db, 'institution', [tree.province])).username);
  const officerA = await login(app, (await makeUser(db, 'officer', [a])).username);
  const officerB = await makeUser(db, 'officer', [tree.communeB]);
  const outsider = await login(app, officerB.username);

  const c = await makeCourse(db, tree.province, { sessions: 3, assessments: 2 });
  const name = `Lê Thị ${uniq('Mai')}`;
  const p1 = await makePerson(db, a, { fullName: name, gender: 'female', birthDate: '1988-04-09' });
  const p2 = await makePerson(db, a);
  // A name that a spreadsheet would run as a formula if written as is.
  const evil = `=HYPERLINK("http://x.invalid","${uniq()}")`;
  await db.update(person).set({ fullName: evil }).where(eq(person.id, p2.id));
  const [e1, e2] = (await enrol(db, c.id, a, [p1.id, p2.id])) as [number, number];

  const put = (url: string, payload: object) =>
    app.inject({ method: 'PUT', url, headers: school.headers, payload });
  for (const [i, marks] of [
    ['present', 'present'],
    ['present', 'absent'],
    ['excused', 'present'],
  ].entries()) {
    const r = await put(`/api/training/courses/${c.id}/sessions/${c.sessionIds[i]}/attendance`, {
      entries: [
        { enrolmentId: e1, status: marks[0] },
        { enrolmentId: e2, status: marks[1] },
      ],
    });
    if (r.statusCode !== 200) throw new Error(r.body);
  }
  await put(`/api/training/courses/${c.id}/assessments/${c.assessmentIds[0]}/scores`, {
    entries: [
      { enrolmentId: e1, score: 8.25 },
      { enrolmentId: e2, score: 6 },
    ],
  });
  await put(`/api/training/courses/${c.id}/assessments/${c.assessmentIds[1]}/scores`, {
    entries: [{ enrolmentId: e1, score: 9 }],
  });
  await db.update(enrolment).set({ status: 'completed', result: 'gioi' }).where(eq(enrolment.id, e1));
  const certNo = uniq('CC-');
  await db
    .insert(certificate)
    .values({ enrolmentId: e1, number: certNo, issuedOn: '2025-09-05', replacementLetterNo: '7/XN-TCT' });

  const get = (list: string, who = school, id = c.id) =>
    app.inject({ method: 'GET', url: `/api/training/courses/${id}/${list}.xlsx`, headers: who.headers });

  it('sends the roster with dates dd/MM/yyyy, gender, ethnicity, unit and decision', async () => {
    const res = await get('roster', officerA);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="danh-sach-hoc-vien-${c.code}.xlsx"`,
    );
    const t = await table(res.rawPayload);
    expect(t.headers).toEqual([
      'STT',
      'Họ và tên',
      'Ngày sinh',
      'Giới tính',
      'Dân tộc',
      'Đơn vị cử',
      'Số quyết định cử đi học',
      'Ngày quyết định',
      'Tình trạng',
    ]);
    const row = t.rows.find((r) => t.cell(r, 'Họ và tên').value === name);
    if (!row) throw new Error(`${name} missing`);
    expect(row.values).toEqual([
      undefined,
      expect.any(Number),
      name,
      '09/04/1988',
      'Nữ',
      'Kinh',
      a.name,
      '12/QĐ-UBND',
      '20/02/2025',
      'Hoàn thành',
    ]);
    expect(t.rows).toHaveLength(2);
  });

  it('writes a name starting with "=" as text, never as a formula', async () => {
    const t = await table((await get('roster')).rawPayload);
    const cells = t.rows.map((r) => t.cell(r, 'Họ và tên'));
    const cell = cells.find((x) => String(x.value).includes('HYPERLINK'));
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(cell?.value).toBe(`'${evil}`);
    expect(cell?.formula).toBeUndefined();
  });

  it('sends results: each assessment as a number, sessions present and absent, classification', async () => {
    const res = await get('results');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    const t = await table(res.rawPayload);
    expect(t.headers).toEqual([
      'STT',
      'Họ và tên',
      'Ngày sinh',
      'Đơn vị cử',
      'Bài kiểm tra 1',
      'Bài kiểm tra 2',
      'Số buổi có mặt',
      'Số buổi vắng có phép',
      'Số buổi vắng không phép',
      'Kết quả xếp loại',
    ]);
    const byName = (n: string) => {
      const row = t.rows.find((r) => String(t.cell(r, 'Họ và tên').value).includes(n));
      if (!row) throw new Error(`${n} missing`);
      return row;
    };
    const one = byName(name);
    expect((one.values as unknown[]).slice(5)).toEqual([8.25, 9, 2, 1, 0, 'Giỏi']);
    expect(t.cell(one, 'Bài kiểm tra 1').numFmt).toBe('0.0#');
    const two = byName('HYPERLINK');
    expect(t.cell(two, 'Bài kiểm tra 1').value).toBe(6);
    expect(t.cell(two, 'Bài kiểm tra 2').value).toBeFalsy();
    expect(t.cell(two, 'Số buổi vắng không phép').value).toBe(1);
    expect(t.cell(two, 'Kết quả xếp loại').value).toBeFalsy();
  });

  it('sends the certificates issued, with the replacement letter, and logs each export', async () => {
    const res = await get('certificates');
    expect(res.statusCode).toBe(200);
    const t = await table(res.rawPayload);
    expect(t.rows).toHaveLength(1);
    const row = t.rows[0] as ExcelJS.Row;
    expect(t.cell(row, 'Họ và tên').value).toBe(name);
    expect(t.cell(row, 'Số chứng chỉ').value).toBe(certNo);
    expect(t.cell(row, 'Ngày cấp').value).toBe('05/09/2025');
    expect(t.cell(row, 'Số thư xác nhận thay thế (khi mất chứng chỉ)').value).toBe('7/XN-TCT');
    const logged = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'training.export'), eq(auditLog.entityId, String(c.id))));
    expect(logged.map((l) => (l.after as { list: string }).list).sort()).toEqual(
      expect.arrayContaining(['certificates', 'results', 'roster']),
    );
  });

  it('answers 404 for a course outside the scope, and for one that does not exist', async () => {
    const other = await makeCourse(db, tree.communeB);
    for (const list of ['roster', 'results', 'certificates']) {
      const res = await get(list, officerA, other.id);
      expect(res.statusCode, `${list} ${res.body}`).toBe(404);
      expect(res.json().error.code).toBe('COURSE_NOT_FOUND');
    }
    // The province's course is open to commune B too: its officer gets the file, without A's learners.
    const seen = await table((await get('roster', outsider)).rawPayload);
    expect(seen.rows).toHaveLength(0);
    expect((await get('roster', school, 987_654_321)).statusCode).toBe(404);
  });
});
