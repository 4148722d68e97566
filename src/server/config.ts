import path from 'node:path';
import { z } from 'zod';

/** Environment per contracts §1, validated once at start. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  CADRE_DATA_DIR: z.string().default('./data'),
  CADRE_ADMIN_PASSWORD: z.string().min(1).optional(),
  CADRE_DEMO: z.enum(['0', '1']).default('1'),
  CADRE_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Set behind a TLS-terminating proxy so the session cookie gets the Secure flag. */
  CADRE_SECURE_COOKIES: z.enum(['0', '1']).default('0'),
  CADRE_TRUST_PROXY: z.enum(['0', '1']).default('0'),
  /** 0 turns the background jobs (pg-boss: digests, deadline reminders, e-mail) off. */
  CADRE_JOBS: z.enum(['0', '1']).default('1'),
  /** smtp://user:pass@host:587 (or smtps://); unset = no e-mail, in-app notifications only. */
  CADRE_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, 'Cần dạng smtp://user:pass@host:587')
    .optional(),
  CADRE_MAIL_FROM: z.string().default('Cadre <no-reply@localhost>'),
  /** Where the links in e-mails point (the address users open Cadre at). */
  CADRE_PUBLIC_URL: z.string().url().default('http://localhost:3000'),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  adminPassword: string | undefined;
  demo: boolean;
  logLevel: string;
  secureCookies: boolean;
  trustProxy: boolean;
  auth: AuthConfig;
  /** Background jobs (pg-boss). Optional so hand-built test configs need not name it: absent = off. */
  jobs?: boolean;
  /** E-mail of notifications; absent = no SMTP. */
  mail?: MailConfig;
}

export interface MailConfig {
  smtpUrl: string | undefined;
  from: string;
  publicUrl: string;
}

export interface AuthConfig {
  idleTimeoutMs: number;
  absoluteTimeoutMs: number;
  /** Failed attempts before the account is locked. */
  lockoutThreshold: number;
  lockoutMs: number;
  /** Login attempts per IP per minute. */
  loginRatePerMinute: number;
}

export const defaultAuthConfig: AuthConfig = {
  idleTimeoutMs: 30 * 60_000,
  absoluteTimeoutMs: 12 * 3600_000,
  lockoutThreshold: 5,
  lockoutMs: 15 * 60_000,
  loginRatePerMinute: 20,
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`DATABASE_URL=` in an env file) means unset, as in most tools.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Cấu hình môi trường không hợp lệ:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.CADRE_DATA_DIR),
    adminPassword: e.CADRE_ADMIN_PASSWORD,
    demo: e.CADRE_DEMO === '1',
    logLevel: e.CADRE_LOG_LEVEL,
    secureCookies: e.CADRE_SECURE_COOKIES === '1',
    trustProxy: e.CADRE_TRUST_PROXY === '1',
    auth: defaultAuthConfig,
    jobs: e.CADRE_JOBS === '1',
    mail: { smtpUrl: e.CADRE_SMTP_URL, from: e.CADRE_MAIL_FROM, publicUrl: e.CADRE_PUBLIC_URL },
  };
}
