import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../common/crud/versioned.entity.js';
import type { ImportRowError } from '../application-imports/application-import.entity.js';

export const DS_SYNC_STATUSES = ['never', 'running', 'succeeded', 'failed'] as const;
export type DsSyncStatus = (typeof DS_SYNC_STATUSES)[number];

export interface DsSyncCounts {
  fetched?: number;
  created?: number;
  updated?: number;
  unchanged?: number;
  deleted?: number;
  rejected?: number;
  rateLimited?: number;
}

/** A call synchronised with its procedure on Démarches Simplifiées: where the last run left off and how it went. */
@Entity({ name: 'ds_syncs' })
export class DsSync extends VersionedEntity {
  @Column({ name: 'call_id', type: 'integer' })
  callId: number;

  @Column({ name: 'procedure_number', type: 'integer' })
  procedureNumber: number;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @Column({ type: 'text', default: 'never' })
  status: DsSyncStatus;

  /** Files modified since then are asked for on the next run (the latest modification seen). */
  @Column({ name: 'updated_since', type: 'timestamptz', nullable: true })
  updatedSince: Date | null;

  @Column({ name: 'deleted_since', type: 'timestamptz', nullable: true })
  deletedSince: Date | null;

  @Column({ name: 'last_started_at', type: 'timestamptz', nullable: true })
  lastStartedAt: Date | null;

  @Column({ name: 'last_finished_at', type: 'timestamptz', nullable: true })
  lastFinishedAt: Date | null;

  @Column({ name: 'last_succeeded_at', type: 'timestamptz', nullable: true })
  lastSucceededAt: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'last_counts', type: 'jsonb', default: () => `'{}'` })
  lastCounts: DsSyncCounts;

  @Column({ name: 'last_row_errors', type: 'jsonb', default: () => `'[]'` })
  lastRowErrors: ImportRowError[];
}
