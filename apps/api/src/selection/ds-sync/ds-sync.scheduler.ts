import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { dsApiSettings } from './ds-client.js';
import { DsSyncsService } from './ds-syncs.service.js';

/** Minutes between scheduled runs of every enabled sync (`DS_SYNC_INTERVAL_MINUTES`, 60; 0 turns the schedule off). */
export function syncIntervalMinutes(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.DS_SYNC_INTERVAL_MINUTES;
  const minutes = raw === undefined || raw === '' ? 60 : Number(raw);
  if (!Number.isFinite(minutes) || minutes < 0) throw new Error(`DS_SYNC_INTERVAL_MINUTES must be a number of minutes ≥ 0, got "${raw}"`);
  return minutes;
}

/**
 * Runs the syncs on a schedule in every API instance; the advisory lock of each call lets one instance run it while
 * the others skip it. Off when the API is not configured.
 */
@Injectable()
export class DsSyncScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DsSyncScheduler.name);
  private timer: NodeJS.Timeout | null = null;
  private tick: Promise<void> | null = null;

  constructor(private readonly syncs: DsSyncsService) {}

  onApplicationBootstrap(): void {
    const minutes = syncIntervalMinutes();
    if (minutes === 0 || !dsApiSettings()) return;
    this.timer = setInterval(() => {
      if (this.tick) return;
      this.tick = this.syncs
        .runAll()
        .catch((error: unknown) => this.logger.error({ err: error }, 'Scheduled DS synchronisation failed'))
        .finally(() => (this.tick = null));
    }, minutes * 60_000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.tick;
    await Promise.allSettled([...this.syncs.running.values()]);
  }
}
