import { and, asc, eq } from 'drizzle-orm';
import type { PositionBody, PositionView } from '../../../core/contracts/positions';
import type { Db } from '../../db/client';
import type { AuditContext } from '../../http/actor';
import { AppError, fieldError } from '../../http/errors';
import { mutate } from '../audit/audit';
import { position } from './schema';

type Row = typeof position.$inferSelect;

function present(p: Row): PositionView {
  return {
    code: p.code,
    name: p.name,
    group: p.group as PositionView['group'],
    keyCadre: p.keyCadre,
    level: p.level as PositionView['level'],
    managementTier: p.managementTier,
    field: p.field,
    active: p.active,
    version: p.version,
  };
}

export async function list(db: Db): Promise<PositionView[]> {
  return (await db.select().from(position).orderBy(asc(position.sortOrder), asc(position.code))).map(present);
}

export async function create(db: Db, ctx: AuditContext, body: PositionBody): Promise<PositionView> {
  return mutate(db, ctx, async (tx) => {
    const [row] = await tx
      .insert(position)
      .values({
        ...body,
        managementTier: body.managementTier ?? null,
        field: body.field ?? null,
        sortOrder: 1000,
      })
      .onConflictDoNothing({ target: position.code })
      .returning();
    if (!row) throw fieldError('code', 'Mã chức vụ đã có trong danh mục');
    return {
      result: present(row),
      audit: { action: 'position.create', entity: 'position', entityId: row.id, after: body },
    };
  });
}

export async function update(
  db: Db,
  ctx: AuditContext,
  code: string,
  body: PositionBody,
  version: number,
): Promise<PositionView> {
  return mutate(db, ctx, async (tx) => {
    const [before] = await tx.select().from(position).where(eq(position.code, code));
    if (!before) throw new AppError('ROUTE_NOT_FOUND', { message: 'Không tìm thấy chức vụ.' });
    if (body.code !== code) throw fieldError('code', 'Không đổi được mã chức vụ đã dùng');
    const [after] = await tx
      .update(position)
      .set({
        ...body,
        managementTier: body.managementTier ?? null,
        field: body.field ?? null,
        version: before.version + 1,
      })
      .where(and(eq(position.code, code), eq(position.version, version)))
      .returning();
    if (!after) throw new AppError('VERSION_CONFLICT');
    return {
      result: present(after),
      audit: { action: 'position.update', entity: 'position', entityId: before.id, before, after },
    };
  });
}
