import type { ApplicationStatus } from '@aic/domain';
import { httpClient } from '../../dataProvider';

/**
 * Moves applications to a status with a reason, all or nothing (the API answers 409, naming the application, to a
 * move its transitions forbid). One application is a bulk of one: the same rule and the same audit either way.
 */
export async function changeStatus(ids: readonly number[], status: ApplicationStatus, reason: string | null): Promise<number> {
  const { json } = await httpClient('/api/applications/bulk-status', {
    method: 'POST',
    body: JSON.stringify({ ids, status, reason: reason?.trim() || null }),
  });
  return (json as { changed: number }).changed;
}
