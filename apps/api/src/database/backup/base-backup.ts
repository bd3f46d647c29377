// Online backup of a running PostgreSQL data directory with the server's own low-level API
// (PostgreSQL 18 docs, "Making a Base Backup Using the Low Level API"): the npm package ships no pg_basebackup.
import { lstat, open, readdir, readFile, realpath, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { writeArchive } from './archive.js';

/** Name of the archive entry describing the backup; not part of the data directory. */
export const BACKUP_META = 'aic-backup.json';

export interface BackupMeta {
  format: 'aic-base-backup-1';
  label: string;
  createdAt: string;
  serverVersion: string;
  /** The major version in the data directory's PG_VERSION: a restore needs the same. */
  pgVersion: string;
  startLsn: string;
  stopLsn: string;
  walFiles: string[];
  files: number;
  bytes: number;
}

export interface BackupHooks {
  /** Right after pg_backup_start returned. */
  started?: () => Promise<void> | void;
  /** After the data directory is archived, just before pg_backup_stop. */
  beforeStop?: () => Promise<void> | void;
  /** Right after pg_backup_stop returned, before the WAL is copied. */
  stopped?: () => Promise<void> | void;
}

export interface BackupOptions {
  /** A superuser (or a role granted pg_backup_start/stop, pg_read_all_settings and REPLICATION) of the server. */
  connection: pg.ClientConfig;
  /** The server's data directory, on this machine: checked against the server's `data_directory`. */
  pgDir: string;
  out: string;
  label?: string;
  hooks?: BackupHooks;
  log?: (message: string) => void;
}

// What the docs say to leave out: these directories are copied empty, these files not at all.
const EMPTIED_DIRS = new Set(['pg_wal', 'pg_replslot', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_stat_tmp', 'pg_subtrans']);
const SKIPPED_ROOT_FILES = new Set(['postmaster.pid', 'postmaster.opts', 'backup_label', 'tablespace_map', 'backup_label.old', 'tablespace_map.old', 'postgresql.auto.conf.tmp', 'current_logfiles.tmp']);
const skippedAnywhere = (name: string) => name === 'pg_internal.init' || name.startsWith('pgsql_tmp');

const WAL_SEGMENT = /^[0-9A-F]{24}$/;

/** Number of a WAL segment file (timeline excluded), for a segment size in bytes. */
export function segmentNumber(walFile: string, segmentBytes: number): bigint {
  const log = BigInt(`0x${walFile.slice(8, 16)}`);
  const seg = BigInt(`0x${walFile.slice(16, 24)}`);
  return log * (0x1_0000_0000n / BigInt(segmentBytes)) + seg;
}

/**
 * Takes a base backup of the running server into a gzipped tar at `out`, without stopping it: pg_backup_start
 * (an immediate checkpoint), a copy of the data directory, pg_backup_stop (which forces a switch to the next WAL
 * segment), then the WAL segments from the backup's start to its stop, and the backup_label it returned. A temporary
 * replication slot keeps those segments from being recycled meanwhile. Unpacked into an empty directory, the archive
 * starts as a server that replays that WAL to the state at pg_backup_stop.
 */
export async function takeBaseBackup(options: BackupOptions): Promise<BackupMeta> {
  const log = options.log ?? (() => undefined);
  const label = options.label ?? `aic ${new Date().toISOString()}`;
  const client = new pg.Client(options.connection);
  await client.connect();
  const tmpOut = `${options.out}.partial`;
  let archive: ReturnType<typeof writeArchive> | null = null;
  try {
    const { dataDirectory, walLevel, serverVersion, segmentSize } = (await client.query(
      `SELECT current_setting('data_directory') AS "dataDirectory", current_setting('wal_level') AS "walLevel",
              current_setting('server_version') AS "serverVersion", current_setting('wal_segment_size') AS "segmentSize"`,
    )).rows[0] as Record<string, string>;
    if ((await realpath(dataDirectory)) !== (await realpath(options.pgDir))) {
      throw new Error(`the server connected to runs on ${dataDirectory}, not on ${options.pgDir}`);
    }
    if (walLevel === 'minimal') throw new Error('wal_level is minimal: an online backup needs replica or logical');
    const segmentBytes = parseSize(segmentSize);
    const tblspc = await readdir(join(options.pgDir, 'pg_tblspc'));
    if (tblspc.length) throw new Error(`tablespaces (${tblspc.join(', ')}) are not supported by this backup`);

    // Session-scoped: dropped when this connection ends, whatever happens.
    const slot = `aic_backup_${process.pid}_${Date.now()}`;
    await client.query('SELECT pg_create_physical_replication_slot($1, true, true)', [slot]);
    const startLsn = (await client.query('SELECT pg_backup_start($1, true)::text AS lsn', [label])).rows[0].lsn as string;
    log(`backup started at WAL ${startLsn}`);
    await options.hooks?.started?.();

    archive = writeArchive(tmpOut);
    let files = 0;
    let bytes = 0;
    const walk = async (relative: string): Promise<void> => {
      const entries = await readdir(join(options.pgDir, relative), { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return [];
        throw error;
      });
      for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        const name = relative ? `${relative}/${entry.name}` : entry.name;
        if (skippedAnywhere(entry.name) || (!relative && SKIPPED_ROOT_FILES.has(entry.name))) continue;
        const path = join(options.pgDir, name);
        const info = await lstat(path).catch(() => null);
        if (!info) continue; // removed since listed
        if (info.isDirectory()) {
          await archive!.directory(name, info.mode & 0o777);
          if (!relative && EMPTIED_DIRS.has(entry.name)) {
            if (entry.name === 'pg_wal') for (const sub of ['archive_status', 'summaries']) await archive!.directory(`pg_wal/${sub}`);
            continue;
          }
          await walk(name);
        } else if (info.isFile()) {
          if (await archive!.file(name, path, info.size, info.mode & 0o777)) {
            files++;
            bytes += info.size;
          }
        } else {
          throw new Error(`unexpected ${info.isSymbolicLink() ? 'symbolic link' : 'special file'} in the data directory: ${name}`);
        }
      }
    };
    await walk('');
    log(`data directory copied: ${files} files, ${(bytes / 1e6).toFixed(1)} MB`);

    await options.hooks?.beforeStop?.();
    // wait_for_archive false: WAL archiving is off on the embedded server; the segments are copied below instead.
    const stop = (await client.query('SELECT lsn::text AS lsn, labelfile, spcmapfile, pg_walfile_name(lsn) AS stop_file FROM pg_backup_stop(false)')).rows[0] as {
      lsn: string;
      labelfile: string;
      spcmapfile: string;
      stop_file: string;
    };
    await options.hooks?.stopped?.();
    log(`backup stopped at WAL ${stop.lsn}`);

    const startFile = /START WAL LOCATION: \S+ \(file ([0-9A-F]{24})\)/.exec(stop.labelfile)?.[1];
    if (!startFile) throw new Error(`unexpected backup_label:\n${stop.labelfile}`);
    const timeline = startFile.slice(0, 8);
    const [first, last] = [segmentNumber(startFile, segmentBytes), segmentNumber(stop.stop_file, segmentBytes)];
    const walDir = join(options.pgDir, 'pg_wal');
    const walNames = (await readdir(walDir)).sort();
    const walFiles = walNames.filter((name) => {
      if (!WAL_SEGMENT.test(name) || name.slice(0, 8) !== timeline) return false;
      const n = segmentNumber(name, segmentBytes);
      return n >= first && n <= last;
    });
    if (BigInt(walFiles.length) !== last - first + 1n) {
      throw new Error(`WAL segments ${startFile}…${stop.stop_file} expected, found ${walFiles.join(', ') || 'none'}`);
    }
    for (const name of [...walNames.filter((n) => n.endsWith('.history')), ...walFiles]) {
      const path = join(walDir, name);
      const size = (await stat(path)).size;
      if (WAL_SEGMENT.test(name) && size !== segmentBytes) throw new Error(`WAL segment ${name} has ${size} bytes, expected ${segmentBytes}`);
      if (!(await archive.file(`pg_wal/${name}`, path, size))) throw new Error(`WAL segment ${name} disappeared during the backup`);
    }
    await archive.buffer('backup_label', stop.labelfile);
    if (stop.spcmapfile) await archive.buffer('tablespace_map', stop.spcmapfile);
    const meta: BackupMeta = {
      format: 'aic-base-backup-1',
      label,
      createdAt: new Date().toISOString(),
      serverVersion,
      pgVersion: (await readFile(join(options.pgDir, 'PG_VERSION'), 'utf8')).trim(),
      startLsn,
      stopLsn: stop.lsn,
      walFiles,
      files,
      bytes,
    };
    await archive.buffer(BACKUP_META, `${JSON.stringify(meta, null, 2)}\n`);
    await archive.finish();
    archive = null;
    const written = await open(tmpOut, 'r');
    await written.sync(); // on disk before it gets its final name
    await written.close();
    await rename(tmpOut, options.out);
    return meta;
  } catch (error) {
    await archive?.abort(error as Error);
    await rm(tmpOut, { force: true });
    throw error;
  } finally {
    // Ending the session also aborts a backup still in progress and drops the temporary slot.
    await client.end().catch(() => undefined);
  }
}

function parseSize(value: string): number {
  const match = /^(\d+)\s*(kB|MB|GB)?$/.exec(value.trim());
  if (!match) throw new Error(`unexpected size setting ${value}`);
  return Number(match[1]) * ({ kB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 }[match[2] as 'kB' | 'MB' | 'GB'] ?? 1);
}
