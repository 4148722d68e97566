/**
 * The organisation tree a generator builds, in memory, before it has database ids. Units refer to
 * each other as objects; ids (and the materialised paths made of them) are given once at the end,
 * from the database sequence (demo) or from 1 upwards (nation, into empty tables).
 * Every unit gets its dated versions (name + parent over time) and its organisational events.
 */
import type { AreaClass, UnitKind } from '../../../core/catalog/enums';
import { BEGINNING, type Day } from './days';

export class UnitNode {
  id = 0;
  path = '';
  /** Province unit of this unit (itself for a province), for province_id. */
  province: UnitNode | null = null;
  mergedInto: UnitNode | null = null;
  /** Parent per period; the last one is today's parent (org_unit.parent_id). */
  readonly versions: { parent: UnitNode | null; name: string; from: Day; to: Day | null }[] = [];

  constructor(
    readonly code: string,
    readonly name: string,
    readonly kind: UnitKind,
    readonly tree: 'state' | 'party',
    readonly parent: UnitNode | null,
    readonly validFrom: Day,
    readonly validTo: Day | null,
    readonly areaClass: AreaClass | null,
    readonly difficultArea: boolean,
    readonly officialCode: string | null,
  ) {}

  /** Valid on `day` (valid_to exclusive). */
  validOn(day: Day): boolean {
    return this.validFrom <= day && (this.validTo === null || this.validTo > day);
  }
}

export interface UnitInit {
  code: string;
  name: string;
  kind: UnitKind;
  tree?: 'state' | 'party';
  parent: UnitNode | null;
  validFrom?: Day;
  validTo?: Day | null;
  areaClass?: AreaClass | null;
  difficultArea?: boolean;
  officialCode?: string | null;
  /** Earlier parents, oldest first, each until the next one starts (the last ends at `validFrom` of today's). */
  history?: { parent: UnitNode | null; name?: string; from: Day; to: Day }[];
  /** Decision that created the unit, for its 'create' event. */
  decisionNo?: string | null;
}

export interface EventPlan {
  /** The org service's event kinds: a merger writes 'merge' on each source, 'merge_successor' on the successor. */
  kind: 'create' | 'merge' | 'merge_successor' | 'dissolve' | 'move';
  date: Day;
  unit: UnitNode;
  decisionNo: string | null;
  details: Record<string, unknown> | null;
}

export class UnitSet {
  readonly units: UnitNode[] = [];
  readonly events: EventPlan[] = [];
  private readonly codes = new Set<string>();

  add(init: UnitInit): UnitNode {
    if (this.codes.has(init.code)) throw new Error(`duplicate unit code ${init.code}`);
    this.codes.add(init.code);
    const validFrom = init.history?.[0]?.from ?? init.validFrom ?? BEGINNING;
    const node = new UnitNode(
      init.code,
      init.name,
      init.kind,
      init.tree ?? 'state',
      init.parent,
      validFrom,
      init.validTo ?? null,
      init.areaClass ?? null,
      init.difficultArea ?? false,
      init.officialCode ?? null,
    );
    node.province = init.kind === 'province' ? node : (init.parent?.province ?? null);
    for (const h of init.history ?? []) {
      node.versions.push({ parent: h.parent, name: h.name ?? init.name, from: h.from, to: h.to });
    }
    const lastFrom = init.history?.length
      ? (init.history[init.history.length - 1]?.to ?? validFrom)
      : validFrom;
    node.versions.push({ parent: init.parent, name: init.name, from: lastFrom, to: node.validTo });
    this.units.push(node);
    // Like the org service, every unit has its 'create' event (on its first day).
    this.event('create', validFrom, node, init.decisionNo ?? null);
    return node;
  }

  event(
    kind: EventPlan['kind'],
    date: Day,
    unit: UnitNode,
    decisionNo: string | null,
    details: Record<string, unknown> | null = null,
  ): void {
    this.events.push({ kind, date, unit, decisionNo, details });
  }

  /**
   * Gives ids in creation order (parents are always created before children) and builds the
   * materialised paths of today's tree.
   */
  assignIds(idOf: (index: number) => number): void {
    this.units.forEach((u, i) => {
      u.id = idOf(i);
      u.path = `${u.parent ? u.parent.path : '/'}${u.id}/`;
    });
  }
}
