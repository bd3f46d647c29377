import type { RaRecord } from 'react-admin';

/** After saving or deleting a payment, back to its grant. */
export const toGrant = (_resource?: string, _id?: unknown, data?: Partial<RaRecord>) =>
  data?.grantId ? `grants/${data.grantId}/show` : 'disbursements';
