import type { AuditAction, OrganisationKind, Role, SeasonStatus } from './choices.js';

// Shapes of the records the API answers (JSON: dates as ISO strings, `date` columns as 'YYYY-MM-DD').

export interface Versioned {
  id: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface UserRecord extends Versioned {
  email: string;
  fullName: string;
  roles: Role[];
  active: boolean;
  lastLoginAt: string | null;
}

export interface AuthUser {
  id: number;
  email: string;
  fullName: string;
  roles: Role[];
}

export interface LoginResponse {
  token: string;
  user: AuthUser;
}

export interface SeasonRecord extends Versioned {
  name: string;
  year: number;
  theme: string | null;
  callOpensOn: string | null;
  callClosesOn: string | null;
  accompanimentStartsOn: string | null;
  accompanimentEndsOn: string | null;
  status: SeasonStatus;
  fundingEnvelope: number | null;
  notes: string | null;
  /** Days without an exchange before a laureate shows in its manager's alerts (30 by default). */
  quietAfterDays: number;
}

export interface OrganisationRecord extends Versioned {
  name: string;
  kind: OrganisationKind;
  parentId: number | null;
  acronym: string | null;
  territory: string | null;
  website: string | null;
  notes: string | null;
}

export interface AuditEventRecord {
  id: string;
  occurredAt: string;
  actorId: number | null;
  actorEmail: string | null;
  resource: string;
  recordId: string;
  action: AuditAction;
  changes: Record<string, { before: unknown; after: unknown }>;
  requestId: string | null;
}

/** Demo accounts: exist only when the demo data is loaded. */
export const DEMO_PASSWORD = 'demo-aic';
export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; fullName: string; roles: Role[] }> = [
  { email: 'admin@demo.aic.test', fullName: 'Alex Admin (démo)', roles: ['admin'] },
  { email: 'pilote@demo.aic.test', fullName: 'Paula Pilote (démo)', roles: ['programme_lead'] },
  { email: 'charge.a@demo.aic.test', fullName: 'Camille Chargée-A (démo)', roles: ['acceleration_manager'] },
  { email: 'charge.b@demo.aic.test', fullName: 'Bastien Chargé-B (démo)', roles: ['acceleration_manager'] },
  { email: 'referent.a@demo.aic.test', fullName: 'Rémi Référent-A (démo)', roles: ['referent'] },
  { email: 'referent.b@demo.aic.test', fullName: 'Rose Référente-B (démo)', roles: ['referent'] },
];

/** For passwords set through the API (ANSSI recommends 12+); demo accounts are seeded directly. */
export const MIN_PASSWORD_LENGTH = 12;
