import { describe, expect, it } from 'vitest';
import { assignableRoles, PERMISSIONS, ROLE_PERMISSIONS, ROLES, roleHasPermission } from './roles';

describe('roles', () => {
  it('gives admin every permission and the self-service cadre none of the administrative ones', () => {
    for (const p of PERMISSIONS) expect(roleHasPermission('admin', p)).toBe(true);
    expect(ROLE_PERMISSIONS.cadre).toEqual([]);
  });

  it('keeps leaders read-only in administration', () => {
    expect(roleHasPermission('leader', 'users.read')).toBe(true);
    expect(roleHasPermission('leader', 'users.write')).toBe(false);
    expect(roleHasPermission('leader', 'audit.read')).toBe(false);
  });

  it('lets only an admin hand out the admin role', () => {
    expect(assignableRoles('admin')).toEqual(ROLES);
    for (const r of ROLES.filter((x) => x !== 'admin')) expect(assignableRoles(r)).not.toContain('admin');
  });
});
