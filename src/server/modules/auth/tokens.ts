import { and, eq, isNull } from 'drizzle-orm';
import type { TokenView } from '../../../core/contracts/auth';
import type { Db } from '../../db/client';
import type { AuditContext } from '../../http/actor';
import { AppError } from '../../http/errors';
import { mutate } from '../audit/audit';
import { listTokens } from './queries';
import { apiToken } from './schema';
import { randomSecret, sha256 } from './secrets';

type TokenRow = typeof apiToken.$inferSelect;

export function presentToken(t: TokenRow): TokenView {
  return {
    id: t.id,
    name: t.name,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  };
}

/** Creates a bearer token; the secret is returned once and only its hash is kept. */
export async function createToken(
  db: Db,
  ctx: AuditContext,
  userId: number,
  name: string,
): Promise<{ token: string; item: TokenView }> {
  const token = `cadre_${randomSecret(32)}`;
  return mutate(db, ctx, async (tx) => {
    const [row] = await tx
      .insert(apiToken)
      .values({ userId, name, tokenHash: sha256(token) })
      .returning();
    if (!row) throw new Error('token insert returned nothing');
    const item = presentToken(row);
    return {
      result: { token, item },
      audit: { action: 'token.create', entity: 'api_token', entityId: row.id, after: { userId, name } },
    };
  });
}

export async function myTokens(db: Db, userId: number): Promise<TokenView[]> {
  return (await listTokens(db, userId)).map(presentToken);
}

/** Revokes one of the user's own tokens; another user's token id answers 404. */
export async function revokeToken(db: Db, ctx: AuditContext, userId: number, id: number): Promise<void> {
  await mutate(db, ctx, async (tx) => {
    const [row] = await tx
      .update(apiToken)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiToken.id, id), eq(apiToken.userId, userId), isNull(apiToken.revokedAt)))
      .returning();
    if (!row) throw new AppError('TOKEN_NOT_FOUND');
    return { result: null, audit: { action: 'token.revoke', entity: 'api_token', entityId: id } };
  });
}
