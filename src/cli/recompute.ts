import type { Command } from 'commander';
import { SYSTEM_CONTEXT } from '../server/modules/audit/audit';
import { recomputeCompliance } from '../server/modules/compliance/recompute';
import { recomputeAll } from '../server/modules/people/recompute';
import { CliError, withDatabase } from './context';

const PARTS = ['people', 'compliance'] as const;
const vn = (n: number) => n.toLocaleString('vi-VN');

export function registerRecomputeCommand(program: Command): void {
  program
    .command('recompute')
    .description(
      'Tính lại toàn bộ dữ liệu dẫn xuất (đơn vị, chức vụ hiện tại, trình độ cao nhất, tình hình đạt chuẩn) — chạy hằng đêm',
    )
    .option('--only <part>', 'chỉ tính một phần: people (cột dẫn xuất của hồ sơ) hoặc compliance (đạt chuẩn)')
    .action(async (o: { only?: string }) => {
      if (o.only !== undefined && !PARTS.includes(o.only as (typeof PARTS)[number]))
        throw new CliError(`--only phải là people hoặc compliance, nhận được "${o.only}".`);
      const ctx = { ...SYSTEM_CONTEXT, requestId: 'cli-recompute' };
      await withDatabase(async ({ db }) => {
        if (o.only !== 'compliance') {
          const t0 = Date.now();
          const n = await recomputeAll(db, ctx, (done, total) =>
            console.error(`[cadre] đã tính lại ${vn(done)}/${vn(total)} người`),
          );
          console.log(`Đã tính lại ${vn(n)} người trong ${((Date.now() - t0) / 1000).toFixed(1)} giây.`);
        }
        if (o.only !== 'people') {
          const t1 = Date.now();
          const c = await recomputeCompliance(db, ctx, (p) =>
            console.error(`[cadre] tính đạt chuẩn: ${vn(p.done)}/${vn(p.total)} người`),
          );
          console.log(
            `Đã tính lại tình hình đạt chuẩn: ${vn(c.holders)} người giữ chức vụ có tiêu chuẩn ` +
              `trong ${((Date.now() - t1) / 1000).toFixed(1)} giây.`,
          );
        }
      });
    });
}
