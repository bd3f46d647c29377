/** Why a ProConnect sign-in ends on a page of ours instead of the back-office; each has its French page (pages.ts). */
export type RefusalReason =
  | 'not_configured'
  | 'invalid_state'
  | 'provider_refused'
  | 'provider_error'
  | 'unavailable'
  | 'unknown_account'
  | 'deactivated'
  | 'awaiting_role'
  | 'registered'
  | 'identity_conflict'
  | 'invalid_logout';

export const REFUSAL_STATUS: Record<RefusalReason, number> = {
  not_configured: 404,
  invalid_state: 400,
  provider_refused: 401,
  provider_error: 401,
  unavailable: 502,
  unknown_account: 403,
  deactivated: 403,
  awaiting_role: 403,
  registered: 403,
  identity_conflict: 409,
  invalid_logout: 400,
};

/** Thrown by the ProConnect flow and rendered by its controller as a page (never JSON: the browser navigates here). */
export class SignInRefused extends Error {
  constructor(
    readonly reason: RefusalReason,
    /** The e-mail ProConnect gave, shown back to its owner so they know which address to ask for. */
    readonly email: string | null = null,
    options?: { cause?: unknown },
  ) {
    super(reason, options);
  }
}
