import type { Role } from '@aic/domain';

/** Who answers a person's requests about their data (access, erasure), as the API's contacts controller. */
export const DATA_PROTECTION_ROLES = ['admin', 'programme_lead'] as const satisfies readonly Role[];
