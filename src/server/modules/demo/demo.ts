/**
 * Loads the demo province (Tỉnh Hà Sơn, ~6,000 people) into an empty database: one audited
 * mutation, bulk inserts, then the people's derived columns. Also the start-up hook that loads it
 * on the first start when CADRE_DEMO=1.
 */
import { sql } from 'drizzle-orm';
import { todayVn } from '../../../core/catalog/dates';
import type { Config } from '../../config';
import type { Db, DbOrTx } from '../../db/client';
import { mutate, SYSTEM_CONTEXT } from '../audit/audit';
import { candidatePeople, refreshCompliance } from '../compliance/upkeep';
import { recomputePersonDerived } from '../people/derived';
import { loadStandards } from '../standards/queries';
import { CccdAllocator } from './cccd';
import { insertRows, reserveIds } from './insert';
import { cccdOf, planPerson } from './person-plan';
import { loadPosts } from './posts';
import { buildDemoModel, DEMO_PROVINCE_CODE } from './province';
import {
  ASSIGNMENT,
  assignmentRows,
  type Cell,
  EVALUATION,
  evaluationRows,
  eventRow,
  ORG_EVENT,
  ORG_UNIT,
  ORG_UNIT_VERSION,
  PERSON,
  personRow,
  QUALIFICATION,
  qualificationRows,
  REWARD_DISCIPLINE,
  rewardRows,
  unitRow,
  versionRows,
} from './tables';
import { loadDemoTraining } from './training';

export const DEFAULT_DEMO_SEED = 2025;

export interface DemoSummary {
  seed: number;
  provinceCode: string;
  units: number;
  people: number;
  assignments: number;
  qualifications: number;
  evaluations: number;
  rewardsAndDisciplines: number;
  courses: number;
  enrolments: number;
}

/** True when there is no person and no unit: the only state the generators load into. */
export async function isEmptyForGeneration(db: DbOrTx): Promise<boolean> {
  const res = await db.execute<{ busy: boolean }>(
    sql`select exists (select 1 from person) or exists (select 1 from org_unit) as busy`,
  );
  return res.rows[0]?.busy === false;
}

export class NotEmptyError extends Error {
  constructor() {
    super(
      'Cơ sở dữ liệu đã có đơn vị hoặc cán bộ: chỉ nạp dữ liệu mẫu vào cơ sở dữ liệu trống ' +
        '(dùng CADRE_DATA_DIR hoặc DATABASE_URL khác).',
    );
  }
}

export async function loadDemoProvince(
  db: Db,
  opts: { seed?: number; today?: string } = {},
): Promise<DemoSummary> {
  const seed = opts.seed ?? DEFAULT_DEMO_SEED;
  const today = opts.today ?? todayVn();
  const model = buildDemoModel(seed);
  const plans = model.slots.map((slot, i) => planPerson(seed, i, slot));
  return mutate(db, SYSTEM_CONTEXT, async (tx) => {
    if (!(await isEmptyForGeneration(tx))) throw new NotEmptyError();
    const posts = await loadPosts(tx);
    const units = model.units.units;
    const unitIds = await reserveIds(tx, 'org_unit', units.length);
    model.units.assignIds((i) => unitIds[i] ?? 0);
    await insertRows(tx, ORG_UNIT, units.map(unitRow));
    await insertRows(tx, ORG_UNIT_VERSION, units.flatMap(versionRows));
    await insertRows(tx, ORG_EVENT, model.units.events.map(eventRow));

    const personIds = await reserveIds(tx, 'person', plans.length);
    const cccds = new CccdAllocator(seed);
    await insertRows(
      tx,
      PERSON,
      plans.map((plan, i) => personRow(plan, personIds[i] ?? 0, cccdOf(plan, cccds), null)),
    );
    type Plan = (typeof plans)[number];
    const tables = [
      { spec: ASSIGNMENT, rowsOf: (p: Plan, pid: number) => assignmentRows(p, pid, 0, posts) },
      { spec: QUALIFICATION, rowsOf: (p: Plan, pid: number) => qualificationRows(p, pid, 0, 'entered') },
      { spec: EVALUATION, rowsOf: (p: Plan, pid: number) => evaluationRows(p, pid, 0) },
      { spec: REWARD_DISCIPLINE, rowsOf: (p: Plan, pid: number) => rewardRows(p, pid, 0) },
    ];
    const counts: number[] = [];
    for (const t of tables) {
      const rows: Cell[][] = plans.flatMap((p, i) => t.rowsOf(p, personIds[i] ?? 0));
      // Ids come from the table's own sequence, so the load never collides with other writers.
      const ids = await reserveIds(tx, t.spec.table, rows.length);
      rows.forEach((r, k) => {
        r[0] = ids[k] ?? null;
      });
      await insertRows(tx, t.spec, rows);
      counts.push(rows.length);
    }
    await recomputePersonDerived(tx, null, today);
    const training = await loadDemoTraining(tx, DEMO_PROVINCE_CODE, today);
    const standards = await loadStandards(tx);
    await refreshCompliance(tx, await candidatePeople(tx, standards, today), today, standards);
    const summary: DemoSummary = {
      seed,
      provinceCode: DEMO_PROVINCE_CODE,
      units: units.length,
      people: plans.length,
      assignments: counts[0] ?? 0,
      qualifications: counts[1] ?? 0,
      evaluations: counts[2] ?? 0,
      rewardsAndDisciplines: counts[3] ?? 0,
      courses: training.courses,
      enrolments: training.enrolments,
    };
    return {
      result: summary,
      audit: { action: 'demo.load', entity: 'org_unit', entityId: model.province.unit.id, after: summary },
    };
  });
}

export interface StartupLog {
  info(message: string): void;
}

/**
 * Start-up hook: with CADRE_DEMO=1 and a database without units and people, loads the demo
 * province. Returns what it loaded, or null when it did nothing.
 */
export async function maybeLoadDemo(
  db: Db,
  config: Pick<Config, 'demo'>,
  log: StartupLog = { info: (m) => console.log(`[cadre] ${m}`) },
): Promise<DemoSummary | null> {
  if (!config.demo) return null;
  if (!(await isEmptyForGeneration(db))) return null;
  const started = Date.now();
  log.info('Cơ sở dữ liệu trống: đang nạp dữ liệu mẫu tỉnh Hà Sơn (CADRE_DEMO=1)…');
  const summary = await loadDemoProvince(db);
  log.info(
    `Đã nạp dữ liệu mẫu: ${describeDemo(summary)} trong ${((Date.now() - started) / 1000).toFixed(1)} giây.`,
  );
  return summary;
}

const vn = (n: number) => n.toLocaleString('vi-VN');

export function describeDemo(s: DemoSummary): string {
  return (
    `tỉnh Hà Sơn (mã ${s.provinceCode}), ${vn(s.units)} đơn vị, ${vn(s.people)} cán bộ, ` +
    `${vn(s.assignments)} quá trình công tác, ${vn(s.qualifications)} văn bằng, chứng chỉ, ` +
    `${vn(s.evaluations)} đánh giá, ${vn(s.rewardsAndDisciplines)} khen thưởng, kỷ luật, ` +
    `${vn(s.courses)} lớp học với ${vn(s.enrolments)} lượt học viên`
  );
}
