import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { SYSTEM_CONTEXT } from '../audit/audit';
import { appUser } from '../auth/schema';
import { generatePassword } from '../auth/secrets';
import { create } from './service';

export const SYSTEM_ADMIN = { userId: 0, role: 'admin' as const, scope: { kind: 'all' as const } };

/**
 * On a database without the `admin` user, creates it with CADRE_ADMIN_PASSWORD or a generated
 * password. Returns the generated password (to print once), or null.
 */
export async function ensureFirstAdmin(
  db: Db,
  configured: string | undefined,
): Promise<{ created: boolean; generated: string | null }> {
  const existing = await db
    .select({ id: appUser.id })
    .from(appUser)
    .where(eq(appUser.username, 'admin'))
    .limit(1);
  if (existing.length > 0) return { created: false, generated: null };
  const password = configured ?? generatePassword();
  await create(
    db,
    SYSTEM_CONTEXT,
    SYSTEM_ADMIN,
    { username: 'admin', displayName: 'Quản trị hệ thống', role: 'admin', scope: [], password },
    // A generated password was printed to a console: the first sign-in must replace it.
    { mustChangePassword: configured === undefined },
  );
  return { created: true, generated: configured === undefined ? password : null };
}
