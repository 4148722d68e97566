/** Factories that build fresh, uniquely named data per test: no truncation, parallel-safe. */
import { cccdGenderDigit } from '../../core/catalog/cccd';
import type { AssignmentBody } from '../../core/contracts/people';
import type { Role } from '../../core/roles';
import type { Db } from '../db/client';
import type { App } from '../http/types';
import { SYSTEM_CONTEXT } from '../modules/audit/audit';
import { insertUnit } from '../modules/org/units';
import { unitByCode } from '../modules/people/queries';
import { create as createPerson } from '../modules/people/service';
import { SYSTEM_ADMIN } from '../modules/users/bootstrap';
import { create } from '../modules/users/service';
import { uniq } from './harness';

export interface Unit {
  id: number;
  code: string;
  name: string;
  path: string;
}

export async function makeUnit(
  db: Db,
  parent: Unit | null,
  name = 'Đơn vị thử',
  validFrom = '2000-01-01',
): Promise<Unit> {
  const parentRow = parent ? await unitByCode(db, parent.code) : null;
  const row = await insertUnit(db, {
    code: uniq('U'),
    name,
    kind: parent ? 'commune' : 'province',
    parent: parentRow,
    validFrom,
  });
  return { id: row.id, code: row.code, name: row.name, path: row.path };
}

/** A province with two communes: the smallest tree where scope can be in or out. */
export async function makeTree(db: Db) {
  const province = await makeUnit(db, null, 'Tỉnh thử nghiệm');
  const communeA = await makeUnit(db, province, 'Xã Độc Lập');
  const communeB = await makeUnit(db, province, 'Xã Hòa Bình');
  return { province, communeA, communeB };
}

export const PASSWORD = 'Mat-khau-thu-2026';

export async function makeUser(db: Db, role: Role, scope: Unit[] = [], password = PASSWORD) {
  const username = uniq(`${role}.`);
  // Every non-admin account needs a scope; give it a unit of its own when the test does not care.
  if (role !== 'admin' && scope.length === 0) scope = [await makeUnit(db, null)];
  const user = await create(
    db,
    SYSTEM_CONTEXT,
    SYSTEM_ADMIN,
    { username, displayName: `Người dùng ${username}`, role, scope: scope.map((u) => u.code), password },
    { mustChangePassword: false },
  );
  return { ...user, password };
}

/** A self-service (cadre) account acting for `personId`, scoped to the person's unit. */
export async function makeCadre(db: Db, unit: Unit, personId: number, password = PASSWORD) {
  const username = uniq('cadre.');
  const user = await create(
    db,
    SYSTEM_CONTEXT,
    SYSTEM_ADMIN,
    {
      username,
      displayName: `Cán bộ ${username}`,
      role: 'cadre',
      scope: [unit.code],
      password,
      personId,
    },
    { mustChangePassword: false },
  );
  return { ...user, password };
}

export interface Session {
  cookie: string;
  csrf: string;
  /** Headers for a state-changing request on this session. */
  headers: Record<string, string>;
}

export async function login(app: App, username: string, password = PASSWORD): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login failed ${res.statusCode}: ${res.body}`);
  const setCookie = res.cookies.find((c) => c.name === 'cadre_session');
  if (!setCookie) throw new Error('no session cookie');
  const cookie = `cadre_session=${setCookie.value}`;
  const csrf = (res.json() as { csrfToken: string }).csrfToken;
  return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } };
}

/** A valid CCCD for a birth date and gender (random last 6 digits). */
export function makeCccd(birthDate: string, gender: 'male' | 'female'): string {
  const year = Number(birthDate.slice(0, 4));
  const tail = String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0');
  return `001${cccdGenderDigit(year, gender)}${String(year % 100).padStart(2, '0')}${tail}`;
}

export interface PersonInput {
  fullName?: string;
  birthDate?: string;
  gender?: 'male' | 'female';
  positionCode?: string;
  validFrom?: string;
  kind?: AssignmentBody['kind'];
}

/** A person with one current assignment in `unit`, created through the service (audited). */
export async function makePerson(db: Db, unit: Unit, input: PersonInput = {}) {
  const birthDate = input.birthDate ?? '1980-05-17';
  const gender = input.gender ?? 'male';
  return createPerson(
    db,
    SYSTEM_CONTEXT,
    { scope: { kind: 'all' } },
    {
      person: {
        cccd: makeCccd(birthDate, gender),
        fullName: input.fullName ?? 'Nguyễn Văn Thử',
        birthDate,
        gender,
        ethnicity: 'Kinh',
        category: 'cong_chuc',
        status: 'active',
      },
      assignment: {
        unitCode: unit.code,
        positionCode: input.positionCode ?? 'XA_CC_VP',
        kind: input.kind ?? 'recruitment',
        validFrom: input.validFrom ?? '2020-01-01',
      },
    },
  );
}
