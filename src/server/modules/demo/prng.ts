/**
 * Seeded randomness for the generators. Everything generated must be reproducible from a seed
 * number (same seed → same province, same people), so nothing here touches Math.random.
 * mulberry32: 32-bit state, fast, good enough for synthetic data (not for secrets).
 */

/** Mixes numbers into one 32-bit seed (murmur3 finaliser per part), so streams do not correlate. */
export function mixSeed(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    let k = Math.imul(part | 0, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
    // High bits of large numbers (person indices above 2^32 never occur, but keep them honest).
    h ^= Math.floor(part / 0x100000000) | 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A weighted choice list, prepared once (cumulative weights) and drawn from many times. */
export class Table<T> {
  readonly items: readonly T[];
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    if (entries.length === 0) throw new Error('empty choice table');
    this.items = entries.map((e) => e[0]);
    this.cumulative = new Float64Array(entries.length);
    let sum = 0;
    entries.forEach(([, w], i) => {
      sum += w;
      this.cumulative[i] = sum;
    });
    this.total = sum;
  }

  /** The item whose cumulative band contains `u` ∈ [0, 1). */
  at(u: number): T {
    const target = u * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] ?? 0) > target) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo] as T;
  }
}

export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  from<T>(table: Table<T>): T {
    return table.at(this.next());
  }

  /** Fisher–Yates, in place. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const a = items[i] as T;
      items[i] = items[j] as T;
      items[j] = a;
    }
    return items;
  }

  /** A few random digits, zero-padded (certificate and decision numbers). */
  digits(count: number): string {
    let s = '';
    for (let i = 0; i < count; i++) s += String(Math.floor(this.next() * 10));
    return s;
  }
}

/** A choice table from `{ item: weight }` (keys keep their written order). */
export function weights<K extends string>(w: Record<K, number>): Table<K> {
  return new Table(Object.entries(w) as [K, number][]);
}

/** Space-separated words as a list (name pools read better as one line than as 80 lines). */
export function words(list: string): readonly string[] {
  return list.trim().split(/\s+/);
}

/** A choice table of names written as "Nguyễn: 38, Trần: 11, …" (compact for long lists). */
export function weighted(list: string): Table<string> {
  return new Table(
    list.split(',').map((entry) => {
      const [name = '', weight = ''] = entry.split(':').map((s) => s.trim());
      if (!name || !Number.isFinite(Number(weight))) throw new Error(`bad weight entry "${entry}"`);
      return [name, Number(weight)] as const;
    }),
  );
}
