/**
 * Training needs per unit (issue 6 item 1), from today's materialised compliance: every gap of a
 * post whose status is `gap`, and every gap in its grace period, of the people whose home unit is
 * in the subtree → the programme that closes it (lowest sufficient level), unless the person is
 * already enrolled or waitlisted in a course of a programme that closes it.
 *
 * One set-based query: org_unit by path prefix (text_pattern_ops index) → person_compliance by
 * home unit (person_compliance_unit_idx) → compliance_post by person (compliance_post_person_idx)
 * → enrolment by person (enrolment_person_idx). The programme table is tiny: its choices are
 * computed in TypeScript (src/core/needs) and joined as a constant recordset.
 */
import { and, eq, isNotNull, type SQL, sql } from 'drizzle-orm';
import { formatCivilDate, todayVn } from '../../../core/catalog/dates';
import type { Dimension } from '../../../core/catalog/levels';
import type { NeedItem, NeedsPage, NeedsQuery } from '../../../core/contracts/needs';
import { type AwardingProgramme, needPriority, programmeChoices } from '../../../core/needs/needs';
import type { LegalBasis } from '../../../core/standards/types';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { officialWorkbook } from '../../xlsx/official-sheet';
import { resolveRoot } from '../compliance/service';
import { inScope } from '../org/scope';
import { programme } from '../training/schema';

type Who = Pick<Actor, 'scope'>;

/** Rows of the spreadsheet at most (the nation runs as a job later; see issue 6 benchmarks). */
export const XLSX_MAX_ROWS = 100_000;

async function awardingProgrammes(db: DbOrTx): Promise<AwardingProgramme[]> {
  const rows = await db
    .select({
      id: programme.id,
      code: programme.code,
      name: programme.name,
      dimension: programme.awardsDimension,
      level: programme.awardsLevel,
    })
    .from(programme)
    .where(
      and(eq(programme.active, true), isNotNull(programme.awardsDimension), isNotNull(programme.awardsLevel)),
    );
  return rows.map((r) => ({ ...r, dimension: r.dimension as Dimension, level: r.level ?? '' }));
}

/** The ranked needs of the subtree as a CTE chain ending in `r` (one row per person and need). */
function needsCte(choicesJson: string, where: SQL): SQL {
  return sql`
    with m as (
      select * from jsonb_to_recordset(${choicesJson}::jsonb)
        as m(dimension text, level text, programme_id bigint, code text, name text, sufficient bigint[])
    ),
    g as (
      select pc.person_id, pc.key_cadre, p.full_name, p.name_sort,
        u.code as u_code, u.name as u_name, pos.code as p_code, pos.name as p_name,
        gap->>'requirementId' as req_id, gap->>'requirement' as requirement, gap->'legalBasis' as legal_basis,
        (gap->>'graceUntil')::date as deadline,
        m.programme_id, m.code as prog_code, m.name as prog_name
      from org_unit u
      join person_compliance pc on pc.home_unit_id = u.id
      join person p on p.id = pc.person_id
      join compliance_post cp on cp.person_id = pc.person_id
      join position pos on pos.id = cp.position_id
      cross join lateral jsonb_array_elements(cp.gaps) as gap
      left join m on m.dimension = gap->'closesWith'->>'dimension' and m.level = gap->'closesWith'->>'level'
      where ${where}
        and (cp.status = 'gap' or gap ? 'graceUntil')
        and not exists (
          select 1 from enrolment e join course c on c.id = e.course_id
          where e.person_id = pc.person_id and e.status in ('enrolled', 'waitlisted')
            and c.programme_id = any(m.sufficient))
    ),
    d as (
      select distinct on (person_id, coalesce('p' || programme_id, 'r' || req_id)) *
      from g
      order by person_id, coalesce('p' || programme_id, 'r' || req_id), deadline nulls first, p_code
    ),
    r as (
      select d.*, case when key_cadre then (case when deadline is null then 1 else 2 end)
                       else (case when deadline is null then 3 else 4 end) end as priority
      from d
    )`;
}

type Row = {
  person_id: string;
  full_name: string;
  key_cadre: boolean;
  u_code: string;
  u_name: string;
  p_code: string;
  p_name: string;
  requirement: string;
  legal_basis: LegalBasis;
  deadline: string | null;
  prog_code: string | null;
  prog_name: string | null;
  priority: number;
};

export async function trainingNeeds(
  db: DbOrTx,
  actor: Who,
  q: NeedsQuery,
  paging: { limit: number; offset: number } = { limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
): Promise<NeedsPage> {
  const { root, unit } = await resolveRoot(db, actor, q.unit);
  const choices = programmeChoices(await awardingProgrammes(db)).map((c) => ({
    dimension: c.dimension,
    level: c.level,
    programme_id: c.programme.id,
    code: c.programme.code,
    name: c.programme.name,
    sufficient: c.sufficientIds,
  }));
  const where = sql.join(
    [root ? sql`u.path like ${`${root.path}%`}` : sql`true`, inScope(actor.scope, sql`u.path`)],
    sql` and `,
  );
  const cte = needsCte(JSON.stringify(choices), where);
  const only = q.priority ? sql`where priority = ${q.priority}` : sql``;
  const [rows, summary] = await Promise.all([
    db.execute<Row>(sql`${cte}
      select person_id, full_name, key_cadre, u_code, u_name, p_code, p_name, requirement, legal_basis,
        to_char(deadline, 'YYYY-MM-DD') as deadline, prog_code, prog_name, priority
      from r ${only}
      order by priority, deadline nulls first, name_sort, person_id, prog_code nulls last, requirement
      limit ${paging.limit} offset ${paging.offset}`),
    db.execute<{
      prog_code: string | null;
      prog_name: string | null;
      people: string;
      needs: string;
    }>(sql`${cte}
      select prog_code, prog_name, count(distinct person_id) as people, count(*) as needs
      from r ${only}
      group by prog_code, prog_name
      order by count(distinct person_id) desc, prog_code nulls last`),
  ]);
  const items: NeedItem[] = rows.rows.map((r) => ({
    person: { id: Number(r.person_id), fullName: r.full_name },
    unit: { code: r.u_code, name: r.u_name },
    position: { code: r.p_code, name: r.p_name },
    keyCadre: r.key_cadre,
    requirement: r.requirement,
    legalBasis: r.legal_basis,
    programme: r.prog_code ? { code: r.prog_code, name: r.prog_name ?? r.prog_code } : null,
    deadline: r.deadline,
    priority: needPriority(r.key_cadre, r.deadline),
  }));
  return {
    unit,
    asOf: todayVn(),
    items,
    total: summary.rows.reduce((s, r) => s + Number(r.needs), 0),
    page: q.page,
    pageSize: q.pageSize,
    summary: summary.rows.map((r) => ({
      programme: r.prog_code ? { code: r.prog_code, name: r.prog_name ?? r.prog_code } : null,
      people: Number(r.people),
    })),
  };
}

const PRIORITY_LABELS: Record<number, string> = {
  1: '1 - Cán bộ chủ chốt, cần ngay',
  2: '2 - Cán bộ chủ chốt, trong thời hạn',
  3: '3 - Cần ngay',
  4: '4 - Trong thời hạn',
};

/** The whole list (up to XLSX_MAX_ROWS) as an official sheet; text cells are formula-safe. */
export async function needsWorkbook(
  db: DbOrTx,
  actor: Who,
  q: NeedsQuery,
): Promise<{ unit: string; file: Buffer }> {
  const r = await trainingNeeds(db, actor, q, { limit: XLSX_MAX_ROWS, offset: 0 });
  const rows = r.items.map((i, n) => [
    n + 1,
    i.person.fullName,
    i.unit.name,
    i.position.name,
    i.keyCadre ? 'x' : '',
    i.requirement,
    `${i.legalBasis.number} ${i.legalBasis.title}`.trim(),
    i.programme ? `${i.programme.name} (${i.programme.code})` : 'Chưa có chương trình phù hợp',
    i.deadline ? formatCivilDate(i.deadline) : 'Cần ngay',
    PRIORITY_LABELS[i.priority] ?? String(i.priority),
  ]);
  const file = await officialWorkbook({
    sheetName: 'Nhu cầu đào tạo',
    superior: 'Cadre',
    issuer: r.unit.name,
    title: 'Nhu cầu đào tạo, bồi dưỡng cán bộ, công chức, viên chức',
    period: `Tính đến ngày ${formatCivilDate(r.asOf)} — ${r.unit.name}`,
    place: r.unit.name,
    date: r.asOf,
    columns: [
      { header: 'STT', width: 6 },
      { header: 'Họ và tên', width: 24 },
      { header: 'Đơn vị', width: 24 },
      { header: 'Chức vụ', width: 24 },
      { header: 'Chủ chốt', width: 9 },
      { header: 'Tiêu chuẩn chưa đạt', width: 32 },
      { header: 'Căn cứ', width: 28 },
      { header: 'Chương trình cần học', width: 30 },
      { header: 'Thời hạn', width: 12 },
      { header: 'Mức ưu tiên', width: 22 },
    ],
    rows,
    totals: ['', 'Tổng cộng', '', '', '', `${r.total} nhu cầu`, '', '', '', ''],
  });
  return { unit: r.unit.code === '*' ? 'toan-quoc' : r.unit.code, file };
}
