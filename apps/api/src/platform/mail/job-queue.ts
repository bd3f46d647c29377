import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import { type Job, type JobResult, PgBoss, type SendOptions } from 'pg-boss';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../app-config.provider.js';
import type { AppConfig } from '../../config.js';

/** pg-boss keeps its jobs in a schema of its own, beside the application's tables. */
export const JOB_SCHEMA = 'pgboss';

/**
 * Creates or upgrades pg-boss's schema as the tables' owner (at start-up, after the migrations, under their lock),
 * then lets the application role use it: the API's role may not create schemas, tables or functions, so pg-boss
 * runs there with `migrate: false`. Queues are not partitioned, so creating one is a row, not a table.
 */
export async function installJobQueue(ownerUrl: string): Promise<void> {
  const boss = new PgBoss({ connectionString: ownerUrl, schema: JOB_SCHEMA, supervise: false, schedule: false, max: 1, registerInstance: false });
  const errors: Error[] = [];
  boss.on('error', (error: Error) => errors.push(error));
  await boss.start();
  await boss.stop({ graceful: false });
  if (errors.length > 0) throw errors[0];
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'aic_app') AND current_user <> 'aic_app' THEN
          GRANT USAGE ON SCHEMA ${JOB_SCHEMA} TO aic_app;
          GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOB_SCHEMA} TO aic_app;
          GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${JOB_SCHEMA} TO aic_app;
          GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${JOB_SCHEMA} TO aic_app;
        END IF;
      END $$`);
  } finally {
    await client.end();
  }
}

export type JobHandler<T> = (job: Job<T>) => Promise<void>;

/**
 * The API's pg-boss: started when this instance sends e-mail through SMTP or runs the background jobs (AIC_JOBS).
 * A job is claimed by one worker of one instance (SKIP LOCKED), retried with back-off after an error, and kept in
 * PostgreSQL across restarts; a cron schedule fires once per slot whatever the number of instances.
 */
@Injectable()
export class JobQueue implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('jobs');
  private boss: PgBoss | null = null;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get running(): boolean {
    return this.boss !== null;
  }

  async onModuleInit(): Promise<void> {
    if (!this.config.smtpUrl && !this.config.jobs) return;
    const boss = new PgBoss({
      connectionString: (this.dataSource.options as { url: string }).url,
      schema: JOB_SCHEMA,
      migrate: false,
      max: 3,
      supervise: this.config.jobs,
      schedule: this.config.jobs,
    });
    boss.on('error', (error: Error) => this.logger.error(`pg-boss: ${error.message}`));
    await boss.start();
    this.boss = boss;
  }

  async beforeApplicationShutdown(): Promise<void> {
    // Before TypeORM's pool closes: a job being handled finishes (or, past the timeout, is retried later).
    await this.boss?.stop({ graceful: true, timeout: 5_000 });
    this.boss = null;
  }

  /** Queues a job in the caller's transaction: it exists if and only if the transaction commits. */
  async sendInTransaction(em: EntityManager, queue: string, data: object, options: SendOptions = {}): Promise<void> {
    const boss = this.required();
    const client = (await em.queryRunner!.connect()) as pg.PoolClient;
    await boss.send(queue, data, { ...options, db: { executeSql: (text, values) => client.query(text, values as unknown[]) } });
  }

  /**
   * Handles the queue's jobs one by one, fetched up to `batchSize` at a time; while fetches come back full, the next
   * one follows at once (otherwise every `pollingIntervalSeconds`). A handler's error fails that job alone, which
   * pg-boss retries as its options say.
   */
  async work<T extends object>(queue: string, handler: JobHandler<T>, { pollingIntervalSeconds = 2, batchSize = 5 } = {}): Promise<void> {
    const boss = this.required();
    await boss.createQueue(queue);
    await boss.work<T>(queue, { pollingIntervalSeconds, batchSize, burstWhenBatchFull: true, perJobResults: true }, async (jobs) => {
      const results: JobResult[] = [];
      for (const job of jobs) {
        try {
          await handler(job);
          results.push({ id: job.id, status: 'completed' });
        } catch (error) {
          results.push({ id: job.id, status: 'failed', output: { message: (error as Error).message } });
        }
      }
      return results;
    });
  }

  /** Every instance may declare the same schedule: pg-boss runs each slot once. */
  async schedule(queue: string, cron: string, handler: JobHandler<object>): Promise<void> {
    const boss = this.required();
    await boss.createQueue(queue);
    await boss.schedule(queue, cron, null, { tz: 'Europe/Paris', missed: 'once' });
    await this.work(queue, handler, { pollingIntervalSeconds: 30, batchSize: 1 });
  }

  async createQueue(queue: string): Promise<void> {
    await this.required().createQueue(queue);
  }

  private required(): PgBoss {
    if (!this.boss) throw new Error('the job queue is not started (SMTP_URL unset and AIC_JOBS=false)');
    return this.boss;
  }
}
