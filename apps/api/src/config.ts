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
  /** Documents' files on local disk (when no S3 bucket is set). */
  filesDir: string;
  /** Largest file accepted by an upload, in MiB (413 above). */
  maxUploadMb: number;
  /** S3-compatible object storage for documents' files; null: local disk under `filesDir`. */
  s3: S3Settings | null;
  /** AUTH_PASSWORD: sign-in by e-mail and password offered (off when every agent signs in with ProConnect). */
  passwordSignIn: boolean;
  /** Public address of the service, without a trailing slash: ProConnect's redirect URIs and the links in e-mails. */
  publicUrl: string;
  /** Set when PROCONNECT_ISSUER, PROCONNECT_CLIENT_ID and PROCONNECT_CLIENT_SECRET are. */
  proconnect: ProConnectConfig | null;
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
  /** Days an e-mail is kept after it was sent (or, in the outbox or failed, after its last change): then deleted. */
  mailRetentionDays: number;
  /** Months after its season's end before an application that did not become a laureate loses its personal fields. */
  applicationRetentionMonths: number;
}

export interface S3Settings {
  /** Unset: AWS's own endpoint for the region. */
  endpoint: string | null;
  bucket: string;
  region: string;
  accessKeyId: string | null;
  secretAccessKey: string | null;
}

export interface ProConnectConfig {
  /** Discovery at `<issuer>/.well-known/openid-configuration` (ProConnect's issuers end in `/api/v2`). */
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  /** Algorithm the id_token and the userinfo JWT are signed with, as registered with ProConnect. */
  signingAlg: 'RS256' | 'ES256';
  /** Plain http allowed: a provider on this machine only (tests, local trials). */
  allowInsecureHttp: boolean;
}

export const DEFAULT_PROCONNECT_SCOPES = 'openid email given_name usual_name uid siret idp_id';
const SIGNING_ALGS = ['RS256', 'ES256'] as const;

function proconnect(env: NodeJS.ProcessEnv): ProConnectConfig | null {
  const issuer = env.PROCONNECT_ISSUER?.trim().replace(/\/+$/, '') || '';
  const clientId = env.PROCONNECT_CLIENT_ID?.trim() || '';
  const clientSecret = env.PROCONNECT_CLIENT_SECRET || '';
  if (!issuer && !clientId && !clientSecret) return null;
  if (!issuer || !clientId || !clientSecret) {
    throw new Error('PROCONNECT_ISSUER, PROCONNECT_CLIENT_ID and PROCONNECT_CLIENT_SECRET go together: set all three or none');
  }
  const url = new URL(issuer);
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) throw new Error(`PROCONNECT_ISSUER must be an https URL, got "${issuer}"`);
  const signingAlg = (env.PROCONNECT_SIGNING_ALG || 'RS256').toUpperCase() as ProConnectConfig['signingAlg'];
  if (!SIGNING_ALGS.includes(signingAlg)) throw new Error(`PROCONNECT_SIGNING_ALG must be one of ${SIGNING_ALGS.join(', ')}`);
  const scopes = (env.PROCONNECT_SCOPES || DEFAULT_PROCONNECT_SCOPES).split(/\s+/).filter(Boolean);
  if (!scopes.includes('openid') || !scopes.includes('email')) throw new Error('PROCONNECT_SCOPES must include openid and email');
  return { issuer, clientId, clientSecret, scopes: scopes.join(' '), signingAlg, allowInsecureHttp: url.protocol === 'http:' };
}

function publicUrl(env: NodeJS.ProcessEnv, port: number): string {
  const raw = env.PUBLIC_URL?.trim().replace(/\/+$/, '') || `http://localhost:${port}`;
  const url = new URL(raw);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`PUBLIC_URL must be an http(s) URL, got "${raw}"`);
  return raw;
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
  const port = integer('PORT', 3000, env);
  const proconnectConfig = proconnect(env);
  // ProConnect sends agents back to PUBLIC_URL: localhost would only work with a provider on this machine.
  if (proconnectConfig && !proconnectConfig.allowInsecureHttp && !env.PUBLIC_URL) throw new Error('PUBLIC_URL must be set with PROCONNECT_ISSUER');
  return {
    port,
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
    filesDir: resolve(env.AIC_FILES_DIR || resolve(env.AIC_DATA_DIR || resolve(REPO_ROOT, '.data'), 'files')),
    maxUploadMb: integer('MAX_UPLOAD_MB', 20, env),
    s3: s3Settings(env),
    passwordSignIn: boolean('AUTH_PASSWORD', env) ?? true,
    publicUrl: publicUrl(env, port),
    proconnect: proconnectConfig,
    smtpUrl: smtpUrl(env.SMTP_URL),
    mailFrom: env.MAIL_FROM || "Accélérateur d'Initiatives Citoyennes <ne-pas-repondre@aic.localhost>",
    jobs: boolean('AIC_JOBS', env) ?? true,
    mailRetryDelaySeconds: integer('AIC_MAIL_RETRY_SECONDS', 60, env),
    mailRetryLimit: integer('AIC_MAIL_RETRY_LIMIT', 10, env),
    mailPollingSeconds: 2,
    mailRetentionDays: integer('AIC_MAIL_RETENTION_DAYS', 90, env),
    applicationRetentionMonths: integer('AIC_APPLICATION_RETENTION_MONTHS', 24, env),
  };
}

function s3Settings(env: NodeJS.ProcessEnv): S3Settings | null {
  if (!env.S3_BUCKET) {
    if (env.S3_ENDPOINT) throw new Error('S3_ENDPOINT is set but S3_BUCKET is not');
    return null;
  }
  return {
    endpoint: env.S3_ENDPOINT || null,
    bucket: env.S3_BUCKET,
    region: env.S3_REGION || 'us-east-1',
    accessKeyId: env.S3_ACCESS_KEY_ID || null,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY || null,
  };
}
