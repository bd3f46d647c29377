import { BadRequestException, ConflictException, Injectable, Logger, NotFoundException, type OnApplicationShutdown } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { type ImportField, type ImportMapping, IMPORT_FIELDS } from '@aic/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/request-user.js';
import { notFound } from '../../common/crud/record-writer.js';
import { bilingual, type Bilingual } from '../../common/errors/bilingual.js';
import { findList } from '../../common/list/find-list.js';
import type { ListQuery } from '../../common/list/list-query.js';
import { AuditService, diffRecords } from '../../platform/audit-events/audit.service.js';
import { ApplicationImport, type ImportRowError } from './application-import.entity.js';
import { applicationImportListSpec } from './application-imports.list-spec.js';
import { upsertApplications } from './application-upsert.js';
import { mappingProblems, proposeMapping } from './header-matching.js';
import { detectFormat, readTable, UnreadableFileError } from './import-file-reader.js';
import { mappingIndexes, mapRow, type MappedRow, type Track } from './row-mapping.js';

const PREVIEW_ROWS = 10;
const CHUNK = 1000;
/** Rows in error kept with their cells for the download; beyond, only counted. */
const MAX_KEPT_ERRORS = 20_000;

export interface ImportCall {
  id: number;
  seasonId: number;
  track: Track;
}

const PROBLEM_TEXTS: Record<string, Bilingual> = {
  unknown: bilingual('Champ inconnu', 'Unknown field'),
  missing: bilingual("Cette colonne n'est pas dans le fichier", 'This column is not in the file'),
  duplicate: bilingual('Colonne déjà choisie pour un autre champ', 'Column already chosen for another field'),
  required: bilingual('Choisissez la colonne de ce champ', 'Choose the column of this field'),
};

/**
 * Import of a call's applications from an export file: upload (read whole, preview and proposed mapping), then a
 * run with the lead's mapping (remembered for the call) that writes all valid rows in one transaction and reports
 * its progress outside it.
 */
/** First key of the advisory lock a run holds (the second is the import's id); DS syncs use 1766200. */
const RUN_LOCK_SPACE = 1766201;

@Injectable()
export class ApplicationImportsService implements OnApplicationShutdown {
  private readonly logger = new Logger(ApplicationImportsService.name);
  /** Runs of this process, awaited by tests and at shutdown. */
  readonly running = new Map<number, Promise<void>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.running.values()]);
  }

  list(query: ListQuery) {
    return findList(this.dataSource.getRepository(ApplicationImport).createQueryBuilder('import'), query, applicationImportListSpec);
  }

  async getOrFail(id: number): Promise<ApplicationImport> {
    const found = await this.dataSource.getRepository(ApplicationImport).findOneBy({ id });
    if (!found) throw notFound('application-imports', id);
    if (found.status === 'running' && (await this.failIfOrphaned(id))) return this.getOrFail(id);
    return found;
  }

  /**
   * An import left 'running' by a process that died (its run's transaction, and the advisory lock it held, ended with
   * it): marked failed, so that the lead sees why and can run it again. Nothing of it was written (one transaction).
   * The minute of grace covers the moment between the start and the run taking its lock.
   */
  private async failIfOrphaned(id: number): Promise<boolean> {
    return this.dataSource.transaction(async (em) => {
      const [orphan] = await em.query(
        `SELECT 1 FROM application_imports WHERE id = $1 AND status = 'running' AND started_at < now() - interval '1 minute'
            AND pg_try_advisory_xact_lock($2, $1)`,
        [id, RUN_LOCK_SPACE],
      );
      if (!orphan) return false;
      const message = bilingual('Import interrompu par un arrêt du serveur, rien n’a été enregistré : relancez-le', 'Import stopped by a server shutdown, nothing was saved: run it again');
      await em.query(`UPDATE application_imports SET status = 'failed', error = $2, finished_at = now(), version = version + 1, updated_at = now() WHERE id = $1`, [id, JSON.stringify(message)]);
      this.logger.warn({ importId: id }, 'Application import found orphaned (its process stopped): marked failed');
      return true;
    });
  }

  async getCall(callId: number): Promise<ImportCall> {
    const [call] = await this.dataSource.query(`SELECT id, season_id AS "seasonId", track FROM calls WHERE id = $1`, [callId]);
    if (!call) throw new NotFoundException({ message: bilingual(`Appel à candidatures ${callId} introuvable`, `Call for applications ${callId} not found`) });
    return call;
  }

  async rememberedMapping(callId: number): Promise<ImportMapping | null> {
    const [row] = await this.dataSource.query(`SELECT mapping FROM call_import_mappings WHERE call_id = $1`, [callId]);
    return row?.mapping ?? null;
  }

  async upload(callId: number, fileName: string, content: Buffer, actor: Actor): Promise<ApplicationImport> {
    await this.getCall(callId);
    const format = detectFormat(content);
    let headers: string[] | null = null;
    const preview: string[][] = [];
    let totalRows = 0;
    try {
      for await (const row of readTable(content, format)) {
        if (headers === null) headers = row.map((h) => h.normalize('NFC').trim());
        else {
          if (preview.length < PREVIEW_ROWS) preview.push(row);
          totalRows++;
        }
      }
    } catch (error) {
      if (error instanceof UnreadableFileError) throw new BadRequestException({ message: bilingual(error.fr, error.en) });
      throw error;
    }
    if (headers === null || totalRows === 0) {
      throw new BadRequestException({ message: bilingual('Le fichier ne contient aucun dossier (une ligne d’en-têtes puis une ligne par dossier)', 'The file holds no application (a header row, then one row per application)') });
    }
    const seen = new Set<string>();
    for (const header of headers) {
      if (header === '') throw new BadRequestException({ message: bilingual('Une colonne du fichier n’a pas d’en-tête', 'A column of the file has no header') });
      if (seen.has(header)) throw new BadRequestException({ message: bilingual(`Colonne en double dans le fichier : ${header}`, `Column twice in the file: ${header}`) });
      seen.add(header);
    }
    const mapping = proposeMapping(headers, await this.rememberedMapping(callId));
    return this.dataSource.transaction(async (em) => {
      const saved = await em.save(ApplicationImport, em.create(ApplicationImport, { callId, fileName: fileName.slice(0, 255), format, fileSize: content.length, content, headers, preview, mapping, totalRows, createdBy: actor.user.id }));
      const created = await em.findOneByOrFail(ApplicationImport, { id: saved.id });
      await this.audit.record(em, actor, 'application-imports', created.id, 'create', diffRecords(null, { callId, fileName: created.fileName, format, fileSize: content.length, totalRows }));
      return created;
    });
  }

  /** Checks the mapping, remembers it for the call, marks the import running and starts it; the admin polls. */
  async start(id: number, mapping: ImportMapping, actor: Actor): Promise<ApplicationImport> {
    const current = await this.getOrFail(id);
    const problems = mappingProblems(mapping, current.headers);
    if (Object.keys(problems).length > 0) {
      const errors = Object.fromEntries(Object.entries(problems).map(([field, code]) => [`mapping.${field}`, PROBLEM_TEXTS[code]]));
      throw new BadRequestException({ message: bilingual('Correspondance des colonnes à revoir', 'Column mapping to review'), errors });
    }
    const clean: ImportMapping = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, mapping[f] || null]));
    const started = await this.dataSource.transaction(async (em) => {
      const [updated] = await em.query(
        `UPDATE application_imports SET status = 'running', mapping = $2, started_at = now(), processed_rows = 0, error = NULL, version = version + 1, updated_at = now()
          WHERE id = $1 AND status IN ('uploaded', 'failed') RETURNING id`,
        [id, JSON.stringify(clean)],
      );
      if (updated.length === 0) {
        throw new ConflictException({ message: bilingual('Cet import est déjà lancé ou terminé', 'This import has already started or finished') });
      }
      await em.query(
        `INSERT INTO call_import_mappings (call_id, mapping) VALUES ($1, $2) ON CONFLICT (call_id) DO UPDATE SET mapping = EXCLUDED.mapping, updated_at = now()`,
        [current.callId, JSON.stringify(clean)],
      );
      await this.audit.record(em, actor, 'application-imports', id, 'update', diffRecords({ status: current.status, mapping: current.mapping }, { status: 'running', mapping: clean }));
      return em.findOneByOrFail(ApplicationImport, { id });
    });
    const run = this.run(id, actor).finally(() => this.running.delete(id));
    this.running.set(id, run);
    return started;
  }

  /** The import itself; never throws: a fatal error is recorded on the import and nothing is written. */
  async run(id: number, actor: Actor | null): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    try {
      const [{ content, mapping, call_id: callId }] = await this.dataSource.query(`SELECT content, mapping, call_id FROM application_imports WHERE id = $1`, [id]);
      const call = await this.getCall(callId);
      await runner.connect();
      await runner.startTransaction();
      // Held while the run lasts, released with its transaction or its connection (a process that dies): see failIfOrphaned.
      await runner.query(`SELECT pg_advisory_xact_lock($1, $2)`, [RUN_LOCK_SPACE, id]);
      const counts = { created: 0, updated: 0, unchanged: 0 };
      const errors: ImportRowError[] = [];
      let errorCount = 0;
      let headers: string[] = [];
      let indexes = new Map<ImportField, number[]>();
      const references = new Map<string, number>();
      let chunk: MappedRow[] = [];
      let rowNumber = 0;
      // One chunk is written while the next is parsed (PostgreSQL and Node work at once); its failure surfaces at
      // the next await of `writing`, which the catch below turns into a failed import.
      let writing: Promise<void> = Promise.resolve();
      const flush = () => {
        const rows = chunk;
        const processed = rowNumber - 1;
        chunk = [];
        writing = writing.then(async () => {
          const done = await upsertApplications(runner.manager, call, rows, actor, `application-imports/${id}`);
          counts.created += done.created;
          counts.updated += done.updated;
          counts.unchanged += done.unchanged;
          // Outside the transaction (the pool's own connection), so the admin sees it move.
          await this.dataSource.query(`UPDATE application_imports SET processed_rows = $2 WHERE id = $1`, [id, processed]);
        });
        writing.catch(() => undefined);
      };
      for await (const cells of readTable(content)) {
        rowNumber++;
        if (rowNumber === 1) {
          headers = cells.map((h) => h.normalize('NFC').trim());
          indexes = mappingIndexes(headers, mapping);
          continue;
        }
        const result = mapRow(headers, cells, indexes, call.track);
        let reasons = 'problems' in result ? result.problems.map(({ fr, en }) => bilingual(fr, en)) : [];
        if ('row' in result) {
          const first = references.get(result.row.reference);
          if (first !== undefined) reasons = [bilingual(`Numéro de dossier déjà vu à la ligne ${first}`, `File number already seen on row ${first}`)];
          else {
            references.set(result.row.reference, rowNumber);
            chunk.push(result.row);
          }
        }
        if (reasons.length > 0) {
          errorCount++;
          const reference = 'row' in result ? result.row.reference : (cells[indexes.get('reference')?.[0] ?? -1] ?? null);
          if (errors.length < MAX_KEPT_ERRORS) errors.push({ row: rowNumber, reference: reference || null, reasons, cells });
        }
        if (chunk.length >= CHUNK) {
          await writing;
          flush();
        }
      }
      flush();
      await writing;
      await runner.query(
        `UPDATE application_imports SET status = 'done', processed_rows = $2, created_count = $3, updated_count = $4, unchanged_count = $5, error_count = $6,
                row_errors = $7, content = NULL, finished_at = now(), version = version + 1, updated_at = now() WHERE id = $1`,
        [id, rowNumber - 1, counts.created, counts.updated, counts.unchanged, errorCount, JSON.stringify(errors)],
      );
      await runner.commitTransaction();
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      this.logger.error({ err: error, importId: id }, 'Application import failed');
      const message = error instanceof UnreadableFileError ? bilingual(error.fr, error.en) : bilingual(`Import interrompu, rien n’a été enregistré : ${(error as Error).message}`, `Import stopped, nothing was saved: ${(error as Error).message}`);
      await this.dataSource
        .query(`UPDATE application_imports SET status = 'failed', error = $2, finished_at = now(), version = version + 1, updated_at = now() WHERE id = $1`, [id, JSON.stringify(message)])
        .catch((e: unknown) => this.logger.error({ err: e, importId: id }, 'Could not record the failure of an import'));
    } finally {
      await runner.release();
    }
  }

  async rowErrors(id: number): Promise<ImportRowError[]> {
    await this.getOrFail(id);
    const [{ row_errors }] = await this.dataSource.query(`SELECT row_errors FROM application_imports WHERE id = $1`, [id]);
    return row_errors;
  }

  /** The rows in error as a CSV (`;`, BOM: opens as is in a French spreadsheet): row, reasons, then the file's cells. */
  async rowErrorsCsv(id: number, language: 'fr' | 'en'): Promise<{ fileName: string; csv: string }> {
    const current = await this.getOrFail(id);
    const errors = await this.rowErrors(id);
    const head = language === 'fr' ? ['Ligne', 'Motif'] : ['Row', 'Reason'];
    const csv = stringify([[...head, ...current.headers], ...errors.map((e) => [String(e.row), e.reasons.map((r) => r[language]).join(' ; '), ...e.cells])], { delimiter: ';', bom: true, record_delimiter: '\r\n' });
    return { fileName: `erreurs-import-${id}.csv`, csv };
  }
}
