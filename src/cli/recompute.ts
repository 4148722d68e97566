import type { Command } from 'commander';
import { SYSTEM_CONTEXT } from '../server/modules/audit/audit';
import { recomputeCompliance } from '../server/modules/compliance/recompute';
import { recomputeAll } from '../server/modules/people/recompute';
import { withDatabase } from './context';

export function registerRecomputeCommand(program: Command): void {
  program
    .command('recompute')
    .description(
      'Tính lại toàn bộ dữ liệu dẫn xuất (đơn vị, chức vụ hiện tại, trình độ cao nhất, tình hình đạt chuẩn) — chạy hằng đêm',
    )
    .action(async () => {
      await withDatabase(async ({ db }) => {
        const t0 = Date.now();
        const n = await recomputeAll(db, { ...SYSTEM_CONTEXT, requestId: 'cli-recompute' }, (done, total) =>
          console.error(
            `[cadre] đã tính lại ${done.toLocaleString('vi-VN')}/${total.toLocaleString('vi-VN')} người`,
          ),
        );
        console.log(
          `Đã tính lại ${n.toLocaleString('vi-VN')} người trong ${((Date.now() - t0) / 1000).toFixed(1)} giây.`,
        );
        const t1 = Date.now();
        const c = await recomputeCompliance(db, { ...SYSTEM_CONTEXT, requestId: 'cli-recompute' }, (p) =>
          console.error(
            `[cadre] tính đạt chuẩn: ${p.done.toLocaleString('vi-VN')}/${p.total.toLocaleString('vi-VN')} người`,
          ),
        );
        console.log(
          `Đã tính lại tình hình đạt chuẩn: ${c.holders.toLocaleString('vi-VN')} người giữ chức vụ có tiêu chuẩn ` +
            `trong ${((Date.now() - t1) / 1000).toFixed(1)} giây.`,
        );
      });
    });
}
