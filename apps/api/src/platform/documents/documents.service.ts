import { Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import type { DocumentKind } from '@aic/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../app-config.provider.js';
import type { Actor } from '../../common/auth/request-user.js';
import { notFound, RecordWriter } from '../../common/crud/record-writer.js';
import { bilingual } from '../../common/errors/bilingual.js';
import { invalidField, REQUIRED } from '../../common/errors/validation-errors.js';
import { findList } from '../../common/list/find-list.js';
import type { ListQuery } from '../../common/list/list-query.js';
import { FILE_STORAGE, type FileStorage, StoredFileMissing } from '../../common/storage/file-storage.js';
import { AppValidationPipe } from '../../common/validation/app-validation.pipe.js';
import type { AppConfig } from '../../config.js';
import { AuditService, diffRecords } from '../audit-events/audit.service.js';
import { DocumentAccess, documentReadCondition, type DocumentOwnerRef, ownerOf } from './document-access.js';
import { Document } from './document.entity.js';
import { DocumentVersion } from './document-version.entity.js';
import { documentListSpec } from './documents.list-spec.js';
import { CreateDocumentDto, type UpdateDocumentDto } from './dto/document.dto.js';
import { readUpload } from './multipart.js';
import { receiveFile, type ReceivedFile, storageUnavailable } from './received-file.js';

const ONE_OWNER = bilingual('Un document appartient à un seul enregistrement : lauréat, subvention, versement ou comité', 'A document belongs to exactly one record: laureate, grant, disbursement or committee');
const validateFields = new AppValidationPipe({ expectedType: CreateDocumentDto });
/** Form fields are text: ids become numbers only when written as canonical decimal integers. */
const asFormValue = (key: string, value: string): unknown => (key.endsWith('Id') && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : value);

/** What a new document is, besides its file. */
export interface NewDocument {
  owner: DocumentOwnerRef;
  kind: DocumentKind;
  title: string;
}

/** A file ready to send: its bytes and what the download headers say. */
export interface OpenedFile {
  stream: Readable;
  fileName: string;
  mediaType: string;
  size: number;
}

@Injectable()
export class DocumentsService {
  private readonly logger = new Logger('Documents');
  private readonly maxBytes: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly writer: RecordWriter,
    private readonly audit: AuditService,
    private readonly access: DocumentAccess,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.maxBytes = config.maxUploadMb * 1024 * 1024;
  }

  /** Live documents the caller may read. */
  private query(actor: Actor, em: EntityManager = this.dataSource.manager) {
    const qb = em.getRepository(Document).createQueryBuilder('document').where('document.deleted_at IS NULL');
    const condition = documentReadCondition(actor.user, 'document');
    return condition ? qb.andWhere(`(${condition})`) : qb;
  }

  list(query: ListQuery, actor: Actor) {
    return findList(this.query(actor), query, documentListSpec);
  }

  async getOrFail(id: number, actor: Actor, em?: EntityManager): Promise<Document> {
    const document = await this.query(actor, em).andWhere('document.id = :id', { id }).getOne();
    if (!document) throw notFound('documents', id);
    return document;
  }

  async versions(id: number, actor: Actor): Promise<DocumentVersion[]> {
    await this.getOrFail(id, actor);
    return this.dataSource.getRepository(DocumentVersion).find({ where: { documentId: id }, order: { number: 'DESC' } });
  }

  /** `POST /documents`: the fields, then the file; the document and its first version. */
  async create(request: FastifyRequest, actor: Actor): Promise<Document> {
    const { fields, file } = await readUpload(request, this.storage, this.maxBytes, async (raw) => {
      const values = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, asFormValue(k, v)]));
      const dto = (await validateFields.transform(values, { type: 'body', metatype: CreateDocumentDto })) as CreateDocumentDto;
      const owner = ownerOf(dto);
      if (!owner) throw invalidField('laureateId', ONE_OWNER);
      await this.access.assertCanWrite(actor.user, owner, this.dataSource.manager);
      return { dto, owner };
    });
    const { dto, owner } = fields;
    const title = dto.title ?? (file.fileName.replace(/\.[^.]*$/, '') || file.fileName);
    return this.keepingFileOnlyIfSaved(file, () => this.saveNew(file, { owner, kind: dto.kind, title }, actor));
  }

  /** A file the product made (a letter, minutes), stored and recorded as an upload is. */
  async createFromBytes(bytes: Buffer, fileName: string, fields: NewDocument, actor: Actor): Promise<Document> {
    const file = await receiveFile(Readable.from([bytes]), fileName, this.storage, this.maxBytes);
    return this.keepingFileOnlyIfSaved(file, () => this.saveNew(file, fields, actor));
  }

  private saveNew(file: ReceivedFile, { owner, kind, title }: NewDocument, actor: Actor): Promise<Document> {
    return this.writer.transaction(async (tx) => {
      await this.access.assertCanWrite(actor.user, owner, tx);
      const created = await this.writer.create(Document, 'documents', { ...ownerFields(owner), kind, title, ...fileFields(file), fileVersion: 1, uploadedBy: actor.user.id }, actor, tx);
      await this.addVersion(tx, created.id, 1, file, actor);
      return created;
    });
  }

  /** `POST /documents/:id/versions`: a new file for the document; the previous ones are kept. */
  async addFileVersion(id: number, request: FastifyRequest, actor: Actor): Promise<Document> {
    const { file } = await readUpload(request, this.storage, this.maxBytes, async () => {
      const document = await this.getOrFail(id, actor);
      await this.access.assertCanWrite(actor.user, ownerOf(document)!, this.dataSource.manager);
    });
    return this.keepingFileOnlyIfSaved(file, () =>
      this.writer.transaction(async (tx) => {
        const current = await this.lockLive(tx, id, actor);
        const number = current.fileVersion + 1;
        const updated = await this.writer.update(Document, 'documents', id, current.version, { ...fileFields(file), fileVersion: number, uploadedBy: actor.user.id }, actor, {}, tx);
        await this.addVersion(tx, id, number, file, actor);
        return updated;
      }),
    );
  }

  update(id: number, dto: UpdateDocumentDto, actor: Actor): Promise<Document> {
    const { version, ...patch } = dto;
    if (patch.title === null) throw invalidField('title', REQUIRED);
    return this.writer.transaction(async (tx) => {
      await this.lockLive(tx, id, actor);
      return this.writer.update(Document, 'documents', id, version, { kind: patch.kind, title: patch.title ?? undefined }, actor, {}, tx);
    });
  }

  /** Deletion keeps the row and every file version for the audit trail: the document is only no longer listed or served. */
  remove(id: number, actor: Actor): Promise<Document> {
    return this.writer.transaction(async (tx) => {
      const current = await this.lockLive(tx, id, actor);
      await tx.query(`UPDATE documents SET deleted_at = now(), deleted_by = $2, version = version + 1, updated_at = now() WHERE id = $1`, [id, actor.user.id]);
      const kept: Array<{ number: number; sha256: string; storageKey: string }> = await tx.query(
        `SELECT number, sha256, storage_key AS "storageKey" FROM document_versions WHERE document_id = $1 ORDER BY number`,
        [id],
      );
      await this.audit.record(tx, actor, 'documents', id, 'delete', { ...diffRecords(current, null), keptFiles: { before: kept, after: kept } });
      return current;
    });
  }

  /** The bytes of the current version, or of version `number`. */
  async open(id: number, number: number | null, actor: Actor): Promise<OpenedFile> {
    const document = await this.getOrFail(id, actor);
    const [version]: Array<{ fileName: string; mediaType: string; size: number; storageKey: string }> = await this.dataSource.query(
      `SELECT file_name AS "fileName", media_type AS "mediaType", size, storage_key AS "storageKey" FROM document_versions WHERE document_id = $1 AND number = $2`,
      [id, number ?? document.fileVersion],
    );
    if (!version) throw new NotFoundException({ message: bilingual(`Version ${number} du document ${id} introuvable`, `Version ${number} of document ${id} not found`) });
    try {
      return { stream: await this.storage.get(version.storageKey), fileName: version.fileName, mediaType: version.mediaType, size: version.size };
    } catch (error) {
      if (error instanceof StoredFileMissing) {
        this.logger.error({ documentId: id, storage: this.storage.description }, 'Stored file missing');
        throw new NotFoundException({ message: bilingual('Fichier absent du stockage des documents', 'File missing from the document storage') });
      }
      this.logger.error({ err: { message: (error as Error).message, name: (error as Error).name }, storage: this.storage.description }, 'Storage read failed');
      throw storageUnavailable();
    }
  }

  /** A live document the caller may read (404 otherwise), locked, then their right to change it checked. */
  private async lockLive(tx: EntityManager, id: number, actor: Actor): Promise<Document> {
    await tx.query(`SELECT 1 FROM documents WHERE id = $1 FOR UPDATE`, [id]);
    const current = await this.getOrFail(id, actor, tx);
    await this.access.assertCanWrite(actor.user, ownerOf(current)!, tx);
    return current;
  }

  private async addVersion(tx: EntityManager, documentId: number, number: number, file: ReceivedFile, actor: Actor): Promise<void> {
    await tx.insert(DocumentVersion, { documentId, number, ...fileFields(file), storageKey: file.storageKey, uploadedBy: actor.user.id });
  }

  /** A stored file whose record could not be written is removed again: the storage holds only files the database knows. */
  private async keepingFileOnlyIfSaved<T>(file: ReceivedFile, save: () => Promise<T>): Promise<T> {
    try {
      return await save();
    } catch (error) {
      await this.storage.remove(file.storageKey).catch((e: Error) => this.logger.warn({ err: { message: e.message }, key: file.storageKey }, 'Orphan file left in storage'));
      throw error;
    }
  }
}

const ownerFields = (owner: DocumentOwnerRef) => ({
  laureateId: owner.resource === 'laureates' ? owner.id : null,
  grantId: owner.resource === 'grants' ? owner.id : null,
  disbursementId: owner.resource === 'disbursements' ? owner.id : null,
  committeeId: owner.resource === 'committees' ? owner.id : null,
});

const fileFields = (file: ReceivedFile) => ({ fileName: file.fileName, mediaType: file.mediaType, size: file.size, sha256: file.sha256, uploadedAt: new Date() });
