import type { RaRecord } from 'react-admin';

/** After saving or deleting an item, back to its committee. */
export const toCommittee = (_resource?: string, _id?: unknown, data?: Partial<RaRecord>) =>
  data?.committeeId ? `committees/${data.committeeId}/show` : 'committees';
