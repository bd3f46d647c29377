import type { Role } from '@aic/domain';

/** Who writes every laureate (and what hangs off it); an acceleration manager writes only those they manage. */
export const LAUREATE_LEAD_ROLES: readonly Role[] = ['admin', 'programme_lead'];
