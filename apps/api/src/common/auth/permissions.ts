import { ROLES, type Role } from '@aic/domain';

/*
 * The permission matrix: every route the API registers × every caller → the HTTP status expected.
 * It is the specification, not the implementation: the guard, @Roles() and the services enforce the rules, and
 * test/permissions.e2e-spec.ts calls every route as every caller and compares with this table (a route the router
 * has and this table lacks fails that test). Never import it from the code that enforces access: the test would
 * then check the code against itself. docs/permissions.md renders it (`npm run docs:permissions`; a unit test
 * fails when the doc is stale).
 */

/** Who calls: nobody signed in, or a session holding one role. */
export type Caller = 'anonymous' | Role;

/**
 * Which record a call is about: one hanging off `own` laureate (managed by the calling acceleration manager and
 * assigned to the calling referent) or off `other` laureate (another manager's, not assigned to the referent).
 */
export type Target = 'own' | 'other';

/** One status, or the statuses allowed when a business rule may answer either (e.g. 200 or 409). */
export type Expected = number | readonly number[];

/** Callers whose answers depend on the laureate: two columns (own, other). The others: one column, same on both. */
export const SPLIT_CALLERS = ['acceleration_manager', 'referent'] as const satisfies readonly Role[];
type SplitCaller = (typeof SPLIT_CALLERS)[number];

export type Cell<C extends Caller> = C extends SplitCaller ? Expected | Readonly<Record<Target, Expected>> : Expected;

/** A row names every caller: a role added to ROLES without its entries fails the type check and the unit test. */
export type Row = { readonly [C in Caller]: Cell<C> } & { readonly note?: string };

export const CALLERS: readonly Caller[] = ['anonymous', ...ROLES];

/** Column headings of the rendered table. */
export const COLUMN_TITLES: Readonly<Record<Caller, string | Readonly<Record<Target, string>>>> = {
  anonymous: 'anonymous',
  admin: 'admin',
  programme_lead: 'programme lead',
  acceleration_manager: { own: 'manager, own laureate', other: "manager, another's laureate" },
  referent: { own: 'referent, assigned', other: 'referent, not assigned' },
};

// Shorthands for the cells that recur; every row still names every caller.
/** Reads a record of an assigned laureate; one of another laureate does not exist for them. */
const ASSIGNED = { own: 200, other: 404 } as const;
/** Writes the records of the laureates they manage, not another's. */
const MANAGED = { own: 200, other: 403 } as const;
const MANAGED_CREATE = { own: 201, other: 403 } as const;

/** `METHOD /path` exactly as the router registers it → who gets what. HEAD answers as GET. */
export const PERMISSIONS = {
  // platform: sign-in, the caller's session, health
  'POST /api/auth/login': { anonymous: 200, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200, note: 'valid credentials; the bearer header, if any, is ignored' },
  'GET /api/auth/me': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200 },
  'POST /api/auth/logout': { anonymous: 401, admin: 204, programme_lead: 204, acceleration_manager: 204, referent: 204 },
  'POST /api/auth/password': { anonymous: 401, admin: 204, programme_lead: 204, acceleration_manager: 204, referent: 204, note: "the caller's own password" },
  'GET /api/auth/demo-accounts': { anonymous: 200, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200, note: 'empty unless the demo data set is on' },
  'OPTIONS /*': { anonymous: 404, admin: 404, programme_lead: 404, acceleration_manager: 404, referent: 404, note: 'CORS preflight of any path: 204 for an origin in CORS_ORIGINS (none by default); no data' },
  'GET /api/health': { anonymous: 200, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200 },
  'GET /api/docs': { anonymous: 200, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200, note: 'OpenAPI UI: the API shape, no data' },
  'GET /api/docs/*': { anonymous: 200, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200, note: 'its static files' },
  'GET /api/docs/index.html': { anonymous: 200, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200 },
  'GET /api/docs/license': { anonymous: 404, admin: 404, programme_lead: 404, acceleration_manager: 404, referent: 404, note: 'registered by @nestjs/swagger; the file is not shipped' },
  'GET /api/docs/swagger-ui-init.js': { anonymous: 200, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200 },
  'GET /api/docs/docs/swagger-ui-init.js': { anonymous: 200, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200 },
  'GET /api/docs-json': { anonymous: 200, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200 },
  'GET /api/docs-yaml': { anonymous: 200, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200 },

  // platform: accounts and audit trail
  'GET /api/users': { anonymous: 401, admin: 200, programme_lead: 403, acceleration_manager: 403, referent: 403 },
  'GET /api/users/:id': { anonymous: 401, admin: 200, programme_lead: 403, acceleration_manager: 403, referent: 403 },
  'POST /api/users': { anonymous: 401, admin: 201, programme_lead: 403, acceleration_manager: 403, referent: 403 },
  'PUT /api/users/:id': { anonymous: 401, admin: 200, programme_lead: 403, acceleration_manager: 403, referent: 403 },
  'DELETE /api/users/:id': { anonymous: 401, admin: 200, programme_lead: 403, acceleration_manager: 403, referent: 403, note: '409 while the account is referenced' },
  'GET /api/audit-events': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403 },
  'GET /api/audit-events/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403 },

  // programme
  'GET /api/seasons': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200 },
  'GET /api/seasons/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200 },
  'POST /api/seasons': { anonymous: 401, admin: 201, programme_lead: 201, acceleration_manager: 403, referent: 403 },
  'PUT /api/seasons/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403 },
  'DELETE /api/seasons/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403, note: '409 while laureates or committees use it' },

  // directory: readable by every member of staff (see the rationale in docs/permissions.md)
  'GET /api/organisations': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200 },
  'GET /api/organisations/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200 },
  'POST /api/organisations': { anonymous: 401, admin: 201, programme_lead: 201, acceleration_manager: 201, referent: 403 },
  'PUT /api/organisations/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 403 },
  'DELETE /api/organisations/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403, note: '409 while referenced' },
  'GET /api/staff-members': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200, note: 'names, e-mails, roles: no account settings' },
  'GET /api/staff-members/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200 },
  'GET /api/contacts': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200, note: "a referent lists their laureates' teams and partners only" },
  'GET /api/contacts/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: ASSIGNED },
  'POST /api/contacts': { anonymous: 401, admin: 201, programme_lead: 201, acceleration_manager: MANAGED_CREATE, referent: 403, note: "own / other: joining that laureate's team" },
  'PUT /api/contacts/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: MANAGED, referent: 403, note: "own / other: a contact of that laureate's team, or in no team, of its partnerships; of no laureate: any manager" },
  'DELETE /api/contacts/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: MANAGED, referent: 403, note: 'as PUT' },
  'GET /api/contacts/:id/personal-data': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403, note: 'right of access: answered centrally by the programme' },
  'POST /api/contacts/:id/anonymise': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403, note: 'right to erasure: answered centrally by the programme' },

  // accompaniment
  'GET /api/laureates': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200, note: 'a referent lists their assigned laureates only' },
  'GET /api/laureates/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: ASSIGNED },
  'POST /api/laureates': { anonymous: 401, admin: 201, programme_lead: 201, acceleration_manager: 403, referent: 403 },
  'PUT /api/laureates/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: MANAGED, referent: 403, note: 'a manager: not the season, manager or phase fields (403)' },
  'DELETE /api/laureates/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403, note: '409 while records hang off it' },
  'GET /api/referent-assignments': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200 },
  'GET /api/referent-assignments/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: ASSIGNED },
  'POST /api/referent-assignments': { anonymous: 401, admin: 201, programme_lead: 201, acceleration_manager: 403, referent: 403 },
  'PUT /api/referent-assignments/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403 },
  'DELETE /api/referent-assignments/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403 },
  'GET /api/partnerships': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200 },
  'GET /api/partnerships/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: ASSIGNED },
  'POST /api/partnerships': { anonymous: 401, admin: 201, programme_lead: 201, acceleration_manager: MANAGED_CREATE, referent: 403 },
  'PUT /api/partnerships/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: MANAGED, referent: 403 },
  'DELETE /api/partnerships/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: MANAGED, referent: 403 },
  'GET /api/diagnostics': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200 },
  'GET /api/diagnostics/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: ASSIGNED },
  'POST /api/diagnostics': { anonymous: 401, admin: 201, programme_lead: 201, acceleration_manager: MANAGED_CREATE, referent: 403 },
  'PUT /api/diagnostics/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: MANAGED, referent: 403 },
  'DELETE /api/diagnostics/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: MANAGED, referent: 403 },
  'GET /api/objectives': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200 },
  'GET /api/objectives/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: ASSIGNED },
  'POST /api/objectives': { anonymous: 401, admin: 201, programme_lead: 201, acceleration_manager: MANAGED_CREATE, referent: 403 },
  'PUT /api/objectives/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: MANAGED, referent: 403 },
  'DELETE /api/objectives/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: MANAGED, referent: 403 },
  'GET /api/actions': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200 },
  'GET /api/actions/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: ASSIGNED },
  'POST /api/actions': { anonymous: 401, admin: 201, programme_lead: 201, acceleration_manager: MANAGED_CREATE, referent: 403 },
  'PUT /api/actions/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: MANAGED, referent: 403 },
  'DELETE /api/actions/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: MANAGED, referent: 403 },
  'GET /api/interactions': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200 },
  'GET /api/interactions/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: ASSIGNED },
  'POST /api/interactions': { anonymous: 401, admin: 201, programme_lead: 201, acceleration_manager: MANAGED_CREATE, referent: 403 },
  'PUT /api/interactions/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: MANAGED, referent: 403 },
  'DELETE /api/interactions/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: MANAGED, referent: 403 },

  // committees: a referent sees those where an assigned laureate is on the agenda
  'GET /api/committees': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200, note: 'a referent lists those with an assigned laureate on the agenda' },
  'GET /api/committees/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: ASSIGNED },
  'POST /api/committees': { anonymous: 401, admin: 201, programme_lead: 201, acceleration_manager: 403, referent: 403 },
  'PUT /api/committees/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403 },
  'DELETE /api/committees/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403, note: '409 once closed' },
  'GET /api/committees/:id/briefing': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: ASSIGNED, note: "a referent's pack holds their laureates only" },
  'GET /api/committees/:id/briefing.pdf': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: ASSIGNED },
  'GET /api/committees/:id/closing-preview': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403, note: '422 while a decision is missing' },
  'POST /api/committees/:id/close': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403, note: '422 while a decision is missing' },
  'GET /api/committees/:id/decision-letters/:laureateId': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403, note: 'once the committee is closed (409 before)' },
  'GET /api/agenda-items': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200 },
  'GET /api/agenda-items/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: ASSIGNED },
  'POST /api/agenda-items': { anonymous: 401, admin: 201, programme_lead: 201, acceleration_manager: 403, referent: 403 },
  'PUT /api/agenda-items/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: MANAGED, referent: 403, note: 'a manager: the briefing note only (403 otherwise)' },
  'DELETE /api/agenda-items/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403 },
  'GET /api/decisions': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200 },
  'GET /api/decisions/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: ASSIGNED },
  'POST /api/decisions': { anonymous: 401, admin: 201, programme_lead: 201, acceleration_manager: 403, referent: 403 },
  'PUT /api/decisions/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403 },
  'DELETE /api/decisions/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403 },
  'GET /api/commitments': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200 },
  'GET /api/commitments/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: ASSIGNED },
  'POST /api/commitments': { anonymous: 401, admin: 201, programme_lead: 201, acceleration_manager: 403, referent: 403 },
  'PUT /api/commitments/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403 },
  'DELETE /api/commitments/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403 },

  // funding
  'GET /api/grants': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200 },
  'GET /api/grants/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: ASSIGNED },
  'POST /api/grants': { anonymous: 401, admin: 201, programme_lead: 201, acceleration_manager: 403, referent: 403, note: "409 above the season's envelope" },
  'PUT /api/grants/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403 },
  'DELETE /api/grants/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403 },
  'GET /api/disbursements': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200 },
  'GET /api/disbursements/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: ASSIGNED },
  'POST /api/disbursements': { anonymous: 401, admin: 201, programme_lead: 201, acceleration_manager: 403, referent: 403, note: 'own / other: the grant of that laureate; 409 above the grant' },
  'PUT /api/disbursements/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403 },
  'DELETE /api/disbursements/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403 },
  'GET /api/funding-overview': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 403, note: 'every laureate of a season: not for referents' },

  // platform: e-mail (invitations, forgotten passwords, the outbox)
  'POST /api/auth/password-reset': { anonymous: 202, admin: 202, programme_lead: 202, acceleration_manager: 202, referent: 202, note: 'same answer for any e-mail; 429 past 10 requests an hour from one address' },
  'POST /api/auth/password-token': { anonymous: 200, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200, note: 'a valid link of an invitation or forgotten-password e-mail; 400 otherwise' },
  'POST /api/auth/password-token/use': { anonymous: 204, admin: 204, programme_lead: 204, acceleration_manager: 204, referent: 204, note: "sets the link's account password, once" },
  'POST /api/users/:id/invitation': { anonymous: 401, admin: 204, programme_lead: 403, acceleration_manager: 403, referent: 403 },
  'GET /api/mail-messages': { anonymous: 401, admin: 200, programme_lead: 403, acceleration_manager: 403, referent: 403 },
  'GET /api/mail-messages/:id': { anonymous: 401, admin: 200, programme_lead: 403, acceleration_manager: 403, referent: 403 },
  'POST /api/mail-messages/:id/retry': { anonymous: 401, admin: 409, programme_lead: 403, acceleration_manager: 403, referent: 403, note: 'a failed e-mail, with SMTP_URL set (204); 409 otherwise' },
  'GET /api/account/digest': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200, note: "the caller's own choice of the weekly digest" },
  'PUT /api/account/digest': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200, note: "the caller's own choice of the weekly digest" },
  // impact (issue 16)
  'GET /api/indicators': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200 },
  'GET /api/indicators/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: ASSIGNED },
  'POST /api/indicators': { anonymous: 401, admin: 201, programme_lead: 201, acceleration_manager: MANAGED_CREATE, referent: 403 },
  'PUT /api/indicators/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: MANAGED, referent: 403 },
  'DELETE /api/indicators/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: MANAGED, referent: 403, note: '409 while it has measurements' },
  'GET /api/measurements': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200 },
  'GET /api/measurements/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: ASSIGNED },
  'POST /api/measurements': { anonymous: 401, admin: 201, programme_lead: 201, acceleration_manager: MANAGED_CREATE, referent: 403, note: "own / other: the indicator's laureate" },
  'PUT /api/measurements/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: MANAGED, referent: 403 },
  'DELETE /api/measurements/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: MANAGED, referent: 403 },
  'GET /api/outcome-surveys': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200 },
  'GET /api/outcome-surveys/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: ASSIGNED },
  'POST /api/outcome-surveys': { anonymous: 401, admin: 201, programme_lead: 201, acceleration_manager: MANAGED_CREATE, referent: 403, note: 'one per laureate (409); status validated: programme lead or admin only' },
  'PUT /api/outcome-surveys/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: MANAGED, referent: 403, note: 'validating: programme lead or admin only (403); a validated survey: 409 for everyone' },
  'DELETE /api/outcome-surveys/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: MANAGED, referent: 403, note: '409 once validated' },
  'GET /api/dashboards/programme': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 403, note: 'every laureate of a season: not for referents' },
  'GET /api/dashboards/season-comparison': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 403 },
  'GET /api/dashboards/manager': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 403, note: "the caller's own laureates (none for a lead)" },
  'GET /api/alerts': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200, note: 'what the caller must act on (a referent: nothing)' },
  'GET /api/alerts/count': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200 },
  'GET /api/account/calendar-feed': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200, note: "the caller's own feed" },
  'POST /api/account/calendar-feed': { anonymous: 401, admin: 201, programme_lead: 201, acceleration_manager: 201, referent: 201, note: 'a new secret address; the previous one stops working' },
  'DELETE /api/account/calendar-feed': { anonymous: 401, admin: 204, programme_lead: 204, acceleration_manager: 204, referent: 204 },
  'GET /api/calendar/:file': { anonymous: 200, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200, note: "`<secret token>.ics`: the token is the credential, the session is ignored; unknown or revoked: 404" },
} as const satisfies Record<string, Row>;

export type RouteKey = keyof typeof PERMISSIONS;

/** The statuses a caller may get on a target, as listed in the table. */
export function expectedStatuses(row: Row, caller: Caller, target: Target): readonly number[] {
  const cell: Expected | Readonly<Record<Target, Expected>> = row[caller];
  const expected = typeof cell === 'object' && !Array.isArray(cell) ? (cell as Record<Target, Expected>)[target] : (cell as Expected);
  return typeof expected === 'number' ? [expected] : expected;
}

/** The columns of the table: one per caller, two for those whose answers depend on the laureate. */
export function columns(): Array<{ caller: Caller; targets: readonly Target[]; title: string }> {
  const both: readonly Target[] = ['own', 'other'];
  return CALLERS.flatMap((caller) => {
    const title = COLUMN_TITLES[caller];
    return typeof title === 'string' ? [{ caller, targets: both, title }] : both.map((t) => ({ caller, targets: [t], title: title[t] }));
  });
}

export const DOC_BEGIN = '<!-- permissions:begin — generated from apps/api/src/common/auth/permissions.ts by `npm run docs:permissions`; do not edit by hand -->';
export const DOC_END = '<!-- permissions:end -->';

/** The generated part of docs/permissions.md: one table per resource (the first segment after /api). */
export function renderPermissions(): string {
  const cols = columns();
  const format = (statuses: readonly number[]) => statuses.join(' or ');
  const groups = new Map<string, string[]>();
  for (const [key, row] of Object.entries(PERMISSIONS) as Array<[string, Row]>) {
    const [method, path] = key.split(' ');
    const group = path.split('/')[2]?.replace(/-(json|yaml)$/, '') || 'any path';
    const cells = cols.map((c) => {
      const [first, ...rest] = c.targets.map((t) => format(expectedStatuses(row, c.caller, t)));
      return rest.every((r) => r === first) ? first : c.targets.map((t, i) => `${t}: ${[first, ...rest][i]}`).join(', ');
    });
    const line = `| ${method} | \`${path}\` | ${cells.join(' | ')} | ${row.note ?? ''} |`;
    groups.set(group, [...(groups.get(group) ?? []), line]);
  }
  const header = `| method | route | ${cols.map((c) => c.title).join(' | ')} | note |\n|---|---|${cols.map(() => '---|').join('')}---|`;
  const tables = [...groups].map(([group, lines]) => `### ${group}\n\n${header}\n${lines.join('\n')}`);
  return [DOC_BEGIN, '', ...tables.flatMap((t) => [t, '']), DOC_END].join('\n');
}

/** `doc` with its generated part replaced by the current table. */
export function withRenderedPermissions(doc: string): string {
  const begin = doc.indexOf(DOC_BEGIN);
  const end = doc.indexOf(DOC_END);
  if (begin < 0 || end < begin) throw new Error(`docs/permissions.md lacks the markers ${DOC_BEGIN} … ${DOC_END}`);
  return doc.slice(0, begin) + renderPermissions() + doc.slice(end + DOC_END.length);
}
