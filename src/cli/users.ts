import type { Command } from 'commander';
import { userCreateBody } from '../core/contracts/users';
import { ROLES } from '../core/roles';
import { SYSTEM_CONTEXT } from '../server/modules/audit/audit';
import { findUserByUsername } from '../server/modules/auth/queries';
import { generatePassword } from '../server/modules/auth/secrets';
import { createToken } from '../server/modules/auth/tokens';
import { SYSTEM_ADMIN } from '../server/modules/users/bootstrap';
import { create, resetPassword } from '../server/modules/users/service';
import { CliError, withDatabase } from './context';

const cliAudit = { ...SYSTEM_CONTEXT, requestId: 'cli' };

export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('Quản lý tài khoản người dùng');

  user
    .command('add <username>')
    .description('Tạo tài khoản; in mật khẩu nếu không truyền --password')
    .requiredOption('--role <role>', `vai trò: ${ROLES.join(', ')}`)
    .option('--scope <codes>', 'mã đơn vị trong phạm vi, cách nhau bởi dấu phẩy', '')
    .option('--password <password>', 'mật khẩu (ít nhất 10 ký tự)')
    .option('--name <displayName>', 'họ và tên hiển thị')
    .action(
      async (username: string, o: { role: string; scope: string; password?: string; name?: string }) => {
        const generated = o.password ? null : generatePassword();
        const parsed = userCreateBody.safeParse({
          username,
          displayName: o.name ?? username,
          role: o.role,
          scope: o.scope
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
          password: o.password ?? generated,
        });
        if (!parsed.success) {
          throw new CliError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
        }
        await withDatabase(async ({ db }) => {
          const created = await create(db, cliAudit, SYSTEM_ADMIN, parsed.data, {
            mustChangePassword: generated !== null,
          });
          console.log(`Đã tạo người dùng ${created.username} (${created.role}).`);
          if (generated) console.log(`Mật khẩu: ${generated}`);
        });
      },
    );

  user
    .command('reset-password <username>')
    .description('Cấp mật khẩu mới (in ra một lần), mở khóa tài khoản, kết thúc các phiên')
    .action(async (username: string) => {
      await withDatabase(async ({ db }) => {
        const found = await findUserByUsername(db, username);
        if (!found) throw new CliError(`Không tìm thấy người dùng "${username}".`);
        const password = await resetPassword(db, cliAudit, SYSTEM_ADMIN, found.id);
        console.log(password);
      });
    });

  const token = program.command('token').description('Token API (xác thực Bearer)');
  token
    .command('create')
    .description('Tạo token API cho người dùng; chỉ in token ra stdout')
    .requiredOption('--user <username>', 'tên đăng nhập')
    .option('--name <label>', 'nhãn của token', 'CLI')
    .action(async (o: { user: string; name: string }) => {
      await withDatabase(async ({ db }) => {
        const found = await findUserByUsername(db, o.user);
        if (!found) throw new CliError(`Không tìm thấy người dùng "${o.user}".`);
        const { token: secret } = await createToken(
          db,
          { ...cliAudit, actor: { userId: found.id, username: found.username } },
          found.id,
          o.name,
        );
        process.stdout.write(`${secret}\n`);
      });
    });
}
