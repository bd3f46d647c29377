import type { AppConfig } from './config.js';

export const APP_CONFIG = Symbol('APP_CONFIG');

export const appConfigProvider = (config: AppConfig) => ({ provide: APP_CONFIG, useValue: config });
