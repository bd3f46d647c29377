import type { Role } from '@aic/domain';
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { CalendarEventRow } from './calendar-events.queries.js';

/** A person's iCalendar feed (RFC 5545): whole-day events in French, dates as lived in Europe/Paris. */
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
      // A date-only value (DTSTART;VALUE=DATE): the day as stored, whatever the server's time zone.
      start: new Date(`${e.day}T00:00:00Z`),
      allDay: true,
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
