import type pg from 'pg';
import type { Db } from '../src/server/db/client';
import type { App } from '../src/server/http/types';

/** One measured figure. Benchmarks record figures; nothing here asserts a time. */
export interface Measurement {
  name: string;
  unit: string;
  median?: number;
  p95?: number;
  p99?: number;
  value?: number;
  samples?: number;
  notes?: string;
}

export interface BenchContext {
  app: App;
  baseUrl: string;
  adminPassword: string;
  databaseUrl: string;
  /** Maintenance connection on the same server (benchmarks that need a database of their own). */
  adminUrl: string;
  /** Direct access for hand-written baselines and sampling. */
  pool: pg.Pool;
  /** The same database through Drizzle, for benchmarks that call services directly. */
  db: Db;
}

export interface Benchmark {
  name: string;
  description: string;
  run(ctx: BenchContext): Promise<Measurement[]>;
}
