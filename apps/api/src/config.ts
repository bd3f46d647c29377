import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface AppConfig {
  port: number;
  /** Set: an external PostgreSQL, as the API's (application) role. Unset: the embedded one under `dataDir`. */
  databaseUrl: string | null;
  /** External PostgreSQL only: the tables' owner, for migrations and demo data. Unset: `databaseUrl` does everything (warned). */
  databaseOwnerUrl: string | null;
  /** Embedded PostgreSQL only: password of the application role `aic_app`. Unset: generated once into `<dataDir>/app-db-password`. */
  appDbPassword: string | null;
  dataDir: string;
  embeddedPgPort: number;
  demo: boolean;
  sessionTtlHours: number;
  logLevel: LogLevel;
  corsOrigins: string[];
  /** Failed logins for one e-mail from one client address, within the window, before that pair is refused (429). */
  loginMaxFailures: number;
  /** Failed logins from one client address, whatever the e-mails, within the window, before that address is refused. */
  loginMaxFailuresPerAddress: number;
  loginWindowMinutes: number;
  adminDistDir: string;
  dbPoolSize: number;
  /** Which proxies' X-Forwarded-For to believe, with the values of Express's `trust proxy` (client IPs feed login throttling). */
  trustProxy: boolean | number | string;
  /** Months after which a contact no longer linked to an accompanied laureate is listed for anonymisation. */
  contactRetentionMonths: number;
  /** Address of the back-office as its users reach it, for the links in e-mails. Default `http://localhost:<port>`. */
  publicUrl: string;
  /** `smtp://` or `smtps://` URL of the mail server. Unset: e-mails stay in the outbox table, read in the admin. */
  smtpUrl: string | null;
  mailFrom: string;
  /** Whether this instance runs the background jobs (sending e-mails, committee reminders); any number of instances may. */
  jobs: boolean;
  /** Delay before the first new attempt of an e-mail the server refused; doubled each time, up to `mailRetryLimit` attempts. */
  mailRetryDelaySeconds: number;
  mailRetryLimit: number;
  /** How often an idle instance looks for e-mails to send. */
  mailPollingSeconds: number;
}

function integer(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

function boolean(name: string, env: NodeJS.ProcessEnv): boolean | null {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return null;
  if (['1', 'true', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'no'].includes(raw)) return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

function trustProxy(raw: string | undefined): boolean | number | string {
  if (!raw) return 'loopback';
  if (raw === 'true' || raw === 'false') return raw === 'true';
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

function publicUrl(raw: string | undefined, port: number): string {
  const url = new URL(raw || `http://localhost:${port}`);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`PUBLIC_URL must be an http(s) URL, got "${raw}"`);
  return url.toString().replace(/\/+$/, '');
}

function smtpUrl(raw: string | undefined): string | null {
  if (!raw) return null;
  const protocol = URL.canParse(raw) ? new URL(raw).protocol : null;
  if (protocol !== 'smtp:' && protocol !== 'smtps:') throw new Error('SMTP_URL must be an smtp:// or smtps:// URL');
  return raw;
}

const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = env.DATABASE_URL || null;
  const logLevel = (env.LOG_LEVEL || 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  return {
    port: integer('PORT', 3000, env),
    databaseUrl,
    databaseOwnerUrl: env.DATABASE_OWNER_URL || env.MIGRATIONS_DATABASE_URL || null,
    appDbPassword: env.AIC_APP_DB_PASSWORD || null,
    dataDir: resolve(env.AIC_DATA_DIR || resolve(REPO_ROOT, '.data')),
    embeddedPgPort: integer('AIC_PG_PORT', 54329, env),
    // Demo data is on by default with the embedded database, off with an external one.
    demo: boolean('AIC_DEMO', env) ?? databaseUrl === null,
    sessionTtlHours: integer('SESSION_TTL_HOURS', 12, env),
    logLevel,
    corsOrigins: (env.CORS_ORIGINS || '').split(',').map((o) => o.trim()).filter(Boolean),
    loginMaxFailures: integer('AIC_LOGIN_MAX_FAILURES', 5, env),
    loginMaxFailuresPerAddress: integer('AIC_LOGIN_MAX_FAILURES_PER_ADDRESS', 20, env),
    loginWindowMinutes: integer('AIC_LOGIN_WINDOW_MINUTES', 15, env),
    adminDistDir: resolve(env.AIC_ADMIN_DIST || resolve(REPO_ROOT, 'apps/admin/dist')),
    dbPoolSize: integer('DB_POOL_SIZE', 10, env),
    trustProxy: trustProxy(env.TRUST_PROXY),
    contactRetentionMonths: integer('AIC_CONTACT_RETENTION_MONTHS', 36, env),
    publicUrl: publicUrl(env.PUBLIC_URL, integer('PORT', 3000, env)),
    smtpUrl: smtpUrl(env.SMTP_URL),
    mailFrom: env.MAIL_FROM || "Accélérateur d'Initiatives Citoyennes <ne-pas-repondre@aic.localhost>",
    jobs: boolean('AIC_JOBS', env) ?? true,
    mailRetryDelaySeconds: integer('AIC_MAIL_RETRY_SECONDS', 60, env),
    mailRetryLimit: integer('AIC_MAIL_RETRY_LIMIT', 10, env),
    mailPollingSeconds: 2,
  };
}
