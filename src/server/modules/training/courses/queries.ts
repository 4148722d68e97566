import { eq, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { orgUnit } from '../../org/schema';
import type { Scope } from '../../org/scope';
import { course, enrolment, institution, programme } from '../schema';

export type CourseRow = typeof course.$inferSelect;
export type EnrolmentRow = typeof enrolment.$inferSelect;
export type ProgrammeRow = typeof programme.$inferSelect;
export type InstitutionRow = typeof institution.$inferSelect;

/** A course by id, without any scope check (callers check scope with `courseInScope`). */
export async function loadCourse(db: DbOrTx, id: number): Promise<CourseRow | null> {
  const rows = await db.select().from(course).where(eq(course.id, id)).limit(1);
  return rows[0] ?? null;
}

/** An enrolment by id, without any scope check. */
export async function enrolmentById(db: DbOrTx, id: number): Promise<EnrolmentRow | null> {
  const rows = await db.select().from(enrolment).where(eq(enrolment.id, id)).limit(1);
  return rows[0] ?? null;
}

/**
 * SQL condition: the actor may see the course `c` (alias of course) — its organiser unit is in the
 * scope, or is an ancestor of a scope unit (the course is open to the actor's people), or the
 * institution that runs it belongs to a unit in the scope.
 */
export function courseVisible(scope: Scope, alias = sql.raw('c')): SQL {
  if (scope.kind === 'all') return sql`true`;
  if (scope.paths.length === 0) return sql`false`;
  const paths = sql`array[${sql.join(
    scope.paths.map((p) => sql`${p}`),
    sql`, `,
  )}]::text[]`;
  return sql`exists (
    select 1 from org_unit ou
    where ou.id = ${alias}.organiser_unit_id
      and (ou.path like any (select s || '%' from unnest(${paths}) s)
        or exists (select 1 from unnest(${paths}) s where s like ou.path || '%'))
  ) or exists (
    select 1 from institution i join org_unit iu on iu.id = i.unit_id
    where i.id = ${alias}.institution_id and iu.path like any (select s || '%' from unnest(${paths}) s)
  )`;
}

/**
 * SQL condition: the actor may manage the course `c` — its organiser unit is in the scope or its
 * institution's unit is.
 */
export function courseManageable(scope: Scope, alias = sql.raw('c')): SQL {
  if (scope.kind === 'all') return sql`true`;
  if (scope.paths.length === 0) return sql`false`;
  const paths = sql`array[${sql.join(
    scope.paths.map((p) => sql`${p}`),
    sql`, `,
  )}]::text[]`;
  return sql`exists (
    select 1 from org_unit ou
    where ou.id = ${alias}.organiser_unit_id and ou.path like any (select s || '%' from unnest(${paths}) s)
  ) or exists (
    select 1 from institution i join org_unit iu on iu.id = i.unit_id
    where i.id = ${alias}.institution_id and iu.path like any (select s || '%' from unnest(${paths}) s)
  )`;
}

/** The course if the actor may see it (else null: the caller answers 404). */
export async function courseInScope(db: DbOrTx, scope: Scope, id: number): Promise<CourseRow | null> {
  const rows = await db
    .select()
    .from(course)
    .where(sql`${course.id} = ${id} and (${courseVisible(scope, sql.raw('"course"'))})`)
    .limit(1);
  return rows[0] ?? null;
}

/** The course if the actor may manage it (timetable, attendance, scores); else null → 404. */
export async function courseManagedInScope(db: DbOrTx, scope: Scope, id: number): Promise<CourseRow | null> {
  const rows = await db
    .select()
    .from(course)
    .where(sql`${course.id} = ${id} and (${courseManageable(scope, sql.raw('"course"'))})`)
    .limit(1);
  return rows[0] ?? null;
}

/** Locks the course row for the rest of the transaction (seat counting, status changes). */
export async function lockCourse(tx: DbOrTx, id: number): Promise<CourseRow | null> {
  const rows = await tx.select().from(course).where(eq(course.id, id)).for('update').limit(1);
  return rows[0] ?? null;
}

export async function programmeById(db: DbOrTx, id: number): Promise<ProgrammeRow | null> {
  const rows = await db.select().from(programme).where(eq(programme.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function institutionById(db: DbOrTx, id: number): Promise<InstitutionRow | null> {
  const rows = await db.select().from(institution).where(eq(institution.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function unitById(db: DbOrTx, id: number) {
  const rows = await db.select().from(orgUnit).where(eq(orgUnit.id, id)).limit(1);
  return rows[0] ?? null;
}
