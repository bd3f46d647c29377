import { pino, type Logger } from 'pino';
import type { AppConfig } from '../../config.js';

/** The process's logger (JSON lines on stdout): Nest's logs through nestjs-pino, and one line per request. */
export const createAppLogger = (config: Pick<AppConfig, 'logLevel'>): Logger => pino({ level: config.logLevel });
