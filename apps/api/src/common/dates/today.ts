/**
 * The programme's time zone. Its staff work in France: "today" is theirs, for the dates they enter (a committee may not
 * be closed on a day still to come) and those the server sets (an action's day done). In UTC, a committee closed
 * between midnight and 1 a.m. in Paris (2 a.m. in summer) was "in the future".
 */
export const PROGRAMME_TIME_ZONE = 'Europe/Paris';

const calendarDay = new Intl.DateTimeFormat('en-CA', { timeZone: PROGRAMME_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The day `offset` days after today in the programme's time zone, as a `date` column holds it ('YYYY-MM-DD'). */
export function dayFromToday(offset = 0, now: Date = new Date()): string {
  const [year, month, day] = calendarDay.format(now).split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + offset)).toISOString().slice(0, 10);
}

/** Today in the programme's time zone ('YYYY-MM-DD'). */
export const today = (): string => dayFromToday(0);

/**
 * Today in the programme's time zone, in SQL. `CURRENT_DATE` is the day of the session's `TimeZone` (UTC in the embedded
 * database and the Docker image, anything on another server): beside `today()`, it disagreed for an hour or two each
 * night on what is overdue. `now()` is the transaction's start, as `CURRENT_DATE`'s.
 */
export const PROGRAMME_TODAY_SQL = `(now() AT TIME ZONE '${PROGRAMME_TIME_ZONE}')::date`;
