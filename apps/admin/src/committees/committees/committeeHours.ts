import type { TranslateFunction } from 'react-admin';

/** A committee's hours in words ("14:00 – 17:30", "à partir de 14:00"), or null for a whole day. */
export const committeeHours = (committee: { startTime?: string | null; endTime?: string | null }, translate: TranslateFunction): string | null =>
  !committee.startTime
    ? null
    : committee.endTime
      ? translate('aic.committee.hours', { start: committee.startTime, end: committee.endTime })
      : translate('aic.committee.from', { start: committee.startTime });
