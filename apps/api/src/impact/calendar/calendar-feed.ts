import type { Role } from '@aic/domain';
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { CalendarEventRow } from './calendar-events.queries.js';

/** A person's iCalendar feed (RFC 5545): events in French, whole days unless a committee has its hours, dates as lived in Europe/Paris. */
export function renderCalendar(owner: { fullName: string }, events: CalendarEventRow[]): string {
  const calendar = ical({
    name: `AIC — ${owner.fullName}`,
    description: "Comités, échéances d'actions et d'engagements de l'Accélérateur d'initiatives citoyennes",
    prodId: { company: 'DINUM', product: 'AIC back-office', language: 'FR' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 3600,
    x: { 'X-WR-TIMEZONE': 'Europe/Paris' },
  });
  for (const e of events) {
    calendar.createEvent({
      id: e.uid,
      // With hours, instants in UTC (PostgreSQL placed them in Europe/Paris, summer time included); otherwise a date-only
      // value (DTSTART;VALUE=DATE): the day as stored, whatever the server's time zone.
      ...(e.startsAt ? { start: e.startsAt, ...(e.endsAt ? { end: e.endsAt } : {}) } : { start: new Date(`${e.day}T00:00:00Z`), allDay: true }),
      summary: e.summary,
      description: e.description,
      location: e.location,
      stamp: e.stamp,
      sequence: e.sequence,
    });
  }
  // RFC 5545 ends every content line, the last one included, with CRLF.
  return `${calendar.toString()}\r\n`;
}

export type CalendarOwner = { id: number; fullName: string; roles: Role[] };
