import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../app-config.provider.js';
import type { AppConfig } from '../../config.js';
import { MailService } from './mail.service.js';
import { committeeReminderMail, type CommitteeForReminder } from './templates/messages.js';

/** From this hour (Paris) the day before, a committee's participants are reminded of it. */
export const REMINDER_HOUR = '08:00';

/**
 * The day-before reminder of a planned committee to its participants: the staff sitting on it and the acceleration
 * managers of the laureates on its agenda (active accounts). Run every hour by the scheduler; one message per
 * committee, date and person (a dedupe key), so a second run, a second instance or a restart sends nothing twice,
 * and a committee moved to another day is reminded again for the new one.
 */
@Injectable()
export class CommitteeRemindersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Queues the reminders due at `now`; returns how many messages were written. */
  async queueDue(now: Date = new Date()): Promise<number> {
    const committees: Array<{ id: number; kind: CommitteeForReminder['kind']; title: string; held_on: string; start_time: string | null; end_time: string | null; place: string | null; video_link: string | null; member_ids: number[] }> =
      await this.dataSource.query(
        `SELECT id, kind, title, held_on::text, start_time, end_time, place, video_link, member_ids FROM committees
          WHERE status = 'planned'
            AND held_on = ($1::timestamptz AT TIME ZONE 'Europe/Paris')::date + 1
            AND ($1::timestamptz AT TIME ZONE 'Europe/Paris')::time >= $2::time
          ORDER BY id`,
        [now.toISOString(), REMINDER_HOUR],
      );
    let written = 0;
    for (const c of committees) {
      written += await this.dataSource.transaction(async (em) => {
        const agenda: Array<{ name: string }> = await em.query(
          `SELECT l.name FROM agenda_items a JOIN laureates l ON l.id = a.laureate_id WHERE a.committee_id = $1 ORDER BY a.position, a.id`,
          [c.id],
        );
        const people: Array<{ id: number; email: string; full_name: string }> = await em.query(
          `SELECT u.id, u.email, u.full_name FROM users u
            WHERE u.active AND (u.id = ANY($2::int[]) OR u.id IN (
              SELECT l.acceleration_manager_id FROM agenda_items a JOIN laureates l ON l.id = a.laureate_id WHERE a.committee_id = $1))
            ORDER BY u.id`,
          [c.id, c.member_ids],
        );
        const committee: CommitteeForReminder = {
          id: c.id, kind: c.kind, title: c.title, heldOn: c.held_on, startTime: c.start_time, endTime: c.end_time, place: c.place, videoLink: c.video_link, agenda: agenda.map((a) => a.name),
        };
        let count = 0;
        for (const person of people) {
          const id = await this.mail.queue(em, {
            kind: 'committee_reminder',
            to: { email: person.email, userId: person.id },
            content: committeeReminderMail({ fullName: person.full_name }, committee, `${this.config.publicUrl}/#/committees/${c.id}/show`),
            dedupeKey: `committee-reminder:${c.id}:${c.held_on}:${person.id}`,
          });
          if (id !== null) count += 1;
        }
        return count;
      });
    }
    return written;
  }
}
