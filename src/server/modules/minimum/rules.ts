/** Training rules as editable, dated data (training_rule), and the annual minimum in force on a date. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { RuleItem, RuleKind, RuleUpdateBody } from '../../../core/contracts/minimum';
import type { LegalBasis } from '../../../core/standards/types';
import type { Db, DbOrTx } from '../../db/client';
import type { AuditContext } from '../../http/actor';
import { AppError, fieldError } from '../../http/errors';
import { mutate } from '../audit/audit';
import { trainingRule } from '../training/schema';

type RuleRow = typeof trainingRule.$inferSelect;

export function presentRule(r: RuleRow): RuleItem {
  return {
    id: r.id,
    kind: r.kind,
    validFrom: r.validFrom,
    validTo: r.validTo,
    params: r.params,
    legalBasis: r.legalBasis as LegalBasis,
    note: r.note,
    version: r.version,
  };
}

export async function listRules(db: DbOrTx, kind?: RuleKind): Promise<{ items: RuleItem[] }> {
  // training_rule_kind_idx (kind, valid_from)
  const rows = await db
    .select()
    .from(trainingRule)
    .where(kind ? eq(trainingRule.kind, kind) : undefined)
    .orderBy(asc(trainingRule.kind), asc(trainingRule.validFrom), asc(trainingRule.id));
  return { items: rows.map(presentRule) };
}

/** The rule of a kind in force on a date (the latest one started by then and not yet ended). */
export async function ruleInForce(db: DbOrTx, kind: RuleKind, date: string): Promise<RuleItem | null> {
  // training_rule_kind_idx (kind, valid_from)
  const rows = await db
    .select()
    .from(trainingRule)
    .where(
      and(
        eq(trainingRule.kind, kind),
        sql`${trainingRule.validFrom} <= ${date}`,
        sql`(${trainingRule.validTo} is null or ${trainingRule.validTo} > ${date})`,
      ),
    )
    .orderBy(sql`${trainingRule.validFrom} desc`, sql`${trainingRule.id} desc`)
    .limit(1);
  return rows[0] ? presentRule(rows[0]) : null;
}

/** Edits the annual minimum rule (params, legal basis, note) with optimistic concurrency. */
export async function updateRule(
  db: Db,
  ctx: AuditContext,
  id: number,
  b: RuleUpdateBody,
): Promise<RuleItem> {
  return mutate(db, ctx, async (tx) => {
    const [found] = await tx.select().from(trainingRule).where(eq(trainingRule.id, id)).limit(1);
    if (!found) throw new AppError('RULE_NOT_FOUND');
    if (found.kind !== 'annual_minimum')
      throw fieldError('params', 'Chỉ sửa được mức bồi dưỡng tối thiểu hằng năm qua chức năng này');
    const params = {
      ...found.params,
      periods: b.params.periods,
      categories: [...new Set(b.params.categories)],
    };
    const [row] = await tx
      .update(trainingRule)
      .set({ params, legalBasis: b.legalBasis, note: b.note?.trim() || null, version: b.version + 1 })
      .where(and(eq(trainingRule.id, id), eq(trainingRule.version, b.version)))
      .returning();
    if (!row) throw new AppError('VERSION_CONFLICT');
    const result = presentRule(row);
    return {
      result,
      audit: {
        action: 'training_rule.update',
        entity: 'training_rule',
        entityId: row.id,
        before: presentRule(found),
        after: result,
      },
    };
  });
}
