/**
 * Background jobs on pg-boss, in the schema `pgboss` of the application's own database
 * (architecture.md: no other infrastructure). Queues: the weekly digest (Monday 07:00 Việt Nam
 * time), plan submission deadlines (daily 07:00) and, when SMTP is configured, the e-mail sender
 * (every minute). pg-boss v10: the last major that runs on Node 20; queues must exist before
 * send/work/schedule. The job's return value is kept as its output, which the API reads back.
 */
import PgBoss from 'pg-boss';
import { todayVn } from '../../core/catalog/dates';
import type { DigestRun } from '../../core/contracts/notifications';
import type { MailConfig } from '../config';
import type { Db } from '../db/client';
import { AppError } from '../http/errors';
import { runPlanDeadlines } from '../modules/notifications/deadlines';
import { type DigestResult, runWeeklyDigest } from '../modules/notifications/digest';
import { createMailer, type Mailer, sendPendingEmails } from '../modules/notifications/email';

export const QUEUES = {
  digest: 'notifications.weekly-digest',
  deadlines: 'notifications.plan-deadlines',
  email: 'notifications.send-email',
} as const;

const TZ = 'Asia/Ho_Chi_Minh';
/** E-mails sent per run of the sender (one run a minute). */
const EMAIL_BATCH = 200;

export interface JobsLog {
  info(msg: string): void;
  error(obj: object, msg: string): void;
}

export interface JobsOptions {
  db: Db;
  /** The same database the app uses (embedded server's URL or DATABASE_URL). */
  url: string;
  mail?: MailConfig;
  log: JobsLog;
  /** Tests poll faster and skip the cron schedules. */
  pollingIntervalSeconds?: number;
  schedule?: boolean;
  /** A fake transport for tests; default nodemailer on mail.smtpUrl. */
  mailer?: Mailer;
}

/** What the rest of the app sees of the job system. */
export interface Jobs {
  enqueueDigest(date: string | undefined): Promise<DigestRun>;
  /** null when no such job (or not a digest job). */
  digestRun(jobId: string): Promise<DigestRun | null>;
  stop(): Promise<void>;
}

/**
 * Jobs that are still starting: the server listens at once and pg-boss (schema install or upgrade
 * on first start) catches up; calls made before it is ready wait for it. When it failed to start,
 * the job endpoints answer 503 as if jobs were off.
 */
export function deferredJobs(ready: Promise<Jobs | undefined>): Jobs {
  const get = async () => {
    const jobs = await ready;
    if (!jobs) throw new AppError('JOBS_DISABLED');
    return jobs;
  };
  return {
    enqueueDigest: async (date) => (await get()).enqueueDigest(date),
    digestRun: async (jobId) => (await get()).digestRun(jobId),
    stop: async () => (await ready)?.stop(),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function stateOf(s: PgBoss.JobWithMetadata['state']): DigestRun['state'] {
  // A job waiting for a retry is queued again; a cancelled one will not run.
  if (s === 'retry') return 'created';
  if (s === 'cancelled') return 'failed';
  return s;
}

function errorOf(output: unknown): string {
  if (output && typeof output === 'object' && 'message' in output) return String(output.message);
  return 'Tác vụ thất bại';
}

export async function startJobs(opts: JobsOptions): Promise<Jobs> {
  const { db, log } = opts;
  const boss = new PgBoss({
    connectionString: opts.url,
    schema: 'pgboss',
    application_name: 'cadre-jobs',
    // The workers run one job at a time; a small pool leaves the app's pool its connections.
    max: 4,
    schedule: opts.schedule ?? true,
  });
  boss.on('error', (err) => log.error({ err }, 'pg-boss error'));
  await boss.start();

  // A failed digest is retried once, a minute later; it is idempotent (ISO week dedupe key).
  const retry = { retryLimit: 1, retryDelay: 60, expireInMinutes: 60 };
  await boss.createQueue(QUEUES.digest, { name: QUEUES.digest, ...retry });
  await boss.createQueue(QUEUES.deadlines, { name: QUEUES.deadlines, ...retry });
  // Every minute: a run that fails is simply followed by the next one.
  await boss.createQueue(QUEUES.email, { name: QUEUES.email, retryLimit: 0, expireInMinutes: 10 });

  const polling = { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2 };
  await boss.work<{ date?: string }>(QUEUES.digest, polling, async ([job]) => {
    const r = await runWeeklyDigest(db, job?.data.date ?? todayVn());
    log.info(`nhắc việc tuần ${r.week}: ${r.digests} người, ${r.monitorDigests} người theo dõi`);
    return r;
  });
  await boss.work<{ date?: string }>(QUEUES.deadlines, polling, async ([job]) => {
    const r = await runPlanDeadlines(db, job?.data.date ?? todayVn());
    log.info(`nhắc hạn nộp kế hoạch ${r.date}: ${r.reminders} thông báo`);
    return r;
  });

  const smtpUrl = opts.mail?.smtpUrl;
  const mailer = opts.mailer ?? (smtpUrl ? createMailer(smtpUrl) : null);
  if (mailer) {
    const mail = opts.mail;
    await boss.work(QUEUES.email, polling, async () =>
      sendPendingEmails(db, mailer, EMAIL_BATCH, { ...(mail ? { mail } : {}), log }),
    );
  }

  if (opts.schedule ?? true) {
    await boss.schedule(QUEUES.digest, '0 7 * * 1', {}, { tz: TZ });
    await boss.schedule(QUEUES.deadlines, '0 7 * * *', {}, { tz: TZ });
    // SMTP removed since the last start: stop the every-minute sender.
    if (mailer) await boss.schedule(QUEUES.email, '* * * * *', {}, { tz: TZ });
    else await boss.unschedule(QUEUES.email);
  }

  return {
    async enqueueDigest(date) {
      const id = await boss.send(QUEUES.digest, date ? { date } : {});
      if (!id) throw new Error('pg-boss refused the digest job');
      return { jobId: id, state: 'created', result: null, error: null };
    },
    async digestRun(jobId) {
      if (!UUID.test(jobId)) return null;
      const job = await boss.getJobById<{ date?: string }>(QUEUES.digest, jobId, { includeArchive: true });
      if (!job) return null;
      const state = stateOf(job.state);
      return {
        jobId: job.id,
        state,
        result: state === 'completed' ? (job.output as DigestResult) : null,
        error: state === 'failed' ? errorOf(job.output) : null,
      };
    },
    // Waits for a running job (up to 20 s) so a digest is not cut in the middle of a statement.
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 20_000 }),
  };
}
