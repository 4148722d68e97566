import type { Command } from 'commander';
import { parseCivilDate, todayVn } from '../core/catalog/dates';
import { runPlanDeadlines } from '../server/modules/notifications/deadlines';
import { runWeeklyDigest } from '../server/modules/notifications/digest';
import { CliError, withDatabase } from './context';

const vn = (n: number) => n.toLocaleString('vi-VN');
const seconds = (t0: number) => ((Date.now() - t0) / 1000).toFixed(1);

function dateOption(value: string | undefined): string {
  if (value === undefined) return todayVn();
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseCivilDate(value) : null;
  if (!iso) throw new CliError(`--date phải có dạng yyyy-mm-dd, nhận được "${value}".`);
  return iso;
}

/**
 * `cadre notify digest|deadlines`: the jobs pg-boss runs on schedule, run here directly (no
 * queue) — for a first run, a missed Monday, or to measure them on a large database. Both are
 * idempotent: a second run of the same week (digest) or deadline writes nothing new.
 */
export function registerNotifyCommand(program: Command): void {
  const notify = program.command('notify').description('Tạo thông báo nhắc việc ngay (không qua tác vụ nền)');

  notify
    .command('digest')
    .description(
      'Nhắc việc tuần: mỗi người có mục kế hoạch học tập quá hạn hoặc đến hạn trong 14 ngày, mỗi người theo dõi có người quá hạn',
    )
    .option('--date <yyyy-mm-dd>', 'ngày tính (mặc định hôm nay, giờ Việt Nam)')
    .action(async (o: { date?: string }) => {
      const date = dateOption(o.date);
      await withDatabase(async ({ db }) => {
        const t0 = Date.now();
        const r = await runWeeklyDigest(db, date);
        console.log(
          `Nhắc việc tuần ${r.week} (ngày ${r.date}): ${vn(r.digests)} người, ` +
            `${vn(r.monitorDigests)} người theo dõi; ${seconds(t0)} giây.`,
        );
      });
    });

  notify
    .command('deadlines')
    .description('Nhắc hạn nộp kế hoạch đào tạo cho cán bộ tổ chức của các đơn vị cấp dưới chưa nộp')
    .option('--date <yyyy-mm-dd>', 'ngày tính (mặc định hôm nay, giờ Việt Nam)')
    .action(async (o: { date?: string }) => {
      const date = dateOption(o.date);
      await withDatabase(async ({ db }) => {
        const t0 = Date.now();
        const r = await runPlanDeadlines(db, date);
        console.log(
          `Nhắc hạn nộp kế hoạch (ngày ${r.date}): ${vn(r.reminders)} thông báo; ${seconds(t0)} giây.`,
        );
      });
    });
}
