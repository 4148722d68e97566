/** The commitment rule (training_rule kind 'commitment') in force on a date. */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';

export interface CommitmentRule {
  multiple: number;
  minTrainingMonths: number;
}

export async function commitmentRuleOn(db: DbOrTx, date: string): Promise<CommitmentRule | null> {
  // training_rule_kind_idx (kind, valid_from)
  const rows = await db.execute<{ params: Record<string, unknown> }>(sql`
    select params from training_rule
    where kind = 'commitment' and valid_from <= ${date} and (valid_to is null or valid_to > ${date})
    order by valid_from desc limit 1`);
  const p = rows.rows[0]?.params;
  if (!p) return null;
  const multiple = Number(p.multiple);
  const minTrainingMonths = Number(p.minTrainingMonths ?? 0);
  if (!Number.isFinite(multiple) || multiple <= 0) return null;
  return { multiple, minTrainingMonths: Number.isFinite(minTrainingMonths) ? minTrainingMonths : 0 };
}
