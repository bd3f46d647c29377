import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../app-config.provider.js';
import type { AppConfig } from '../../config.js';
import { alertsFor } from '../../impact/alerts/alerts.queries.js';
import { MailService } from './mail.service.js';
import { weeklyDigestMail, type DigestCommittee } from './templates/messages.js';

/**
 * Monday's digest to each acceleration manager and programme lead who has not opted out: their alerts (the alerts
 * module's own query, so the digest and the home page agree) and the committees of the week. Nothing to say, no mail;
 * one per person and week (a dedupe key), whichever instance runs it.
 */
@Injectable()
export class WeeklyDigestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Returns how many digests were written for the week of `now` (Paris). */
  async queueWeekly(now: Date = new Date()): Promise<number> {
    const [{ today, monday }] = await this.dataSource.query(
      `SELECT d::text AS today, (d - (extract(isodow FROM d)::int - 1))::text AS monday
         FROM (SELECT ($1::timestamptz AT TIME ZONE 'Europe/Paris')::date AS d) x`,
      [now.toISOString()],
    );
    const people: Array<{ id: number; email: string; full_name: string; roles: string[] }> = await this.dataSource.query(
      `SELECT id, email, full_name, roles FROM users
        WHERE active AND weekly_digest AND roles && ARRAY['acceleration_manager', 'programme_lead']::text[] ORDER BY id`,
    );
    const committees: Array<DigestCommittee & { held_on: string }> = (
      await this.dataSource.query(
        `SELECT kind, title, held_on::text, start_time AS "startTime", end_time AS "endTime" FROM committees
          WHERE status = 'planned' AND held_on BETWEEN $1::date AND $1::date + 6 ORDER BY held_on, start_time NULLS FIRST, id`,
        [today],
      )
    ).map((c: Omit<DigestCommittee, 'heldOn'> & { held_on: string }) => ({ ...c, heldOn: c.held_on }));
    let written = 0;
    for (const person of people) {
      const alerts = await alertsFor(this.dataSource, { id: person.id, roles: person.roles as never }, today);
      if (alerts.length === 0 && committees.length === 0) continue;
      const id = await this.dataSource.transaction((em) =>
        this.mail.queue(em, {
          kind: 'weekly_digest',
          to: { email: person.email, userId: person.id },
          content: weeklyDigestMail({ fullName: person.full_name }, alerts, committees, {
            home: `${this.config.publicUrl}/#/`,
            settings: `${this.config.publicUrl}/#/account/digest`,
          }),
          dedupeKey: `weekly-digest:${monday}:${person.id}`,
        }),
      );
      if (id !== null) written += 1;
    }
    return written;
  }

  async setOptIn(userId: number, weeklyDigest: boolean): Promise<{ weeklyDigest: boolean }> {
    await this.dataSource.query(`UPDATE users SET weekly_digest = $2, updated_at = now() WHERE id = $1`, [userId, weeklyDigest]);
    return this.optIn(userId);
  }

  async optIn(userId: number): Promise<{ weeklyDigest: boolean }> {
    const [row] = await this.dataSource.query(`SELECT weekly_digest FROM users WHERE id = $1`, [userId]);
    return { weeklyDigest: row.weekly_digest };
  }
}
