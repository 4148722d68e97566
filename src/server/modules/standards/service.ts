/**
 * Standard sets and their dated versions: list, create, add a version from a date, edit a version,
 * and preview how many people a change would move between statuses before it is saved. Every
 * save re-evaluates the affected holders in the same transaction (materialised compliance).
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { todayVn } from '../../../core/catalog/dates';
import type {
  StandardPreviewBody,
  StandardSetCreateBody,
  StandardVersionBody,
} from '../../../core/contracts/standards';
import { describeRequirement } from '../../../core/standards/evaluate';
import { personCompliance } from '../../../core/standards/person';
import type { AppliesTo, StandardSet } from '../../../core/standards/types';
import type { Db, DbOrTx, Tx } from '../../db/client';
import type { AuditContext } from '../../http/actor';
import { AppError, fieldError } from '../../http/errors';
import { mutate } from '../audit/audit';
import { loadBundles } from '../compliance/facts';
import { holdersOf, refreshCompliance } from '../compliance/upkeep';
import { position } from '../positions/schema';
import { loadStandards, type SetRow, setByCode, type VersionRow, versionsOf } from './queries';
import { standardSet, standardVersion } from './schema';

function present(set: SetRow, versions: VersionRow[]) {
  const today = todayVn();
  return {
    code: set.code,
    name: set.name,
    rowVersion: set.version,
    versions: versions.map((v) => ({
      id: v.id,
      validFrom: v.validFrom,
      validTo: v.validTo,
      legalBasis: v.legalBasis,
      appliesTo: { groups: [], unitKinds: [], areaClasses: [], ...v.appliesTo },
      requirements: v.requirements,
      requirementTexts: v.requirements.map(describeRequirement),
      note: v.note,
      rowVersion: v.version,
      inForce: v.validFrom <= today && (v.validTo === null || v.validTo > today),
    })),
  };
}

export async function list(db: Db) {
  const sets = await db.select().from(standardSet).orderBy(standardSet.code);
  const versions = await db.select().from(standardVersion).orderBy(standardVersion.validFrom);
  return {
    items: sets.map((s) =>
      present(
        s,
        versions.filter((v) => v.setId === s.id),
      ),
    ),
  };
}

async function loadSet(db: DbOrTx, code: string) {
  const set = await setByCode(db, code);
  if (!set) throw new AppError('STANDARD_NOT_FOUND');
  return set;
}

export async function get(db: DbOrTx, code: string) {
  const set = await loadSet(db, code);
  return present(set, await versionsOf(db, set.id));
}

async function checkPositions(tx: DbOrTx, a: AppliesTo) {
  if (a.positions.length === 0) return;
  const found = await tx
    .select({ code: position.code })
    .from(position)
    .where(inArray(position.code, a.positions));
  const known = new Set(found.map((f) => f.code));
  const unknown = a.positions.filter((c) => !known.has(c));
  if (unknown.length)
    throw fieldError(
      'version.appliesTo.positions',
      `Không có chức vụ mã ${unknown.join(', ')} trong danh mục`,
    );
}

const overlaps = (
  a: { validFrom: string; validTo: string | null },
  b: { validFrom: string; validTo: string | null },
) => a.validFrom < (b.validTo ?? '9999-12-31') && b.validFrom < (a.validTo ?? '9999-12-31');

/**
 * The versions of a set after saving `draft` (new, or replacing `replaceId`): a new version
 * starting after an open-ended one closes it on its start date; any other overlap is refused.
 */
function planVersions(
  existing: readonly Pick<VersionRow, 'id' | 'validFrom' | 'validTo'>[],
  draft: { validFrom: string; validTo: string | null },
  replaceId: number | null,
): { close: { id: number; validTo: string } | null } {
  const others = existing.filter((v) => v.id !== replaceId);
  let close: { id: number; validTo: string } | null = null;
  if (replaceId === null) {
    const open = others.find((v) => v.validTo === null && v.validFrom < draft.validFrom);
    if (open) close = { id: open.id, validTo: draft.validFrom };
  }
  const after = others.map((v) => (close && v.id === close.id ? { ...v, validTo: close.validTo } : v));
  const clash = after.find((v) => overlaps(v, draft));
  if (clash) {
    throw new AppError('STANDARD_VERSION_OVERLAP', {
      details: [
        {
          path: 'version.validFrom',
          message: `Trùng thời gian hiệu lực với phiên bản từ ${clash.validFrom.split('-').reverse().join('/')}`,
        },
      ],
    });
  }
  return { close };
}

const versionValues = (v: StandardVersionBody) => ({
  validFrom: v.validFrom,
  validTo: v.validTo,
  legalBasis: v.legalBasis,
  appliesTo: v.appliesTo,
  requirements: v.requirements,
  note: v.note ?? null,
});

async function reEvaluate(tx: Tx, scopes: AppliesTo[]) {
  const today = todayVn();
  await refreshCompliance(tx, await holdersOf(tx, scopes, today, { future: true }), today);
}

export async function create(db: Db, ctx: AuditContext, body: StandardSetCreateBody) {
  await mutate(db, ctx, async (tx) => {
    if (await setByCode(tx, body.code)) throw new AppError('STANDARD_CODE_TAKEN');
    await checkPositions(tx, body.version.appliesTo);
    const [set] = await tx.insert(standardSet).values({ code: body.code, name: body.name }).returning();
    if (!set) throw new Error('standard_set insert returned nothing');
    const [v] = await tx
      .insert(standardVersion)
      .values({ setId: set.id, ...versionValues(body.version) })
      .returning();
    await reEvaluate(tx, [body.version.appliesTo]);
    return {
      result: null,
      audit: {
        action: 'standard.create',
        entity: 'standard_set',
        entityId: set.id,
        after: { set, version: v },
      },
    };
  });
  return get(db, body.code);
}

export async function addVersion(db: Db, ctx: AuditContext, code: string, body: StandardVersionBody) {
  await mutate(db, ctx, async (tx) => {
    const set = await loadSet(tx, code);
    await checkPositions(tx, body.appliesTo);
    // Serialise version edits of one set: the overlap check reads, then writes.
    await tx.execute(sql`select id from standard_set where id = ${set.id} for update`);
    const existing = await versionsOf(tx, set.id);
    const { close } = planVersions(existing, body, null);
    if (close)
      await tx
        .update(standardVersion)
        .set({ validTo: close.validTo, version: sql`${standardVersion.version} + 1` })
        .where(eq(standardVersion.id, close.id));
    const [v] = await tx
      .insert(standardVersion)
      .values({ setId: set.id, ...versionValues(body) })
      .returning();
    await reEvaluate(tx, [body.appliesTo, ...existing.map((e) => e.appliesTo)]);
    return {
      result: null,
      audit: {
        action: 'standard.version.create',
        entity: 'standard_version',
        entityId: v?.id ?? null,
        after: { set: code, version: v, closed: close },
      },
    };
  });
  return get(db, code);
}

export async function updateVersion(
  db: Db,
  ctx: AuditContext,
  code: string,
  id: number,
  body: StandardVersionBody,
  rowVersion: number,
) {
  await mutate(db, ctx, async (tx) => {
    const set = await loadSet(tx, code);
    await checkPositions(tx, body.appliesTo);
    await tx.execute(sql`select id from standard_set where id = ${set.id} for update`);
    const existing = await versionsOf(tx, set.id);
    const before = existing.find((v) => v.id === id);
    if (!before) throw new AppError('STANDARD_VERSION_NOT_FOUND');
    planVersions(existing, body, id);
    const [after] = await tx
      .update(standardVersion)
      .set({ ...versionValues(body), version: before.version + 1 })
      .where(and(eq(standardVersion.id, id), eq(standardVersion.version, rowVersion)))
      .returning();
    if (!after) throw new AppError('VERSION_CONFLICT');
    await reEvaluate(tx, [body.appliesTo, before.appliesTo]);
    return {
      result: null,
      audit: { action: 'standard.version.update', entity: 'standard_version', entityId: id, before, after },
    };
  });
  return get(db, code);
}

type Status = 'meets' | 'in_progress' | 'gap' | 'none';

/**
 * What saving the draft would do, evaluated on max(today, its start): the holders of the posts it
 * touches, their status under the current rules and under the draft, and who moves.
 */
export async function preview(db: Db, body: StandardPreviewBody) {
  const today = todayVn();
  const date = body.version.validFrom > today ? body.version.validFrom : today;
  const current = await loadStandards(db);
  const set = body.setCode ? await loadSet(db, body.setCode) : null;
  const existing = set ? await versionsOf(db, set.id) : [];
  if (body.replaceVersionId && !existing.some((v) => v.id === body.replaceVersionId))
    throw new AppError('STANDARD_VERSION_NOT_FOUND');
  const { close } = planVersions(existing, body.version, body.replaceVersionId ?? null);
  const draft: StandardSet = {
    versionId: -1,
    code: set?.code ?? '(mới)',
    name: set?.name ?? '(mới)',
    ...versionValues(body.version),
  };
  const proposed = [
    ...current
      .filter((s) => s.versionId !== body.replaceVersionId)
      .map((s) => (close && s.versionId === close.id ? { ...s, validTo: close.validTo } : s)),
    draft,
  ];
  const scopes = [body.version.appliesTo, ...existing.map((e) => e.appliesTo)];
  const ids = await holdersOf(db, scopes, date);
  const tally = {
    before: { meets: 0, inProgress: 0, gap: 0, total: 0 },
    after: { meets: 0, inProgress: 0, gap: 0, total: 0 },
  };
  const moves = new Map<string, number>();
  const samples: {
    personId: number;
    fullName: string;
    unit: { code: string; name: string };
    position: { code: string; name: string };
    from: Status;
    to: Status;
  }[] = [];
  const add = (t: typeof tally.before, s: Status) => {
    if (s === 'none') return;
    t.total += 1;
    if (s === 'meets') t.meets += 1;
    else if (s === 'in_progress') t.inProgress += 1;
    else t.gap += 1;
  };
  for (let i = 0; i < ids.length; i += 20_000) {
    for (const b of await loadBundles(db, ids.slice(i, i + 20_000), date)) {
      const was = personCompliance(current, b.facts, b.holdings, date);
      const will = personCompliance(proposed, b.facts, b.holdings, date);
      const from: Status = was?.status ?? 'none';
      const to: Status = will?.status ?? 'none';
      add(tally.before, from);
      add(tally.after, to);
      if (from === to) continue;
      moves.set(`${from}>${to}`, (moves.get(`${from}>${to}`) ?? 0) + 1);
      const home = (will ?? was)?.home;
      const label = home ? b.labels.get(home.assignmentId) : undefined;
      if (samples.length < 20 && label)
        samples.push({
          personId: b.personId,
          fullName: b.fullName,
          unit: label.unit,
          position: label.position,
          from,
          to,
        });
    }
  }
  return {
    date,
    affected: ids.length,
    before: tally.before,
    after: tally.after,
    moves: [...moves.entries()].map(([k, count]) => {
      const [from, to] = k.split('>') as [Status, Status];
      return { from, to, count };
    }),
    samples,
  };
}
