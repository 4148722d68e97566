import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createScratchDatabase } from '../../testing/harness';
import { appUser } from '../auth/schema';
import { verifyPassword } from '../auth/secrets';
import { ensureFirstAdmin } from './bootstrap';

describe('first administrator', () => {
  it('is created once, with a generated password that must be changed', async () => {
    const scratch = await createScratchDatabase();
    try {
      const first = await ensureFirstAdmin(scratch.db, undefined);
      expect(first.created).toBe(true);
      expect(first.generated).toMatch(/^[A-Za-z0-9]{16}$/);
      const [admin] = await scratch.db.select().from(appUser).where(eq(appUser.username, 'admin'));
      expect(admin?.role).toBe('admin');
      expect(admin?.mustChangePassword).toBe(true);
      expect(admin?.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(admin?.passwordHash ?? null, first.generated ?? '')).toBe(true);
      expect(await ensureFirstAdmin(scratch.db, 'Khac-mat-khau-2026')).toEqual({
        created: false,
        generated: null,
      });
    } finally {
      await scratch.close();
    }
  });

  it('takes CADRE_ADMIN_PASSWORD when given, and prints nothing', async () => {
    const scratch = await createScratchDatabase();
    try {
      expect(await ensureFirstAdmin(scratch.db, 'Admin-pass-2026')).toEqual({
        created: true,
        generated: null,
      });
      const [admin] = await scratch.db.select().from(appUser).where(eq(appUser.username, 'admin'));
      expect(await verifyPassword(admin?.passwordHash ?? null, 'Admin-pass-2026')).toBe(true);
      expect(admin?.mustChangePassword).toBe(false);
    } finally {
      await scratch.close();
    }
  });
});
