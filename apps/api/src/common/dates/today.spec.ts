import { describe, expect, it } from '@jest/globals';
import { dayFromToday } from './today.js';

describe('dayFromToday', () => {
  it('is the calendar day in Paris, not in UTC', () => {
    expect(dayFromToday(0, new Date('2026-12-06T22:59:00Z'))).toBe('2026-12-06');
    expect(dayFromToday(0, new Date('2026-12-06T23:30:00Z'))).toBe('2026-12-07'); // 00:30 in Paris (UTC+1)
    expect(dayFromToday(0, new Date('2026-07-01T21:30:00Z'))).toBe('2026-07-01');
    expect(dayFromToday(0, new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02'); // 00:30 in summer (UTC+2)
  });

  it('counts whole calendar days, across months, leap days and the change of hour', () => {
    expect(dayFromToday(1, new Date('2026-02-28T12:00:00Z'))).toBe('2026-03-01');
    expect(dayFromToday(1, new Date('2028-02-28T12:00:00Z'))).toBe('2028-02-29');
    expect(dayFromToday(-1, new Date('2027-01-01T00:30:00Z'))).toBe('2026-12-31');
    // 25 October 2026, 23:30 in Paris (the day the clocks went back): tomorrow is the 26th, not the same day.
    expect(dayFromToday(1, new Date('2026-10-25T22:30:00Z'))).toBe('2026-10-26');
  });
});
