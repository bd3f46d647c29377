import { ConflictException, Injectable, Logger } from '@nestjs/common';
import { DataSource, type QueryRunner } from 'typeorm';
import type { Actor } from '../../common/auth/request-user.js';
import { definedOnly, notFound, RecordWriter } from '../../common/crud/record-writer.js';
import { splitVersion } from '../../common/crud/version.dto.js';
import { bilingual } from '../../common/errors/bilingual.js';
import { findList } from '../../common/list/find-list.js';
import type { ListQuery } from '../../common/list/list-query.js';
import type { ImportRowError } from '../application-imports/application-import.entity.js';
import { ApplicationImportsService } from '../application-imports/application-imports.service.js';
import { upsertApplications } from '../application-imports/application-upsert.js';
import { proposeMapping } from '../application-imports/header-matching.js';
import { mappingIndexes, mapRow, type MappedRow } from '../application-imports/row-mapping.js';
import { DsClient, type DsApiSettings, dsApiSettings, type DsDossier } from './ds-client.js';
import { DsSync } from './ds-sync.entity.js';
import { dsSyncListSpec } from './ds-syncs.list-spec.js';
import type { CreateDsSyncDto, UpdateDsSyncDto } from './dto/ds-sync.dto.js';

/** First key of the advisory locks of DS runs (the second is the sync's id): one run per call across API instances. */
const LOCK_SPACE = 1766200;
const CHUNK = 1000;

/** The columns of the platform's export, so that the API's files map as the export's rows do (same remembered mapping). */
const FIXED = ['ID', 'Email', 'Déposé le', 'État du dossier', 'Dernière mise à jour le', 'Archivé', 'Entreprise raison sociale', 'Établissement SIRET', 'Association RNA', 'Association titre', 'Civilité', 'Nom', 'Prénom'];

/** A page of the API's files as the export's table: the fixed columns, then every form field's label in order. */
export function dossiersAsTable(dossiers: DsDossier[]): { headers: string[]; rows: string[][] } {
  const labels: string[] = [];
  for (const d of dossiers) for (const c of d.champs) if (!labels.includes(c.label) && !FIXED.includes(c.label)) labels.push(c.label);
  const headers = [...FIXED, ...labels];
  const rows = dossiers.map((d) => {
    const m = d.demandeur?.__typename === 'PersonneMorale' ? d.demandeur : null;
    const p = d.demandeur?.__typename === 'PersonnePhysique' ? d.demandeur : null;
    const fixed = [String(d.number), d.usager.email, d.dateDepot ?? '', d.state, d.dateDerniereModification ?? '', d.archived ? 'true' : 'false', m?.entreprise?.raisonSociale ?? '', m?.siret ?? '', m?.association?.rna ?? '', m?.association?.titre ?? '', p?.civilite ?? '', p?.nom ?? '', p?.prenom ?? ''];
    const byLabel = new Map(d.champs.map((c) => [c.label, c.stringValue ?? '']));
    return [...fixed, ...labels.map((l) => byLabel.get(l) ?? '')];
  });
  return { headers, rows };
}

const latest = (dates: string[], previous: Date | null): string | null => {
  let best = previous ? previous.getTime() : null;
  for (const d of dates) {
    const t = Date.parse(d);
    if (!Number.isNaN(t) && (best === null || t > best)) best = t;
  }
  return best === null ? null : new Date(best).toISOString();
};

/**
 * Synchronisation of a call's applications with its procedure through the platform's GraphQL API: on demand and on
 * a schedule, incremental (files changed since the latest modification seen, deletions since the latest seen),
 * one run per call at a time under a PostgreSQL advisory lock; a run's data and its new starting point commit
 * together, so a failed run (root-level GraphQL error, HTTP error) changes nothing but the sync's status.
 */
@Injectable()
export class DsSyncsService {
  private readonly logger = new Logger(DsSyncsService.name);
  /** Runs of this process, awaited by tests and at shutdown. */
  readonly running = new Map<number, Promise<void>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly writer: RecordWriter,
    private readonly imports: ApplicationImportsService,
  ) {}

  list(query: ListQuery) {
    return findList(this.dataSource.getRepository(DsSync).createQueryBuilder('sync'), query, dsSyncListSpec);
  }

  async getOrFail(id: number): Promise<DsSync> {
    const found = await this.dataSource.getRepository(DsSync).findOneBy({ id });
    if (!found) throw notFound('ds-syncs', id);
    return found;
  }

  async create(dto: CreateDsSyncDto, actor: Actor): Promise<DsSync> {
    await this.imports.getCall(dto.callId);
    return this.writer.create(DsSync, 'ds-syncs', { ...dto, status: 'never' }, actor);
  }

  update(id: number, dto: UpdateDsSyncDto, actor: Actor): Promise<DsSync> {
    const { version, patch } = splitVersion(dto);
    return this.writer.update(DsSync, 'ds-syncs', id, version, definedOnly(patch) as Partial<DsSync>, actor, {
      check: async (current) => {
        if (patch.callId !== undefined && patch.callId !== current.callId) await this.imports.getCall(patch.callId);
        // Another procedure starts from its beginning.
        if (patch.procedureNumber !== undefined && patch.procedureNumber !== current.procedureNumber) Object.assign(patch, { updatedSince: null, deletedSince: null });
      },
    });
  }

  remove(id: number, actor: Actor): Promise<DsSync> {
    return this.writer.remove(DsSync, 'ds-syncs', id, actor);
  }

  /** On demand: 409 when the API is not configured or a run of this call is under way (here or on another instance). */
  async start(id: number, actor: Actor | null): Promise<DsSync> {
    const outcome = await this.launch(id, actor);
    if (outcome === 'busy') throw new ConflictException({ message: bilingual('Une synchronisation de cet appel est déjà en cours', 'A synchronisation of this call is already running') });
    return this.getOrFail(id);
  }

  /**
   * Takes the call's lock, marks the run started, and goes on in the background holding the lock. 'busy' when
   * another run holds it. The returned promise (in `running`) ends with the run.
   */
  async launch(id: number, actor: Actor | null): Promise<'started' | 'busy'> {
    const sync = await this.getOrFail(id);
    const settings = dsApiSettings();
    if (!settings) {
      throw new ConflictException({
        message: bilingual("L'API de Démarches Simplifiées n'est pas configurée (DS_API_URL, DS_API_TOKEN)", 'The Démarches Simplifiées API is not configured (DS_API_URL, DS_API_TOKEN)'),
      });
    }
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    let locked = false;
    try {
      [{ locked }] = await runner.query(`SELECT pg_try_advisory_lock($1, $2) AS locked`, [LOCK_SPACE, id]);
    } finally {
      if (!locked) await runner.release();
    }
    if (!locked) return 'busy';
    try {
      await this.dataSource.query(`UPDATE ds_syncs SET status = 'running', last_started_at = now(), last_error = NULL WHERE id = $1`, [id]);
    } catch (error) {
      await runner.query(`SELECT pg_advisory_unlock($1, $2)`, [LOCK_SPACE, id]).catch(() => undefined);
      await runner.release();
      throw error;
    }
    const run = this.execute(runner, sync, settings, actor).finally(async () => {
      await runner.query(`SELECT pg_advisory_unlock($1, $2)`, [LOCK_SPACE, id]).catch(() => undefined);
      await runner.release();
      this.running.delete(id);
    });
    this.running.set(id, run);
    return 'started';
  }

  /** Every enabled sync, one after the other (the scheduler). */
  async runAll(): Promise<void> {
    const syncs: { id: number }[] = await this.dataSource.query(`SELECT id FROM ds_syncs WHERE enabled ORDER BY id`);
    for (const { id } of syncs) {
      if ((await this.launch(id, null)) === 'started') await this.running.get(id);
    }
  }

  private async execute(runner: QueryRunner, sync: DsSync, settings: DsApiSettings, actor: Actor | null): Promise<void> {
    const client = new DsClient(settings);
    try {
      const dossiers = await client.dossiers(sync.procedureNumber, sync.updatedSince?.toISOString() ?? null);
      const deleted = await client.deletedDossiers(sync.procedureNumber, sync.deletedSince?.toISOString() ?? null);
      const call = await this.imports.getCall(sync.callId);
      const { headers, rows } = dossiersAsTable(dossiers);
      const indexes = mappingIndexes(headers, proposeMapping(headers, await this.imports.rememberedMapping(sync.callId)));
      const valid: MappedRow[] = [];
      const errors: ImportRowError[] = [];
      rows.forEach((cells, i) => {
        const result = mapRow(headers, cells, indexes, call.track);
        if ('row' in result) valid.push(result.row);
        else errors.push({ row: i + 1, reference: cells[0], reasons: result.problems.map(({ fr, en }) => bilingual(fr, en)), cells });
      });
      const source = `ds-syncs/${sync.id}`;
      await runner.startTransaction();
      const counts = { created: 0, updated: 0, unchanged: 0 };
      for (let i = 0; i < valid.length; i += CHUNK) {
        const done = await upsertApplications(runner.manager, call, valid.slice(i, i + CHUNK), actor, source);
        counts.created += done.created;
        counts.updated += done.updated;
        counts.unchanged += done.unchanged;
      }
      const removed: { id: number }[] = deleted.length
        ? await runner.query(
            `WITH gone AS (SELECT * FROM jsonb_to_recordset($2::jsonb) AS g(number int, "dateSupression" timestamptz)),
                  marked AS (
                    UPDATE applications a SET source_deleted_at = g."dateSupression",
                           status = CASE WHEN a.status = 'received' THEN 'withdrawn' ELSE a.status END,
                           version = a.version + 1, updated_at = now()
                      FROM gone g WHERE a.call_id = $1 AND a.reference = g.number::text AND a.source_deleted_at IS NULL
                    RETURNING a.id, a.status, g."dateSupression")
             INSERT INTO audit_events (actor_id, actor_email, resource, record_id, action, changes, request_id)
             SELECT $3, $4, 'applications', id::text, 'update',
                    jsonb_build_object('sourceDeletedAt', jsonb_build_object('before', NULL, 'after', "dateSupression"), 'source', jsonb_build_object('before', NULL, 'after', $5::text)), $6
               FROM marked RETURNING record_id AS id`,
            [call.id, JSON.stringify(deleted), actor?.user.id ?? null, actor?.user.email ?? null, source, actor?.requestId ?? null],
          )
        : [];
      const lastCounts = { fetched: dossiers.length, ...counts, deleted: removed.length, rejected: errors.length, rateLimited: client.rateLimited };
      await runner.query(
        `UPDATE ds_syncs SET status = 'succeeded', updated_since = $2, deleted_since = $3, last_counts = $4, last_row_errors = $5, last_error = NULL,
                last_finished_at = now(), last_succeeded_at = now() WHERE id = $1`,
        [sync.id, latest(dossiers.map((d) => d.dateDerniereModification), sync.updatedSince), latest(deleted.map((d) => d.dateSupression), sync.deletedSince), JSON.stringify(lastCounts), JSON.stringify(errors.slice(0, 1000))],
      );
      await runner.commitTransaction();
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      this.logger.warn({ err: error, syncId: sync.id }, 'DS synchronisation failed');
      await this.dataSource
        .query(`UPDATE ds_syncs SET status = 'failed', last_error = $2, last_finished_at = now(), last_counts = $3 WHERE id = $1`, [sync.id, (error as Error).message.slice(0, 2000), JSON.stringify({ rateLimited: client.rateLimited })])
        .catch((e: unknown) => this.logger.error({ err: e, syncId: sync.id }, 'Could not record the failure of a DS synchronisation'));
    }
  }
}
