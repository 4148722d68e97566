import { Command } from 'commander';
import '../core/zod-locale';
import { loadConfig } from '../server/config';
import { runMigrations } from '../server/db/migrate';
import { backupTo, restoreFrom } from '../server/ops/pg-tools';
import { startServer } from '../server/start';
import { CliError, withDatabase } from './context';
import { registerDemoCommand } from './demo';
import { registerGenerateCommand } from './generate';
import { registerImportCommand } from './import';
import { registerNotifyCommand } from './notify';
import { registerRecomputeCommand } from './recompute';
import { registerUserCommands } from './users';

const program = new Command('cadre')
  .description('Cadre — quản lý đào tạo, bồi dưỡng cán bộ, công chức, viên chức')
  .showHelpAfterError();

program
  .command('serve')
  .description('Chạy máy chủ web (như npm start)')
  .action(async () => {
    await startServer(loadConfig());
  });

program
  .command('migrate')
  .description('Áp dụng các migration cơ sở dữ liệu còn thiếu')
  .action(async () => {
    await withDatabase(
      async ({ db }) => {
        await runMigrations(db);
        console.log('Cơ sở dữ liệu đã ở phiên bản mới nhất.');
      },
      { migrate: false },
    );
  });

program
  .command('backup <file>')
  .description('Sao lưu toàn bộ cơ sở dữ liệu vào tệp (pg_dump, định dạng custom)')
  .action(async (file: string) => {
    await withDatabase(
      async ({ url }) => {
        await backupTo(url, file);
        console.log(`Đã sao lưu vào ${file}`);
      },
      { migrate: false },
    );
  });

program
  .command('restore <file>')
  .description('Khôi phục từ tệp sao lưu vào cơ sở dữ liệu trống (hoặc thay thế với --clean)')
  .option('--clean', 'xóa dữ liệu hiện có trước khi khôi phục', false)
  .action(async (file: string, o: { clean: boolean }) => {
    await withDatabase(
      async ({ url }) => {
        await restoreFrom(url, file, { clean: o.clean });
        console.log(`Đã khôi phục từ ${file}`);
      },
      { migrate: false },
    );
  });

registerUserCommands(program);
registerRecomputeCommand(program);
registerImportCommand(program);
registerDemoCommand(program);
registerGenerateCommand(program);
registerNotifyCommand(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(err instanceof CliError ? err.message : err instanceof Error ? `Lỗi: ${err.message}` : err);
  process.exit(1);
});
