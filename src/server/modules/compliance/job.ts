/**
 * The full recompute as a background job of the server process, with progress an administrator
 * can follow. One at a time: a second start while one runs answers the running one.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client';
import type { AuditContext } from '../../http/actor';
import { recomputeCompliance } from './recompute';

export interface JobStatus {
  id: string | null;
  status: 'idle' | 'running' | 'done' | 'failed';
  done: number;
  total: number;
  startedAt: string | null;
  finishedAt: string | null;
  holders: number | null;
  error: string | null;
}

function createJob() {
  let state: JobStatus = {
    id: null,
    status: 'idle',
    done: 0,
    total: 0,
    startedAt: null,
    finishedAt: null,
    holders: null,
    error: null,
  };
  let running: Promise<void> | null = null;
  return {
    status: (): JobStatus => ({ ...state }),
    start(db: Db, ctx: AuditContext): JobStatus {
      if (state.status === 'running') return { ...state };
      state = {
        id: randomUUID(),
        status: 'running',
        done: 0,
        total: 0,
        startedAt: new Date().toISOString(),
        finishedAt: null,
        holders: null,
        error: null,
      };
      running = recomputeCompliance(db, ctx, (p) => {
        state.done = p.done;
        state.total = p.total;
      })
        .then((r) => {
          state = { ...state, status: 'done', holders: r.holders, finishedAt: new Date().toISOString() };
        })
        .catch((err: unknown) => {
          state = {
            ...state,
            status: 'failed',
            error: err instanceof Error ? err.message : String(err),
            finishedAt: new Date().toISOString(),
          };
        });
      return { ...state };
    },
    /** Waits for the running job (tests, shutdown). */
    settled: async () => {
      await running;
    },
  };
}

export const recomputeJob = createJob();
