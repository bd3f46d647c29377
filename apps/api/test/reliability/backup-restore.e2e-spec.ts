import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from '../../src/bench/cluster.js';
import { BACKUP_META, takeBaseBackup } from '../../src/database/backup/base-backup.js';
import { extractArchive } from '../../src/database/backup/archive.js';
import { restoreBaseBackup } from '../../src/database/backup/restore.js';
import { EMBEDDED_OWNER, type EmbeddedDatabase, startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { runMigrations } from '../../src/database/prepare-database.js';
import { scratchDir } from '../scratch-dir.mjs';

// A server of this test's own (the backup copies a whole data directory).
const dataDir = scratchDir('backup-test');
const pgDir = join(dataDir, 'pg');
const archive = join(dataDir, 'backup.tar.gz');
let server: EmbeddedDatabase | null = null;

afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

type TableState = Record<string, { rows: number; md5: string }>;

/** Row count and a checksum of every row (its text form, sorted) of every table of the public schema. */
async function tableState(db: pg.Client | pg.Pool): Promise<TableState> {
  const tables = (await db.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).rows.map((r) => r.tablename as string);
  const state: TableState = {};
  for (const table of tables) {
    const { rows } = await db.query(`SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5 FROM "${table}" t`);
    state[table] = rows[0];
  }
  return state;
}

/**
 * Writers that insert, update and delete rows (some large enough to be TOASTed) as fast as they can, and can be paused:
 * pause() resolves once no write is in flight, so that nothing commits until resume().
 */
function startWriters(pool: pg.Pool, count: number) {
  let paused: Promise<void> | null = null;
  let release = () => {};
  let stopped = false;
  let acknowledged = 0;
  const idle = new Set<number>();
  let onIdle = () => {};
  const loop = async (writer: number) => {
    for (let n = 0; !stopped; n++) {
      if (paused) {
        idle.add(writer);
        onIdle();
        await paused;
        idle.delete(writer);
        continue;
      }
      const roll = (writer * 7919 + n * 104729) % 10;
      if (roll < 6) {
        const payload = n % 25 === 0 ? 'x'.repeat(12_000) + n : `w${writer}-${n}`;
        await pool.query('INSERT INTO backup_probe (writer, n, payload) VALUES ($1, $2, $3)', [writer, n, payload]);
      } else if (roll < 9) {
        await pool.query('UPDATE backup_probe SET touched = touched + 1, payload = payload || $2 WHERE id = (SELECT max(id) FROM backup_probe) - $1', [n % 5000, `/${writer}`]);
      } else {
        await pool.query('DELETE FROM backup_probe WHERE id = (SELECT min(id) FROM backup_probe) + $1', [n % 1000]);
      }
      acknowledged++;
    }
  };
  const loops = Array.from({ length: count }, (_, k) => loop(k));
  return {
    acknowledged: () => acknowledged,
    async pause() {
      paused = new Promise((resolve) => (release = resolve));
      await new Promise<void>((resolve) => {
        onIdle = () => idle.size === count && resolve();
        onIdle();
      });
    },
    resume() {
      paused = null;
      release();
    },
    async stop() {
      stopped = true;
      this.resume();
      await Promise.all(loops);
    },
  };
}

describe('db:backup and db:restore of the embedded server', () => {
  it('backs up while writes run, and a restore brings back exactly the state at pg_backup_stop', async () => {
    const port = await freePort();
    server = await startEmbeddedPostgres(dataDir, port, 'aic', () => undefined);
    await runMigrations(server.ownerUrl, () => undefined); // the application's tables too
    const pool = new pg.Pool({ connectionString: server.ownerUrl, max: 6 });
    pool.on('error', () => undefined); // idle connections closed when a failed test stops the server
    await pool.query(`CREATE TABLE backup_probe (id bigserial PRIMARY KEY, writer int NOT NULL, n int NOT NULL, payload text NOT NULL, touched int NOT NULL DEFAULT 0)`);
    await pool.query(`CREATE INDEX backup_probe_writer_n ON backup_probe (writer, n)`);
    await pool.query(`INSERT INTO backup_probe (writer, n, payload) SELECT -1, i, repeat(md5(i::text), 4) FROM generate_series(1, 80000) i`);
    await pool.query(`INSERT INTO seasons (name, year) VALUES ('Saison de la sauvegarde', 2030)`);

    const writers = startWriters(pool, 4);
    let atStart = 0;
    let duringCopy = 0;
    let atStop: TableState = {};
    const meta = await takeBaseBackup({
      connection: { host: '127.0.0.1', port, database: 'postgres', ...EMBEDDED_OWNER },
      pgDir,
      out: archive,
      hooks: {
        started: () => {
          atStart = writers.acknowledged();
        },
        // The restored state is the one at pg_backup_stop: the writers pause just before it, so that the state read
        // then is exactly that one; they resume once it returned, and what they write then must not come back.
        beforeStop: async () => {
          await writers.pause();
          duringCopy = writers.acknowledged() - atStart;
          atStop = await tableState(pool);
        },
        stopped: () => writers.resume(),
      },
    });
    const afterStop = writers.acknowledged();
    while (writers.acknowledged() < afterStop + 200) await new Promise((r) => setTimeout(r, 20));
    await writers.stop();
    expect(duringCopy).toBeGreaterThan(50); // the data directory was copied while it changed

    // More changes after the backup: those acknowledged after pg_backup_stop, then a batch of updates and deletes.
    expect(await tableState(pool)).not.toEqual(atStop);
    await pool.query('UPDATE backup_probe SET touched = touched + 100 WHERE id % 7 = 0');
    await pool.query('DELETE FROM backup_probe WHERE id % 11 = 0');
    await pool.query(`DELETE FROM seasons WHERE name = 'Saison de la sauvegarde'`);
    await pool.end();
    await server.stop();
    server = null;

    // The archive: the data directory without the server's runtime files, the WAL of the backup, its label.
    const names = (await extractArchive(archive, join(dataDir, 'inspect'), () => true)).map((e) => e.name);
    rmSync(join(dataDir, 'inspect'), { recursive: true, force: true });
    expect(names).toEqual(expect.arrayContaining(['PG_VERSION', 'global/pg_control', 'backup_label', BACKUP_META, ...meta.walFiles.map((f) => `pg_wal/${f}`)]));
    expect(names.filter((n) => /^(postmaster\.(pid|opts)|pg_stat_tmp\/.+|pg_replslot\/.+)$/.test(n))).toEqual([]);
    expect(names.filter((n) => n.startsWith('pg_wal/') && /^[0-9A-F]{24}$/.test(n.slice(7)))).toEqual(meta.walFiles.map((f) => `pg_wal/${f}`));

    const restored = await restoreBaseBackup(archive, pgDir);
    expect(restored.keptAside).not.toBeNull();
    expect(existsSync(join(restored.keptAside!, 'PG_VERSION'))).toBe(true); // the replaced data is kept, not deleted
    expect(readFileSync(join(pgDir, 'backup_label'), 'utf8')).toContain(`LABEL: ${meta.label}`);

    server = await startEmbeddedPostgres(dataDir, port, 'aic', () => undefined);
    const db = new pg.Client({ connectionString: server.ownerUrl });
    await db.connect();
    try {
      expect((await db.query('SELECT pg_is_in_recovery() AS r')).rows[0].r).toBe(false);
      const state = await tableState(db);
      expect(state).toEqual(atStop);
      expect(state.backup_probe.rows).toBeGreaterThan(80_000);
      // Indexes replayed consistently with their tables.
      await db.query('CREATE EXTENSION IF NOT EXISTS amcheck');
      const indexes = await db.query(
        `SELECT c.relname, bt_index_check(c.oid, true) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
          JOIN pg_namespace s ON s.oid = c.relnamespace WHERE a.amname = 'btree' AND s.nspname = 'public'`,
      );
      expect(indexes.rowCount).toBeGreaterThan(10);
      // The restored server takes writes.
      await db.query(`INSERT INTO backup_probe (writer, n, payload) VALUES (99, 1, 'after restore')`);
    } finally {
      await db.end();
    }
  }, 90_000);
});
