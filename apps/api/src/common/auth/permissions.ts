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
 * For the selection's records: an application assigned to the calling evaluator (`own`) or not (`other`), and, for
 * managers and referents, promoted to their laureate (`own`) or to another one / not promoted (`other`).
 */
export type Target = 'own' | 'other';

/** One status, or the statuses allowed when a business rule may answer either (e.g. 200 or 409). */
export type Expected = number | readonly number[];

/** Callers whose answers depend on the laureate: two columns (own, other). The others: one column, same on both. */
export const SPLIT_CALLERS = ['acceleration_manager', 'referent', 'evaluator'] as const satisfies readonly Role[];
type SplitCaller = (typeof SPLIT_CALLERS)[number];

export type Cell<C extends Caller> = C extends SplitCaller ? Expected | Readonly<Record<Target, Expected>> : Expected;

/**
 * A row names every caller: a role added to ROLES without its entries fails the type check and the unit test.
 * Except evaluators (the jury and the citizens' panel), who reach only the routes that name them: a row without an
 * `evaluator` cell expects the guard's refusal (403), or the anonymous answer on a route open to anyone.
 */
export type Row = { readonly [C in Exclude<Caller, 'evaluator'>]: Cell<C> } & { readonly evaluator?: Cell<'evaluator'>; readonly note?: string };

/** An evaluator's expected answer on a row that does not name them (see Row). */
const evaluatorByDefault = (row: Row): Expected => (row.anonymous === 401 ? 403 : row.anonymous);

export const CALLERS: readonly Caller[] = ['anonymous', ...ROLES];

/** Column headings of the rendered table. */
export const COLUMN_TITLES: Readonly<Record<Caller, string | Readonly<Record<Target, string>>>> = {
  anonymous: 'anonymous',
  admin: 'admin',
  programme_lead: 'programme lead',
  acceleration_manager: { own: 'manager, own laureate', other: "manager, another's laureate" },
  referent: { own: 'referent, assigned', other: 'referent, not assigned' },
  evaluator: { own: 'evaluator, assigned', other: 'evaluator, not assigned' },
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
  'GET /api/auth/me': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200, evaluator: 200 },
  'POST /api/auth/logout': { anonymous: 401, admin: 204, programme_lead: 204, acceleration_manager: 204, referent: 204, evaluator: 204 },
  'POST /api/auth/password': { anonymous: 401, admin: 204, programme_lead: 204, acceleration_manager: 204, referent: 204, evaluator: 204, note: "the caller's own password" },
  'GET /api/auth/demo-accounts': { anonymous: 200, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200, note: 'empty unless the demo data set is on' },
  'GET /api/auth/methods': { anonymous: 200, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200, note: 'password and/or ProConnect offered' },
  'GET /api/auth/proconnect/login': { anonymous: 404, admin: 404, programme_lead: 404, acceleration_manager: 404, referent: 404, note: 'ProConnect not configured here (a French page); configured: 302 to the provider' },
  'GET /api/auth/proconnect/callback': { anonymous: 404, admin: 404, programme_lead: 404, acceleration_manager: 404, referent: 404, note: 'configured: 302 to the login page with a one-time code, or a French page (400/401/403/502)' },
  'POST /api/auth/proconnect/session': { anonymous: 401, admin: 401, programme_lead: 401, acceleration_manager: 401, referent: 401, evaluator: 401, note: 'a one-time code the callback never gave; a live one: 200 and a session' },
  'POST /api/auth/proconnect/logout': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200, evaluator: 200, note: "ends the caller's session; answers the provider's logout URL for a ProConnect session" },
  'GET /api/auth/proconnect/logged-out': { anonymous: 404, admin: 404, programme_lead: 404, acceleration_manager: 404, referent: 404, note: 'configured: 302 to the login page for a logout this service asked for, else 400' },
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
  'GET /api/self-registration-domains': { anonymous: 401, admin: 200, programme_lead: 403, acceleration_manager: 403, referent: 403 },
  'GET /api/self-registration-domains/:id': { anonymous: 401, admin: 200, programme_lead: 403, acceleration_manager: 403, referent: 403 },
  'POST /api/self-registration-domains': { anonymous: 401, admin: 201, programme_lead: 403, acceleration_manager: 403, referent: 403 },
  'PUT /api/self-registration-domains/:id': { anonymous: 401, admin: 200, programme_lead: 403, acceleration_manager: 403, referent: 403 },
  'DELETE /api/self-registration-domains/:id': { anonymous: 401, admin: 200, programme_lead: 403, acceleration_manager: 403, referent: 403 },

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
  'GET /api/laureates': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200, note: 'a referent lists their assigned laureates only; archived ones only when filtered by archived or id' },
  'GET /api/laureates/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: ASSIGNED },
  'POST /api/laureates': { anonymous: 401, admin: 201, programme_lead: 201, acceleration_manager: 403, referent: 403 },
  'PUT /api/laureates/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: MANAGED, referent: 403, note: 'a manager: not the season, manager or phase fields (403)' },
  'DELETE /api/laureates/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403, note: '409 while records hang off it' },
  'GET /api/laureates/:id/history': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: ASSIGNED, note: 'what hangs off it, by kind' },
  'POST /api/laureates/:id/archive': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403, note: 'instead of deleting one with a history; 409 when already archived' },
  'POST /api/laureates/:id/restore': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403, note: '409 when not archived' },
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

  // documents: the rule of the record they belong to (shown here on a laureate's; a grant's, a disbursement's or a committee's are written by admins and programme leads only, and a committee's are not read by referents)
  'GET /api/documents': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200, note: "a referent lists the documents of their laureates and of their laureates' grants and disbursements" },
  'GET /api/documents/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: ASSIGNED },
  'POST /api/documents': { anonymous: 401, admin: 201, programme_lead: 201, acceleration_manager: MANAGED_CREATE, referent: 403, note: 'multipart/form-data: the fields, then the file; 413 above MAX_UPLOAD_MB, 415 for a type outside the allow-list' },
  'PUT /api/documents/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: MANAGED, referent: 403, note: 'title and kind' },
  'DELETE /api/documents/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: MANAGED, referent: 403, note: 'audited; the row and its files are kept for the audit trail' },
  'GET /api/documents/:id/content': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: ASSIGNED, note: 'the current file, as an attachment' },
  'GET /api/documents/:id/versions': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: ASSIGNED },
  'POST /api/documents/:id/versions': { anonymous: 401, admin: 201, programme_lead: 201, acceleration_manager: MANAGED_CREATE, referent: 403, note: 'a new file; the previous ones are kept' },
  'GET /api/documents/:id/versions/:number/content': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: ASSIGNED },
  // selection: own = an application promoted to the caller's laureate and assigned to the calling evaluator; other = one not promoted nor assigned
  'GET /api/calls': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200, evaluator: 200 },
  'GET /api/calls/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200, evaluator: 200 },
  'POST /api/calls': { anonymous: 401, admin: 201, programme_lead: 201, acceleration_manager: 403, referent: 403, evaluator: 403, note: '409 for a second call of a season and track' },
  'PUT /api/calls/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403, evaluator: 403 },
  'DELETE /api/calls/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403, evaluator: 403, note: '409 while it has applications' },
  'GET /api/applications': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200, evaluator: 200, note: 'an evaluator lists those assigned to them; a manager or referent those promoted to a laureate they read' },
  'GET /api/applications/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: ASSIGNED, referent: ASSIGNED, evaluator: ASSIGNED, note: "evaluators get no contact nor the team's reasons" },
  'POST /api/applications': { anonymous: 401, admin: 201, programme_lead: 201, acceleration_manager: 403, referent: 403, evaluator: 403 },
  'PUT /api/applications/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403, evaluator: 403, note: '409 on a status change outside the transitions' },
  'DELETE /api/applications/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403, evaluator: 403, note: '409 once promoted or evaluated' },
  'POST /api/applications/:id/promote': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403, evaluator: 403, note: 'a selected application (409 otherwise); idempotent' },
  'POST /api/applications/bulk-status': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403, evaluator: 403, note: 'all or nothing: 409 naming the refused ones' },
  'GET /api/evaluator-assignments': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403, evaluator: 200, note: 'an evaluator lists their own' },
  'GET /api/evaluator-assignments/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403, evaluator: ASSIGNED, note: "evaluator own / other: theirs or another evaluator's" },
  'POST /api/evaluator-assignments': { anonymous: 401, admin: 201, programme_lead: 201, acceleration_manager: 403, referent: 403, evaluator: 403, note: 'a shortlisted application, an active evaluator (400 otherwise)' },
  'POST /api/evaluator-assignments/bulk': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403, evaluator: 403, note: 'balanced, idempotent' },
  'DELETE /api/evaluator-assignments/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403, evaluator: 403, note: '409 once evaluated' },
  'GET /api/evaluations': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403, evaluator: 200, note: 'an evaluator lists their own only (blind scoring)' },
  'GET /api/evaluations/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403, evaluator: ASSIGNED, note: "evaluator own / other: theirs or another evaluator's" },
  'POST /api/evaluations': { anonymous: 401, admin: 403, programme_lead: 403, acceleration_manager: 403, referent: 403, evaluator: { own: 201, other: 404 }, note: 'evaluator own / other: an application assigned to them or not' },
  'PUT /api/evaluations/:id': { anonymous: 401, admin: 403, programme_lead: 403, acceleration_manager: 403, referent: 403, evaluator: { own: 200, other: 404 }, note: '409 once submitted' },
  'DELETE /api/evaluations/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403, evaluator: { own: 200, other: 404 }, note: 'an evaluator: their own draft' },
  'GET /api/calls/:id/ranking': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403, evaluator: 403, note: 'every score: blind to evaluators' },
  'GET /api/applications/rejected.csv': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403, evaluator: 403, note: "a season's ineligible and rejected applications with e-mails (audited export)" },
  'GET /api/selection-funnel': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403, evaluator: 403 },

  // selection: imports from Démarches Simplifiées (file and API)
  'GET /api/application-imports': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403 },
  'GET /api/application-imports/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403 },
  'POST /api/application-imports': { anonymous: 401, admin: 201, programme_lead: 201, acceleration_manager: 403, referent: 403, note: 'the CSV/XLSX file as the body; 400 when malformed or too large' },
  'POST /api/application-imports/:id/run': { anonymous: 401, admin: 202, programme_lead: 202, acceleration_manager: 403, referent: 403, note: '409 once started' },
  'GET /api/application-imports/:id/row-errors': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403 },
  'GET /api/application-imports/:id/row-errors.csv': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403 },
  'GET /api/ds-syncs': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403 },
  'GET /api/ds-syncs/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403 },
  'POST /api/ds-syncs': { anonymous: 401, admin: 201, programme_lead: 201, acceleration_manager: 403, referent: 403, note: '409 for a second sync of a call' },
  'PUT /api/ds-syncs/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403 },
  'DELETE /api/ds-syncs/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403 },
  'POST /api/ds-syncs/:id/run': { anonymous: 401, admin: [202, 409], programme_lead: [202, 409], acceleration_manager: 403, referent: 403, note: '409 while a run of the call is under way, or without DS_API_URL/DS_API_TOKEN' },
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

  // impact: a season's publication (welcome text, publish, unpublish) and its booklet, by the programme team
  'GET /api/season-publications': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403 },
  'GET /api/season-publications/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403, note: 'id: the season' },
  'PUT /api/season-publications/:id': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403, note: 'the welcome text; audited' },
  'POST /api/season-publications/:id/publish': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403, note: 'audited; the public page and open data appear' },
  'POST /api/season-publications/:id/unpublish': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403, note: 'audited; the public page and open data answer 404' },
  'GET /api/season-publications/:id/booklet.html': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403, note: 'published or not' },
  'GET /api/season-publications/:id/booklet.pdf': { anonymous: 401, admin: 200, programme_lead: 200, acceleration_manager: 403, referent: 403 },

  // impact: the public results, outside /api, without login (docs/open-data.md); nothing personal, 404 unless published
  'GET /resultats': { anonymous: 200, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200, note: 'the published seasons' },
  'GET /resultats/:year': { anonymous: 200, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200, note: '404 unless the season is published' },
  'GET /resultats/:year/donnees/:file': { anonymous: 200, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200, note: 'open data: CSV, JSON, Table Schema; 404 unless published' },
  'GET /resultats/dsfr/dsfr.min.css': { anonymous: 200, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200, note: "the DSFR's stylesheet" },
  'GET /resultats/dsfr/fonts/:file': { anonymous: 200, admin: 200, programme_lead: 200, acceleration_manager: 200, referent: 200, note: 'its Marianne fonts' },
} as const satisfies Record<string, Row>;

export type RouteKey = keyof typeof PERMISSIONS;

/** The statuses a caller may get on a target, as listed in the table. */
export function expectedStatuses(row: Row, caller: Caller, target: Target): readonly number[] {
  const cell: Expected | Readonly<Record<Target, Expected>> = caller === 'evaluator' ? (row.evaluator ?? evaluatorByDefault(row)) : row[caller];
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
    // Outside /api (the public results), the first segment names the group.
    const segments = path.split('/');
    const group = (segments[1] === 'api' ? segments[2] : segments[1].replace('*', ''))?.replace(/-(json|yaml)$/, '') || 'any path';
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
