import type { Role } from '@aic/domain';

export interface AccessUser {
  id: number;
  roles: readonly Role[];
}
export interface AccessRequest {
  resource: string;
  action: string;
  record?: { id?: unknown; laureateId?: unknown; accelerationManagerId?: unknown; laureates?: unknown; status?: unknown } | null;
}
/** Who manages laureate `id` (null: nobody), asked only for an acceleration manager's write on a given record. */
export type ManagerOf = (laureateId: number) => Promise<number | null>;

const LEADS: readonly Role[] = ['admin', 'programme_lead'];
const READS = new Set(['list', 'show', 'export']);
/** Records hanging off a laureate: its acceleration manager writes them (the API's LaureateBoundRecords). */
export const LAUREATE_BOUND = new Set(['actions', 'interactions', 'partnerships', 'objectives', 'diagnostics', 'indicators', 'measurements', 'outcome-surveys']);
/** Read by the programme team only, whoever else asks (the API's @Roles). */
const ROLE_ONLY: Record<string, readonly Role[]> = {
  users: ['admin'],
  'audit-events': LEADS,
  'self-registration-domains': ['admin'],
  'application-imports': LEADS,
  'ds-syncs': LEADS,
  'season-publications': LEADS,
  'mail-messages': ['admin'],
  // The selection: the programme team; evaluators their own assignments (managers and referents open a promoted
  // application from its laureate's page: SHOWN_ALSO).
  calls: LEADS,
  'evaluator-assignments': LEADS,
  applications: [...LEADS, 'evaluator'],
  evaluations: [...LEADS, 'evaluator'],
};
/** Opened (not listed) by more roles: the application a laureate was selected from, by its manager and referents (the API answers 404 for any other). */
const SHOWN_ALSO: Record<string, readonly Role[]> = {
  applications: ['acceleration_manager', 'referent'],
};
/**
 * What an evaluator (jury member, citizen of the panel) uses, and nothing else: the applications assigned to them
 * (read; the API answers 404 for the others) and their own evaluations (the API refuses anyone else's).
 */
const EVALUATOR_ACTIONS: Record<string, ReadonlySet<string>> = {
  applications: READS,
  evaluations: new Set([...READS, 'create', 'edit']),
};
/** Written by nobody from the admin: the API keeps them. */
const READ_ONLY = new Set(['audit-events', 'staff-members', 'evaluations', 'mail-messages']);

const has = (user: AccessUser, roles: readonly Role[]) => user.roles.some((role) => roles.includes(role));

/**
 * The API's access rules, mirrored once for menus, buttons, routes and forms (the API stays the authority):
 * programme leads and admins write everything; an acceleration manager reads everything and writes the laureates
 * they manage and what hangs off them; a referent reads (the API narrows to their laureates) and writes nothing.
 */
export async function decideAccess(user: AccessUser | null, { resource, action, record }: AccessRequest, managerOf: ManagerOf): Promise<boolean> {
  if (!user) return false;
  if (user.roles.every((role) => role === 'evaluator')) return EVALUATOR_ACTIONS[resource]?.has(action) ?? false;
  const only = ROLE_ONLY[resource];
  const shownAlso = action === 'show' && Object.hasOwn(SHOWN_ALSO, resource) && has(user, SHOWN_ALSO[resource]);
  if (only && !has(user, only) && !shownAlso) return false;
  if (READS.has(action)) return true;
  if (READ_ONLY.has(resource)) return false;
  // A validated outcome survey is read-only for everyone (its figures are published).
  if (resource === 'outcome-surveys' && record?.status === 'validated') return false;
  if (has(user, LEADS)) return true;
  if (!has(user, ['acceleration_manager'])) return false;

  if (resource === 'contacts') {
    // A contact of no team yet, or of the team of a laureate they manage (the API's ContactsService).
    const teams = Array.isArray(record?.laureates) ? (record.laureates as Array<{ laureateId: number }>) : [];
    if (action === 'create' || teams.length === 0) return true;
    const managers = await Promise.all(teams.map((team) => managerOf(Number(team.laureateId))));
    return managers.includes(user.id);
  }
  if (resource === 'laureates') {
    if (action !== 'edit') return false; // only a programme lead adds or deletes a laureate
    if (!record) return true; // the route; the record is checked once loaded
    const manager = record.accelerationManagerId !== undefined ? record.accelerationManagerId : await managerOf(Number(record.id));
    return manager === user.id;
  }
  if (resource === 'documents') {
    // As the record it belongs to: a laureate's, its manager; a grant's, a disbursement's or a committee's, leads only.
    if (!record) return true;
    if (record.laureateId == null) return false;
    return (await managerOf(Number(record.laureateId))) === user.id;
  }
  if (LAUREATE_BOUND.has(resource) || (resource === 'agenda-items' && action === 'edit')) {
    if (!record || record.laureateId == null) return action === 'create' || !record;
    return (await managerOf(Number(record.laureateId))) === user.id;
  }
  return false;
}
