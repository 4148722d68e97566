/**
 * Compliance reports and checks (contracts §6). Today's figures come from the materialised rows;
 * any other date is evaluated from history, so a past report never changes when today's data do.
 */
import { eq, inArray, sql } from 'drizzle-orm';
import { todayVn } from '../../../core/catalog/dates';
import type { ComplianceFilters, CompliancePeopleQuery } from '../../../core/contracts/standards';
import { personCompliance } from '../../../core/standards/person';
import type { ComplianceStatus, Gap } from '../../../core/standards/types';
import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, fieldError } from '../../http/errors';
import { orgUnit } from '../org/schema';
import { inScope, pathInScope } from '../org/scope';
import { findPersonInScope } from '../people/queries';
import { loadStandards } from '../standards/queries';
import { loadBundles, type Ref } from './facts';
import {
  type Counts,
  complianceAsOf,
  complianceToday,
  evaluateSubtreeOn,
  type Filters,
  type Root,
} from './report';

type Who = Pick<Actor, 'scope'>;

export const NATION: Ref = { code: '*', name: 'Toàn quốc' };

export interface ResolvedRoot {
  root: Root;
  unit: Ref;
}

/** The report's unit inside the actor's scope (404 outside); no unit = the nation, admins only. */
export async function resolveRoot(db: DbOrTx, actor: Who, code: string | undefined): Promise<ResolvedRoot> {
  if (!code) {
    if (actor.scope.kind !== 'all') throw fieldError('unit', 'Vui lòng chọn đơn vị');
    return { root: null, unit: NATION };
  }
  const [u] = await db.select().from(orgUnit).where(eq(orgUnit.code, code)).limit(1);
  if (!u || !pathInScope(actor.scope, u.path)) throw new AppError('UNIT_NOT_FOUND');
  return { root: { id: u.id, path: u.path }, unit: { code: u.code, name: u.name } };
}

const filtersOf = (q: ComplianceFilters): Filters => ({
  group: q.group,
  keyCadre: q.keyCadre,
  areaClass: q.areaClass,
});

export interface ComplianceReport extends Counts {
  unit: Ref;
  asOf: string;
  children: (Counts & { unit: Ref })[];
}

export async function complianceReport(db: Db, actor: Who, q: ComplianceFilters): Promise<ComplianceReport> {
  const today = todayVn();
  const date = q.asOf ?? today;
  const { root, unit } = await resolveRoot(db, actor, q.unit);
  const f = filtersOf(q);
  const b =
    date === today
      ? await complianceToday(db, root, f)
      : await complianceAsOf(db, root, date, await loadStandards(db), f);
  // Children: the direct sub-units (today's tree) plus any child that counted people on the date.
  const direct = await db.execute<{ id: string; code: string; name: string }>(
    root
      ? sql`select id, code, name from org_unit where parent_id = ${root.id}
            and (valid_to is null or valid_to > ${date}::date) and valid_from <= ${date}::date and tree = 'state'`
      : sql`select id, code, name from org_unit where parent_id is null and tree = 'state'`,
  );
  const known = new Map(direct.rows.map((r) => [Number(r.id), { code: r.code, name: r.name }]));
  const missing = [...b.byChild.keys()].filter((id) => !known.has(id));
  if (missing.length) {
    const extra = await db
      .select({ id: orgUnit.id, code: orgUnit.code, name: orgUnit.name })
      .from(orgUnit)
      .where(inArray(orgUnit.id, missing));
    for (const e of extra) known.set(e.id, { code: e.code, name: e.name });
  }
  const zero: Counts = { total: 0, meets: 0, inProgress: 0, gap: 0, rate: 0 };
  const children = [...known.entries()]
    .map(([id, u]) => ({ unit: u, ...(b.byChild.get(id) ?? zero) }))
    .sort((a, c) => a.unit.name.localeCompare(c.unit.name, 'vi'));
  return { unit, asOf: date, ...b.totals, children };
}

export interface GapPerson {
  personId: number;
  fullName: string;
  birthDate: string;
  gender: string;
  unit: Ref;
  position: Ref;
  keyCadre: boolean;
  status: ComplianceStatus;
  gaps: Gap[];
}

/** The people behind a report's numbers (drill-down), paged, sorted by unit then name. */
export async function compliancePeople(
  db: Db,
  actor: Who,
  q: CompliancePeopleQuery,
): Promise<{ items: GapPerson[]; total: number; page: number; pageSize: number }> {
  const today = todayVn();
  const date = q.asOf ?? today;
  const { root } = await resolveRoot(db, actor, q.unit);
  const f = filtersOf(q);
  if (date !== today) return peopleAsOf(db, root, date, f, q);
  const where = sql.join(
    [
      root ? sql`u.path like ${`${root.path}%`}` : sql`true`,
      inScope(actor.scope, sql`u.path`),
      q.status ? sql`pc.status = ${q.status}` : sql`true`,
      f.group ? sql`pc.position_group = ${f.group}` : sql`true`,
      f.keyCadre !== undefined ? sql`pc.key_cadre = ${f.keyCadre}` : sql`true`,
      f.areaClass ? sql`u.area_class = ${f.areaClass}` : sql`true`,
    ],
    sql` and `,
  );
  const [rows, total] = await Promise.all([
    db.execute<{
      person_id: string;
      full_name: string;
      birth_date: string;
      gender: string;
      u_code: string;
      u_name: string;
      p_code: string;
      p_name: string;
      key_cadre: boolean;
      status: ComplianceStatus;
    }>(sql`
      select pc.person_id, p.full_name, p.birth_date, p.gender, u.code as u_code, u.name as u_name,
        pos.code as p_code, pos.name as p_name, pc.key_cadre, pc.status
      from person_compliance pc
      join org_unit u on u.id = pc.home_unit_id
      join person p on p.id = pc.person_id
      join position pos on pos.id = pc.home_position_id
      where ${where}
      order by u.name, p.name_sort, p.id
      limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`),
    db.execute<{ n: string }>(sql`
      select count(*) as n from person_compliance pc join org_unit u on u.id = pc.home_unit_id where ${where}`),
  ]);
  const ids = rows.rows.map((r) => Number(r.person_id));
  const gapRows = ids.length
    ? await db.execute<{ person_id: string; gaps: Gap[] }>(
        sql`select person_id, gaps from compliance_post where person_id = any(${`{${ids.join(',')}}`}::bigint[])`,
      )
    : { rows: [] };
  const gapsOf = new Map<number, Gap[]>();
  for (const g of gapRows.rows) {
    const list = gapsOf.get(Number(g.person_id)) ?? [];
    list.push(...g.gaps);
    gapsOf.set(Number(g.person_id), list);
  }
  return {
    items: rows.rows.map((r) => ({
      personId: Number(r.person_id),
      fullName: r.full_name,
      birthDate: r.birth_date,
      gender: r.gender,
      unit: { code: r.u_code, name: r.u_name },
      position: { code: r.p_code, name: r.p_name },
      keyCadre: r.key_cadre,
      status: r.status,
      gaps: gapsOf.get(Number(r.person_id)) ?? [],
    })),
    total: Number(total.rows[0]?.n ?? 0),
    page: q.page,
    pageSize: q.pageSize,
  };
}

async function peopleAsOf(db: Db, root: Root, date: string, f: Filters, q: CompliancePeopleQuery) {
  const sets = await loadStandards(db);
  const all: GapPerson[] = [];
  await evaluateSubtreeOn(db, root, date, sets, f, ({ bundle, compliance }) => {
    if (q.status && compliance.status !== q.status) return;
    const label = bundle.labels.get(compliance.home.assignmentId);
    all.push({
      personId: bundle.personId,
      fullName: bundle.fullName,
      birthDate: bundle.facts.birthDate,
      gender: bundle.facts.gender,
      unit: label?.unit ?? { code: '', name: '' },
      position: label?.position ?? {
        code: compliance.home.position.code,
        name: compliance.home.position.code,
      },
      keyCadre: compliance.home.position.keyCadre,
      status: compliance.status,
      gaps: compliance.posts.flatMap((p) => p.gaps),
    });
  });
  all.sort(
    (a, b) => a.unit.name.localeCompare(b.unit.name, 'vi') || a.fullName.localeCompare(b.fullName, 'vi'),
  );
  const start = (q.page - 1) * q.pageSize;
  return {
    items: all.slice(start, start + q.pageSize),
    total: all.length,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** A person's compliance on a date, from history (contracts §6). */
export async function personComplianceOf(db: Db, actor: Who, personId: number, asOf: string | undefined) {
  const date = asOf ?? todayVn();
  const p = await findPersonInScope(db, actor.scope, personId);
  if (!p) throw new AppError('PERSON_NOT_FOUND');
  const [bundle] = await loadBundles(db, [personId], date);
  const sets = await loadStandards(db);
  const c = bundle ? personCompliance(sets, bundle.facts, bundle.holdings, date) : null;
  return {
    asOf: date,
    status: c?.status ?? null,
    positions: (c?.posts ?? []).map((post) => {
      const label = bundle?.labels.get(post.assignmentId);
      return {
        position: label?.position ?? { code: post.position.code, name: post.position.code },
        unit: label?.unit ?? { code: '', name: '' },
        status: post.status,
        gaps: post.gaps,
      };
    }),
  };
}
