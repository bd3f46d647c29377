import { Logger, ServiceUnavailableException } from '@nestjs/common';
import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { bilingual } from './bilingual.js';

export const DATABASE_UNAVAILABLE = bilingual(
  'Base de données momentanément indisponible : réessayez dans quelques instants',
  'Database temporarily unavailable: please retry in a moment',
);

/** Seconds a client is told to wait (`Retry-After`) while the database is unavailable. */
export const RETRY_AFTER_SECONDS = 5;

/** Node socket errors of a server that is gone or unreachable. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** SQLSTATEs of a server shutting down, starting up, in recovery or out of connections (class 08: connection exceptions). */
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '53300', '53400']);
/** node-postgres' own messages for a connection lost or never obtained (they carry no code). */
const DRIVER_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|not queryable|Connection ended|Client was closed/i;

/**
 * Whether an error means the database cannot be reached or is restarting (rather than a query it refused): the pg
 * error itself, TypeORM's QueryFailedError around it (`driverError`), or a cause or AggregateError of one.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  // TypeORM releases a transaction's query runner when its connection fails ('error' event), so the transaction's
  // next query (or its COMMIT) throws these instead of the connection error, which is lost.
  if (error instanceof QueryRunnerAlreadyReleasedError || error instanceof QueryRunnerProviderAlreadyReleasedError) return true;
  const e = error as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  if (SOCKET_CODES.has(code) || SERVER_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
  if (typeof e.message === 'string' && !/^[0-9A-Z]{5}$/.test(code) && DRIVER_MESSAGES.test(e.message)) return true;
  const nested = [e.driverError, e.cause, ...(Array.isArray(e.errors) ? e.errors : [])];
  return nested.some((inner) => inner !== error && isDatabaseUnavailable(inner, depth + 1));
}

export const databaseUnavailable = () => new ServiceUnavailableException({ message: DATABASE_UNAVAILABLE });

/**
 * While the database is down every request fails the same way: one log line when it starts, then one line per
 * period with the number of requests answered 503, and one when a period passes without any (instead of a stack
 * trace per request).
 */
export class OutageLog {
  private count = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly logger: Pick<Logger, 'warn'> = new Logger('Database'),
    private readonly periodMs = 10_000,
  ) {}

  record(error: unknown): void {
    this.count++;
    if (this.timer) return;
    const e = error as { code?: string; message?: string };
    this.logger.warn(`database unavailable (${e?.code ?? e?.message ?? 'unknown'}): answering 503 until it is back`);
    this.count = 0;
    this.timer = setInterval(() => this.flush(), this.periodMs);
    this.timer.unref();
  }

  private flush(): void {
    if (this.count > 0) {
      this.logger.warn(`database still unavailable: ${this.count} request(s) answered 503 in the last ${this.periodMs / 1000} s`);
      this.count = 0;
      return;
    }
    this.logger.warn(`no database connection error for ${this.periodMs / 1000} s`);
    clearInterval(this.timer!);
    this.timer = null;
  }
}
