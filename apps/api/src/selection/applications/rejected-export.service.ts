import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/request-user.js';
import { notFound } from '../../common/crud/record-writer.js';
import { toCsv } from '../../common/csv/csv-file.js';
import { AuditService } from '../../platform/audit-events/audit.service.js';
import { STATUS_WORDS } from './application-status.js';

interface Row {
  reference: string;
  projectName: string;
  carrierName: string;
  contactName: string | null;
  contactEmail: string | null;
  status: 'ineligible' | 'rejected';
  reason: string | null;
  callTitle: string;
}

/**
 * The applications of a season that were not retained (ineligible or rejected), with their contact's e-mail, for
 * the letters that answer them: a CSV file (csv-file.ts), its export audited (personal data leaves the product).
 */
@Injectable()
export class RejectedExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async export(seasonId: number, actor: Actor): Promise<{ fileName: string; csv: string; rows: number }> {
    const [season] = await this.dataSource.query(`SELECT id, year FROM seasons WHERE id = $1`, [seasonId]);
    if (!season) throw notFound('seasons', seasonId);
    const rows: Row[] = await this.dataSource.query(
      `SELECT a.reference, a.project_name AS "projectName", a.carrier_name AS "carrierName", a.contact_name AS "contactName",
              a.contact_email AS "contactEmail", a.status,
              CASE a.status WHEN 'ineligible' THEN coalesce(a.eligibility_reason, a.status_reason) ELSE a.status_reason END AS reason,
              c.title AS "callTitle"
         FROM applications a JOIN calls c ON c.id = a.call_id
        WHERE a.season_id = $1 AND a.status IN ('ineligible', 'rejected')
        ORDER BY c.track, a.status, a.reference`,
      [seasonId],
    );
    const csv = toCsv(rows, [
      { header: 'Référence', value: (r) => r.reference },
      { header: 'Projet', value: (r) => r.projectName },
      { header: 'Porteur', value: (r) => r.carrierName },
      { header: 'Contact', value: (r) => r.contactName },
      { header: 'E-mail', value: (r) => r.contactEmail },
      { header: 'Statut', value: (r) => STATUS_WORDS[r.status].fr },
      { header: 'Motif', value: (r) => r.reason },
      { header: 'Appel', value: (r) => r.callTitle },
    ]);
    await this.dataSource.transaction((em) =>
      this.audit.record(em, actor, 'seasons', seasonId, 'export', { rejectedApplications: { before: null, after: { rows: rows.length } } }),
    );
    return { fileName: `candidatures-non-retenues-${season.year}-${seasonId}.csv`, csv, rows: rows.length };
  }
}
