import type { Panel, Role } from '@aic/domain';

/** The authenticated caller, attached to the request by the AuthGuard. */
export interface RequestUser {
  id: number;
  email: string;
  fullName: string;
  roles: Role[];
  /** An evaluator's panel (jury or citizens); null for the staff. */
  panel: Panel | null;
  sessionId: number;
}

/** Who is acting, as recorded in the audit trail. */
export interface Actor {
  user: RequestUser;
  requestId: string | null;
}

export const hasRole = (user: RequestUser, ...roles: Role[]) => user.roles.some((r) => roles.includes(r));
