/**
 * `cadre generate`: a synthetic nation for benchmarks — 34 provinces, 3,321 commune-level units,
 * N people with full histories — loaded with COPY into an EMPTY database in one transaction
 * (all or nothing), with one audit row summarising the run.
 *
 * How it stays fast and small for N = 2,000,000 (~10 million qualifications):
 * - people are never held in memory: each table is one streaming pass over the people, which are
 *   regenerated from the seed (person i is a pure function of seed and i);
 * - the tables are truncated in the transaction (they are empty) so COPY can FREEZE, and their
 *   secondary indexes and foreign keys are dropped and rebuilt once at the end;
 * - derived columns are computed while generating (the generator knows each history), not by a
 *   set-wise UPDATE of every person afterwards (see ../derived.ts and its test).
 */
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { todayVn } from '../../../../core/catalog/dates';
import * as schema from '../../../db/schema';
import type { AuditContext } from '../../../http/actor';
import { mutate } from '../../audit/audit';
import { CccdAllocator } from '../cccd';
import { parseDay } from '../days';
import { isEmptyForGeneration } from '../demo';
import { derive } from '../derived';
import { cccdOf, type PersonPlan, type PlanParts, planPerson } from '../person-plan';
import { loadPosts } from '../posts';
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
  type TableSpec,
  unitRow,
  versionRows,
} from '../tables';
import { copyInto } from './copy';
import { dropForeignKeys, dropSecondaryIndexes, restore } from './indexes';
import { buildNationModel, type NationModel } from './model';
import { nationSlot } from './slots';

export interface GenerateOptions {
  people: number;
  seed: number;
  /** Derived columns are computed as of this day (default: today in Việt Nam). */
  today?: string;
  log?: (message: string) => void;
  audit?: AuditContext;
}

export interface GenerateSummary {
  seed: number;
  people: number;
  provinces: number;
  communeLevelUnits: number;
  units: number;
  assignments: number;
  qualifications: number;
  evaluations: number;
  rewardsAndDisciplines: number;
  seconds: number;
}

export class NationNotEmptyError extends Error {
  constructor() {
    super(
      'Cơ sở dữ liệu đã có đơn vị hoặc cán bộ: lệnh generate chỉ nạp vào cơ sở dữ liệu trống ' +
        '(chạy với CADRE_DATA_DIR hoặc DATABASE_URL mới).',
    );
  }
}

const ORG_TABLES = ['org_unit', 'org_unit_version', 'org_event'] as const;
const PEOPLE_TABLES = ['person', 'assignment', 'qualification', 'evaluation', 'reward_discipline'] as const;
const ALL_TABLES = [...ORG_TABLES, ...PEOPLE_TABLES];
const COMPLIANCE_TABLES = [
  'compliance_post',
  'person_compliance',
  'compliance_rollup',
  // Training refers to people and units: emptied with them (\`cadre generate\` rebuilds it).
  'attendance',
  'assessment_score',
  'certificate',
  'course_survey',
  'service_commitment',
  'enrolment',
  'course_session',
  'course_lecturer',
  'course_cost',
  'course_quota',
  'course_assessment',
  'course',
  'institution',
  'training_activity',
];

const vn = (n: number) => n.toLocaleString('vi-VN');

/** One pass over the people, yielding the rows of one table per person. */
function* passOver(
  model: NationModel,
  seed: number,
  n: number,
  parts: PlanParts,
  rowsOf: (plan: PersonPlan, personId: number) => Cell[][],
  progress: (done: number) => void,
): Generator<Cell[][]> {
  // A line every 10% (and not more often than every 50,000 people).
  const step = Math.max(50_000, Math.ceil(n / 10));
  for (let i = 0; i < n; i++) {
    yield rowsOf(planPerson(seed, i, nationSlot(model, seed, i), parts), i + 1);
    if ((i + 1) % step === 0) progress(i + 1);
  }
}

export async function generateNation(url: string, opts: GenerateOptions): Promise<GenerateSummary> {
  const log = opts.log ?? (() => undefined);
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
  const client = new pg.Client({ connectionString: url, application_name: 'cadre-generate' });
  await client.connect();
  try {
    const db = drizzle(client, { schema });
    const ctx: AuditContext = opts.audit ?? { actor: null, requestId: 'cli-generate', ip: null };
    return await mutate(db, ctx, async (tx) => {
      await client.query(`SET LOCAL maintenance_work_mem = '1GB'`);
      await client.query(`SET LOCAL work_mem = '256MB'`);
      await client.query('LOCK TABLE org_unit, person IN ACCESS EXCLUSIVE MODE');
      if (!(await isEmptyForGeneration(tx))) throw new NationNotEmptyError();
      const posts = await loadPosts(tx);
      const today = parseDay(opts.today ?? todayVn());

      const model = buildNationModel(opts.seed);
      // The tables are empty (checked under lock), so ids start at 1; sequences are set after.
      model.units.assignIds((i) => i + 1);
      const foreignKeys = await dropForeignKeys(client, ALL_TABLES);
      const indexes = await dropSecondaryIndexes(client, ALL_TABLES);
      // The materialised compliance refers to people: emptied with them, rebuilt afterwards.
      await client.query(`TRUNCATE ${[...ALL_TABLES, ...COMPLIANCE_TABLES].join(', ')}`);
      log(
        `Đã tạm bỏ ${indexes.length} chỉ mục và ${foreignKeys.length} khóa ngoại để nạp nhanh (${elapsed()}).`,
      );

      const units = model.units.units;
      await copyInto(client, ORG_UNIT, [units.map(unitRow)], { freeze: true });
      await copyInto(client, ORG_UNIT_VERSION, [units.flatMap(versionRows)], { freeze: true });
      await copyInto(client, ORG_EVENT, [model.units.events.map(eventRow)], { freeze: true });
      const communeLevel = units.filter(
        (u) => u.validTo === null && ['commune', 'ward', 'special_zone'].includes(u.kind),
      ).length;
      log(
        `Đã nạp ${vn(units.length)} đơn vị (${vn(model.provinces.length)} tỉnh, thành phố; ${vn(communeLevel)} xã, phường, đặc khu) (${elapsed()}).`,
      );

      const n = opts.people;
      const counts: Record<string, number> = {};
      const pass = async (
        label: string,
        spec: TableSpec,
        parts: PlanParts,
        rowsOf: (plan: PersonPlan, personId: number) => Cell[][],
      ) => {
        const progress = (done: number) => log(`  ${label}: ${vn(done)}/${vn(n)} người (${elapsed()})`);
        counts[spec.table] = await copyInto(
          client,
          spec,
          passOver(model, opts.seed, n, parts, rowsOf, progress),
          { freeze: true },
        );
        log(`Đã nạp ${vn(counts[spec.table] ?? 0)} dòng ${spec.table} (${elapsed()}).`);
      };

      const cccds = new CccdAllocator(opts.seed);
      await pass('Cán bộ', PERSON, { qualifications: true, evaluations: false }, (plan, id) => [
        personRow(plan, id, cccdOf(plan, cccds), derive(plan, posts, today)),
      ]);
      let nextAssignment = 1;
      await pass(
        'Quá trình công tác',
        ASSIGNMENT,
        { qualifications: false, evaluations: false },
        (plan, id) => {
          const rows = assignmentRows(plan, id, nextAssignment, posts);
          nextAssignment += rows.length;
          return rows;
        },
      );
      let nextQualification = 1;
      await pass('Trình độ', QUALIFICATION, { qualifications: true, evaluations: false }, (plan, id) => {
        const rows = qualificationRows(plan, id, nextQualification, 'imported');
        nextQualification += rows.length;
        return rows;
      });
      let nextEvaluation = 1;
      await pass('Đánh giá', EVALUATION, { qualifications: false, evaluations: true }, (plan, id) => {
        const rows = evaluationRows(plan, id, nextEvaluation);
        nextEvaluation += rows.length;
        return rows;
      });
      let nextReward = 1;
      await pass(
        'Khen thưởng, kỷ luật',
        REWARD_DISCIPLINE,
        { qualifications: true, evaluations: true },
        (plan, id) => {
          const rows = rewardRows(plan, id, nextReward);
          nextReward += rows.length;
          return rows;
        },
      );

      log('Đang dựng lại chỉ mục…');
      await restore(client, indexes, (s, ms) => log(`  chỉ mục ${s.name}: ${(ms / 1000).toFixed(1)} s`));
      log('Đang kiểm tra lại khóa ngoại…');
      await restore(client, foreignKeys, (s, ms) =>
        log(`  khóa ngoại ${s.name}: ${(ms / 1000).toFixed(1)} s`),
      );
      for (const t of ALL_TABLES) {
        await client.query(
          `select setval(pg_get_serial_sequence('${t}', 'id'), greatest((select max(id) from ${t}), 1), (select max(id) from ${t}) is not null)`,
        );
      }
      await client.query(`ANALYZE ${ALL_TABLES.join(', ')}`);
      const summary: GenerateSummary = {
        seed: opts.seed,
        people: counts.person ?? 0,
        provinces: model.provinces.length,
        communeLevelUnits: communeLevel,
        units: units.length,
        assignments: counts.assignment ?? 0,
        qualifications: counts.qualification ?? 0,
        evaluations: counts.evaluation ?? 0,
        rewardsAndDisciplines: counts.reward_discipline ?? 0,
        seconds: Math.round((Date.now() - started) / 1000),
      };
      log(`Đã nạp xong, đang ghi giao dịch (${elapsed()}).`);
      return {
        result: summary,
        audit: { action: 'nation.generate', entity: 'person', entityId: null, after: summary },
      };
    });
  } finally {
    await client.end();
  }
}
