import type { DbOrTx } from '../../db/client';
import { refreshCompliance } from '../compliance/upkeep';
import { recomputePersonDerived } from './derived';

/**
 * Everything derived from a person's history, kept current in the transaction that changed it:
 * the person's derived columns and their materialised compliance (with the unit roll-ups).
 */
export async function keepPeopleCurrent(tx: DbOrTx, personIds: number[], today: string): Promise<void> {
  await recomputePersonDerived(tx, personIds, today);
  await refreshCompliance(tx, personIds, today);
}
