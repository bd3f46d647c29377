import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../app-config.provider.js';
import type { AppConfig } from '../../config.js';
import { AuditService } from '../audit-events/audit.service.js';

/** Who purges, in the audit trail (no person: the scheduled job). */
export const RETENTION_ACTOR = 'job:retention';

/** An application's fields that name or describe a person, as the audit trail names them (entity property names). */
export const APPLICATION_PERSONAL_FIELDS = ['contactName', 'contactEmail', 'summary', 'answers'] as const;

export interface PurgeResult {
  /** E-mails deleted. */
  mailMessages: number;
  /** Applications whose personal fields were cleared. */
  applications: number;
}

/**
 * The retention periods of docs/personal-data.md, applied by a daily job (retention-jobs.ts) and every step audited:
 * - an e-mail is deleted `mailRetentionDays` after it was sent (in the outbox or failed: after its last change;
 *   queued or retrying ones are never touched);
 * - an application that did not become a laureate loses its contact, summary and form answers, and its evaluations
 *   their comments, `applicationRetentionMonths` after its season's end; its project, carrier, status and scores stay
 *   for the season's figures. Past audit events of those fields are redacted as an erasure does.
 * Running it again changes nothing.
 */
@Injectable()
export class RetentionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async purge(): Promise<PurgeResult> {
    return { mailMessages: await this.purgeMailMessages(), applications: await this.purgeApplications() };
  }

  /** One statement: the messages deleted and one `delete` event each (kind, status and dates; not the recipient). */
  async purgeMailMessages(): Promise<number> {
    const [{ deleted }] = await this.dataSource.query(
      `WITH gone AS (
         DELETE FROM mail_messages
          WHERE (status = 'sent' AND sent_at < now() - make_interval(days => $1))
             OR (status IN ('outbox', 'failed') AND updated_at < now() - make_interval(days => $1))
         RETURNING id, kind, status, created_at, sent_at
       ), audited AS (
         INSERT INTO audit_events (actor_id, actor_email, resource, record_id, action, changes)
         SELECT NULL, $2, 'mail-messages', id::text, 'delete', jsonb_build_object(
                  'kind', jsonb_build_object('before', kind, 'after', NULL),
                  'status', jsonb_build_object('before', status, 'after', NULL),
                  'createdAt', jsonb_build_object('before', created_at, 'after', NULL),
                  'sentAt', jsonb_build_object('before', sent_at, 'after', NULL),
                  'retentionDays', jsonb_build_object('before', NULL, 'after', $1::int))
           FROM gone
         RETURNING 1
       )
       SELECT count(*)::int AS deleted FROM audited`,
      [this.config.mailRetentionDays, RETENTION_ACTOR],
    );
    return deleted;
  }

  /**
   * A season ends with its accompaniment (`accompaniment_ends_on`); without that date, on 31 December of the year after
   * its year (later than any accompaniment of 7 to 12 months begun in that year). Each application in a transaction of
   * its own, under a row lock.
   */
  async purgeApplications(): Promise<number> {
    const due: Array<{ id: number }> = await this.dataSource.query(
      `SELECT a.id FROM applications a JOIN seasons s ON s.id = a.season_id
        WHERE a.laureate_id IS NULL
          AND coalesce(s.accompaniment_ends_on, make_date(s.year + 1, 12, 31)) < (now() - make_interval(months => $1))::date
          AND (a.contact_name IS NOT NULL OR a.contact_email IS NOT NULL OR a.summary IS NOT NULL OR a.answers <> '[]'::jsonb
               OR EXISTS (SELECT 1 FROM evaluations e WHERE e.application_id = a.id AND e.comment IS NOT NULL))
        ORDER BY a.id`,
      [this.config.applicationRetentionMonths],
    );
    let purged = 0;
    for (const { id } of due) {
      if (await this.dataSource.transaction((em) => this.purgeApplication(em, id))) purged += 1;
    }
    return purged;
  }

  private async purgeApplication(em: EntityManager, id: number): Promise<boolean> {
    const [current] = await em.query(
      `SELECT contact_name, contact_email, summary, answers, laureate_id FROM applications WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!current || current.laureate_id !== null) return false; // gone, or promoted meanwhile
    const comments: Array<{ id: number }> = await em.query(
      `SELECT id FROM evaluations WHERE application_id = $1 AND comment IS NOT NULL ORDER BY id FOR UPDATE`,
      [id],
    );
    const redact = (resource: string, recordId: number, fields: readonly string[]) =>
      em.query(`SELECT redact_audit_personal_data($1, $2, $3, NULL, $4, NULL)`, [resource, String(recordId), [...fields], RETENTION_ACTOR]);
    // Past events first, so that the values removed below do not survive there.
    await redact('applications', id, APPLICATION_PERSONAL_FIELDS);
    for (const evaluation of comments) {
      await redact('evaluations', evaluation.id, ['comment']);
      await em.query(`UPDATE evaluations SET comment = NULL, version = version + 1, updated_at = now() WHERE id = $1`, [evaluation.id]);
    }
    await em.query(
      `UPDATE applications SET contact_name = NULL, contact_email = NULL, summary = NULL, answers = '[]', version = version + 1, updated_at = now()
        WHERE id = $1`,
      [id],
    );
    const gone = (value: unknown) => (value === null ? null : '***');
    const changes = {
      contactName: { before: gone(current.contact_name), after: null },
      contactEmail: { before: gone(current.contact_email), after: null },
      summary: { before: gone(current.summary), after: null },
      answers: { before: current.answers.length > 0 ? '***' : [], after: [] },
      evaluationComments: { before: comments.length, after: 0 },
      retentionMonths: { before: null, after: this.config.applicationRetentionMonths },
    };
    await this.audit.record(em, RETENTION_ACTOR, 'applications', id, 'anonymise', changes);
    return true;
  }
}
