import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config';
import type { Db } from '../db/client';
import type { Jobs } from '../jobs/boss';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** What route modules receive: the database and configuration, nothing global. */
export interface AppDeps {
  db: Db;
  config: Config;
  /** Checks the database answers (health endpoint). */
  pingDb(): Promise<boolean>;
  /** Background jobs (pg-boss); absent when CADRE_JOBS=0 and in tests that build the app alone. */
  jobs?: Jobs;
}
