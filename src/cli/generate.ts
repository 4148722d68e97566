import type { Command } from 'commander';
import { todayVn } from '../core/catalog/dates';
import { SYSTEM_CONTEXT } from '../server/modules/audit/audit';
import { recomputeCompliance } from '../server/modules/compliance/recompute';
import { generateNation, NationNotEmptyError } from '../server/modules/demo/nation/generate';
import { generateNationTraining } from '../server/modules/demo/nation/training';
import { CliError, withDatabase } from './context';
import { parseSeed } from './demo';

const MAX_PEOPLE = 10_000_000;
const vn = (n: number) => n.toLocaleString('vi-VN');

export function registerGenerateCommand(program: Command): void {
  program
    .command('generate')
    .description(
      'Sinh dữ liệu tổng hợp cả nước để đo hiệu năng: 34 tỉnh, 3.321 xã, phường, đặc khu và N cán bộ ' +
        '(chỉ vào cơ sở dữ liệu trống)',
    )
    .requiredOption('--people <N>', `số cán bộ (1 – ${vn(MAX_PEOPLE)})`)
    .option('--seed <n>', 'hạt giống ngẫu nhiên: cùng hạt giống cho cùng dữ liệu', '1')
    .action(async (o: { people: string; seed: string }) => {
      const people = Number(o.people);
      if (!Number.isInteger(people) || people < 1 || people > MAX_PEOPLE) {
        throw new CliError(
          `Số cán bộ (--people) phải là số nguyên từ 1 đến ${vn(MAX_PEOPLE)}, nhận được "${o.people}".`,
        );
      }
      const seed = parseSeed(o.seed);
      await withDatabase(async ({ url, db }) => {
        try {
          const s = await generateNation(url, { people, seed, log: (m) => console.error(`[cadre] ${m}`) });
          console.log(
            `Đã sinh ${vn(s.people)} cán bộ, ${vn(s.units)} đơn vị (${s.provinces} tỉnh, thành phố; ` +
              `${vn(s.communeLevelUnits)} xã, phường, đặc khu), ${vn(s.assignments)} quá trình công tác, ` +
              `${vn(s.qualifications)} văn bằng, chứng chỉ, ${vn(s.evaluations)} đánh giá, ` +
              `${vn(s.rewardsAndDisciplines)} khen thưởng, kỷ luật trong ${vn(s.seconds)} giây.`,
          );
          const tt = Date.now();
          const training = await generateNationTraining(db, todayVn());
          console.log(
            `Đã sinh ${vn(training.courses)} lớp học với ${vn(training.enrolments)} lượt học viên trong ` +
              `${vn(Math.round((Date.now() - tt) / 1000))} giây.`,
          );
          const t0 = Date.now();
          const c = await recomputeCompliance(db, { ...SYSTEM_CONTEXT, requestId: 'cli-generate' }, (p) =>
            console.error(`[cadre] tính đạt chuẩn: ${vn(p.done)}/${vn(p.total)} người`),
          );
          console.log(
            `Đã tính tình hình đạt chuẩn của ${vn(c.holders)} người giữ chức vụ có tiêu chuẩn trong ` +
              `${vn(Math.round((Date.now() - t0) / 1000))} giây.`,
          );
        } catch (err) {
          if (err instanceof NationNotEmptyError) throw new CliError(err.message);
          throw err;
        }
      });
    });
}
