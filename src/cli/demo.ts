import type { Command } from 'commander';
import {
  DEFAULT_DEMO_SEED,
  describeDemo,
  isEmptyForGeneration,
  loadDemoProvince,
} from '../server/modules/demo/demo';
import { CliError, withDatabase } from './context';

/** A seed is any whole number; the same seed always gives the same data. */
export function parseSeed(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n))
    throw new CliError(`Hạt giống (--seed) phải là số nguyên, nhận được "${value}".`);
  return n;
}

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('Nạp dữ liệu mẫu tỉnh Hà Sơn (khoảng 6.000 cán bộ) vào cơ sở dữ liệu trống')
    .option('--seed <n>', 'hạt giống ngẫu nhiên: cùng hạt giống cho cùng dữ liệu', String(DEFAULT_DEMO_SEED))
    .action(async (o: { seed: string }) => {
      const seed = parseSeed(o.seed);
      await withDatabase(async ({ db }) => {
        if (!(await isEmptyForGeneration(db))) {
          throw new CliError(
            'Cơ sở dữ liệu đã có đơn vị hoặc cán bộ; lệnh demo chỉ nạp vào cơ sở dữ liệu trống. ' +
              'Hãy chạy với CADRE_DATA_DIR (hoặc DATABASE_URL) trỏ tới một cơ sở dữ liệu mới.',
          );
        }
        const t0 = Date.now();
        const summary = await loadDemoProvince(db, { seed });
        console.log(`Đã nạp ${describeDemo(summary)} trong ${((Date.now() - t0) / 1000).toFixed(1)} giây.`);
      });
    });
}
