/**
 * Pure rules of training needs: which programme closes a gap, and a need's priority.
 * The SQL of src/server/modules/needs mirrors `needPriority` (kept side by side with its tests).
 */
import { type Dimension, LEVELS, levelRank } from '../catalog/levels';

export interface AwardingProgramme {
  id: number;
  code: string;
  name: string;
  dimension: Dimension;
  level: string;
}

export interface ProgrammeChoice {
  dimension: Dimension;
  /** The level the gap requires. */
  level: string;
  /** The programme awarding the lowest sufficient level (ties: by code). */
  programme: { id: number; code: string; name: string };
  /** Every programme awarding that dimension at or above the level (an enrolment in any closes the need). */
  sufficientIds: number[];
}

/** For a gap "dimension at ≥ level": the programme to attend, or null when none awards enough. */
export function chooseProgramme(
  programmes: readonly AwardingProgramme[],
  dimension: Dimension,
  level: string,
): ProgrammeChoice | null {
  const need = levelRank(dimension, level);
  if (need === 0) return null;
  const enough = programmes
    .filter((p) => p.dimension === dimension && levelRank(dimension, p.level) >= need)
    .sort(
      (a, b) => levelRank(dimension, a.level) - levelRank(dimension, b.level) || a.code.localeCompare(b.code),
    );
  const first = enough[0];
  if (!first) return null;
  return {
    dimension,
    level,
    programme: { id: first.id, code: first.code, name: first.name },
    sufficientIds: enough.map((p) => p.id),
  };
}

/** Every (dimension, required level) pair a gap can name, with its choice where one exists. */
export function programmeChoices(programmes: readonly AwardingProgramme[]): ProgrammeChoice[] {
  const out: ProgrammeChoice[] = [];
  for (const dimension of new Set(programmes.map((p) => p.dimension))) {
    for (const level of LEVELS[dimension]) {
      const c = chooseProgramme(programmes, dimension, level);
      if (c) out.push(c);
    }
  }
  return out;
}

/** 1 = highest: key cadres before others; needed now (no deadline) before a grace deadline. */
export function needPriority(keyCadre: boolean, deadline: string | null): 1 | 2 | 3 | 4 {
  if (keyCadre) return deadline === null ? 1 : 2;
  return deadline === null ? 3 : 4;
}

/** Order of the list: priority, then the nearest deadline, then name. */
export function compareNeeds(
  a: { priority: number; deadline: string | null; fullName: string },
  b: { priority: number; deadline: string | null; fullName: string },
): number {
  return (
    a.priority - b.priority ||
    (a.deadline ?? '').localeCompare(b.deadline ?? '') ||
    a.fullName.localeCompare(b.fullName, 'vi')
  );
}
