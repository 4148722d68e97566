/**
 * A course's lists as official spreadsheets (issue: "course roster, results and certificate lists
 * to .xlsx"): the roster, the results (scores, attendance, classification) and the certificates.
 * The actor sees the course like its detail (404 outside the scope) and the learners like the
 * roster on screen (those who run the course: everyone; others: their own units' learners).
 */
import { formatCivilDate, todayVn } from '../../../../core/catalog/dates';
import { GENDER_LABELS } from '../../../../core/catalog/enums';
import type { CourseDetail } from '../../../../core/contracts/training-courses';
import {
  ENROLMENT_RESULT_LABELS,
  ENROLMENT_STATUS_LABELS,
  type RosterItem,
} from '../../../../core/contracts/training-enrolment';
import type { Db } from '../../../db/client';
import type { Actor, AuditContext } from '../../../http/actor';
import { type OfficialSheet, officialWorkbook, safeCell } from '../../../xlsx/official-sheet';
import { mutate } from '../../audit/audit';
import { detail } from '../courses/service';
import { roster } from '../enrolment/service';

export const COURSE_LISTS = ['roster', 'results', 'certificates'] as const;
export type CourseList = (typeof COURSE_LISTS)[number];

type Who = Pick<Actor, 'scope'>;
type Table = Pick<OfficialSheet, 'sheetName' | 'title' | 'columns' | 'rows'> & { file: string };

/** Learners who sat the course (the results list). */
const STUDIED: readonly RosterItem['status'][] = ['enrolled', 'completed', 'failed'];

const person = [
  { header: 'STT', width: 6 },
  { header: 'Họ và tên', width: 26 },
  { header: 'Ngày sinh', width: 12 },
];
const personCells = (e: RosterItem, i: number) => [
  i + 1,
  e.person.fullName,
  formatCivilDate(e.person.birthDate),
];

function rosterTable(c: CourseDetail, items: RosterItem[]): Table {
  return {
    file: `danh-sach-hoc-vien-${c.code}.xlsx`,
    sheetName: 'Danh sách học viên',
    title: `Danh sách học viên lớp ${c.name}`,
    columns: [
      ...person,
      { header: 'Giới tính', width: 9 },
      { header: 'Dân tộc', width: 10 },
      { header: 'Đơn vị cử', width: 26 },
      { header: 'Số quyết định cử đi học', width: 18 },
      { header: 'Ngày quyết định', width: 12 },
      { header: 'Tình trạng', width: 24 },
    ],
    rows: items.map((e, i) => [
      ...personCells(e, i),
      GENDER_LABELS[e.person.gender],
      e.person.ethnicity ?? '',
      e.unit.name,
      e.decisionNo ?? '',
      formatCivilDate(e.decisionDate),
      e.reason ? `${ENROLMENT_STATUS_LABELS[e.status]} (${e.reason})` : ENROLMENT_STATUS_LABELS[e.status],
    ]),
  };
}

function resultsTable(c: CourseDetail, items: RosterItem[]): Table {
  const learners = items.filter((e) => STUDIED.includes(e.status));
  return {
    file: `ket-qua-hoc-tap-${c.code}.xlsx`,
    sheetName: 'Kết quả học tập',
    title: `Kết quả học tập lớp ${c.name}`,
    columns: [
      ...person,
      { header: 'Đơn vị cử', width: 24 },
      // A header is text too: an assessment named "=…" must not become a formula.
      ...c.assessments.map((a) => ({ header: String(safeCell(a.name)), width: 12, numFmt: '0.0#' })),
      { header: 'Số buổi có mặt', width: 10 },
      { header: 'Số buổi vắng có phép', width: 10 },
      { header: 'Số buổi vắng không phép', width: 10 },
      { header: 'Kết quả xếp loại', width: 14 },
    ],
    rows: learners.map((e, i) => {
      const scores = new Map(e.scores.map((s) => [s.assessmentId, s.score]));
      return [
        ...personCells(e, i),
        e.unit.name,
        ...c.assessments.map((a) => scores.get(a.id) ?? ''),
        e.attendance.present,
        e.attendance.excused,
        e.attendance.absent,
        e.result ? ENROLMENT_RESULT_LABELS[e.result] : '',
      ];
    }),
  };
}

function certificatesTable(c: CourseDetail, items: RosterItem[]): Table {
  const holders = items.filter((e) => e.certificate);
  return {
    file: `chung-chi-${c.code}.xlsx`,
    sheetName: 'Chứng chỉ',
    title: `Danh sách cấp chứng chỉ lớp ${c.name}`,
    columns: [
      ...person,
      { header: 'Đơn vị cử', width: 24 },
      { header: 'Kết quả xếp loại', width: 14 },
      { header: 'Số chứng chỉ', width: 18 },
      { header: 'Ngày cấp', width: 12 },
      { header: 'Số thư xác nhận thay thế (khi mất chứng chỉ)', width: 22 },
    ],
    rows: holders.map((e, i) => [
      ...personCells(e, i),
      e.unit.name,
      e.result ? ENROLMENT_RESULT_LABELS[e.result] : '',
      e.certificate?.number ?? '',
      formatCivilDate(e.certificate?.issuedOn),
      e.certificate?.replacementLetterNo ?? '',
    ]),
  };
}

const TABLES: Record<CourseList, (c: CourseDetail, items: RosterItem[]) => Table> = {
  roster: rosterTable,
  results: resultsTable,
  certificates: certificatesTable,
};

/** One of a course's lists as an official .xlsx; the export is logged (personal data). */
export async function courseListWorkbook(
  db: Db,
  ctx: AuditContext,
  actor: Who,
  courseId: number,
  list: CourseList,
): Promise<{ file: string; body: Buffer }> {
  const c = await detail(db, actor, courseId);
  const { items } = await roster(db, actor, courseId);
  const t = TABLES[list](c, items);
  const body = await officialWorkbook({
    sheetName: t.sheetName,
    superior: c.organiser.name,
    issuer: c.institution.name,
    title: t.title,
    period: `Mã lớp ${c.code} — ${c.programme.name} — từ ngày ${formatCivilDate(c.startDate)} đến ngày ${formatCivilDate(c.endDate)}`,
    place: c.organiser.name,
    date: todayVn(),
    columns: t.columns,
    rows: t.rows,
  });
  // Exports of personal data are logged (Decree 13/2023): who, which course and list, how many rows.
  await mutate(db, ctx, async () => ({
    result: null,
    audit: {
      action: 'training.export',
      entity: 'course',
      entityId: courseId,
      after: { list, rows: t.rows.length },
    },
  }));
  return { file: t.file, body };
}
