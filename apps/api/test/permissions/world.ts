import type { Role } from '@aic/domain';
import { createHash, randomBytes } from 'node:crypto';
import request from 'supertest';
import type { Caller, Target } from '../../src/common/auth/permissions.js';
import { bearer, createAccount, login, type TestApp } from '../test-app.js';

/**
 * The records the permission matrix is checked on, created once: two laureates (`own`: managed by the manager and
 * assigned to the referent; `other`: another manager's, assigned to another referent), one record of every kind on
 * each, and factories of fresh records for the calls that change or delete one (one record per call, so that calls
 * run in parallel without racing on versions or unique keys). Fixtures are inserted with SQL: fast, and the API's
 * own answers are what is under test.
 */
export interface World {
  t: TestApp;
  users: { admin: number; lead: number; manager: number; otherManager: number; referent: number; otherReferent: number };
  emails: Record<Role, string>;
  tokens: Record<Role, string>;
  season: number;
  organisation: number;
  laureates: Record<Target, number>;
  /** One record of each laureate-bound resource per laureate. */
  records: Record<string, Record<Target, number>>;
  /** An open committee on which fresh agenda items and decisions are added. */
  openCommittee: number;
  auditEvent: string;
}

let counter = 0;
export const unique = () => `${process.pid}-${++counter}`;

async function row<T = { id: number; version: number }>(t: TestApp, sql: string, params: unknown[]): Promise<T> {
  const rows = await t.dataSource.query(sql, params);
  return rows[0];
}

export async function buildWorld(t: TestApp): Promise<World> {
  const roles: Record<keyof World['users'], Role> = {
    admin: 'admin', lead: 'programme_lead', manager: 'acceleration_manager', otherManager: 'acceleration_manager', referent: 'referent', otherReferent: 'referent',
  };
  const users = {} as World['users'];
  for (const [key, role] of Object.entries(roles) as Array<[keyof World['users'], Role]>) users[key] = await createAccount(t.dataSource, `${key.toLowerCase()}@permissions.test`, [role]);
  const emails: Record<Role, string> = {
    admin: 'admin@permissions.test', programme_lead: 'lead@permissions.test', acceleration_manager: 'manager@permissions.test', referent: 'referent@permissions.test',
  };
  const tokens = {} as Record<Role, string>;
  for (const [role, email] of Object.entries(emails) as Array<[Role, string]>) tokens[role] = await login(t.http, email);

  // Through the API once, so that the audit trail has an event to read.
  const seasonRes = await request(t.http).post('/api/seasons').set(bearer(tokens.programme_lead)).send({ name: 'Saison permissions', year: 2026, status: 'accompaniment' });
  const season = seasonRes.body.id as number;
  const [{ id: auditEvent }] = await t.dataSource.query(`SELECT id::text FROM audit_events ORDER BY id LIMIT 1`);
  const organisation = (await row(t, `INSERT INTO organisations (name, kind) VALUES ('Ministère des permissions', 'ministry') RETURNING id`, [])).id;

  const w: World = { t, users, emails, tokens, season, organisation, laureates: { own: 0, other: 0 }, records: {}, openCommittee: 0, auditEvent };
  w.laureates = { own: await freshLaureate(w, 'own'), other: await freshLaureate(w, 'other') };
  const committees = { own: await freshCommittee(w, 'own', { decided: true }), other: await freshCommittee(w, 'other', { decided: true }) };
  w.openCommittee = (await row(t, `INSERT INTO committees (season_id, kind, title) VALUES ($1, 'acceleration', 'Comité ouvert') RETURNING id`, [season])).id;
  const grants = { own: 0, other: 0 };
  const records: World['records'] = {};
  for (const target of ['own', 'other'] as const) {
    const laureateId = w.laureates[target];
    const add = (resource: string, id: number) => ((records[resource] ??= { own: 0, other: 0 })[target] = id);
    add('laureates', laureateId);
    add('committees', committees[target]);
    add('actions', (await freshRecord(w, 'actions', target, laureateId)).id);
    add('interactions', (await freshRecord(w, 'interactions', target, laureateId)).id);
    add('objectives', (await freshRecord(w, 'objectives', target, laureateId)).id);
    add('partnerships', (await freshRecord(w, 'partnerships', target, laureateId)).id);
    add('diagnostics', (await freshRecord(w, 'diagnostics', target, laureateId)).id);
    add('contacts', (await freshRecord(w, 'contacts', target, laureateId)).id);
    add('commitments', (await freshRecord(w, 'commitments', target, laureateId)).id);
    add('indicators', (await freshRecord(w, 'indicators', target, laureateId)).id);
    add('measurements', (await freshRecord(w, 'measurements', target, laureateId)).id);
    add('outcome-surveys', (await freshRecord(w, 'outcome-surveys', target, laureateId)).id);
    add('referent-assignments', (await row(t, `SELECT id FROM referent_assignments WHERE laureate_id = $1`, [laureateId])).id);
    add('agenda-items', (await row(t, `SELECT id FROM agenda_items WHERE committee_id = $1`, [committees[target]])).id);
    add('decisions', (await row(t, `SELECT id FROM decisions WHERE committee_id = $1`, [committees[target]])).id);
    grants[target] = (await row(t, `INSERT INTO grants (laureate_id, amount, purpose) VALUES ($1, 1000000, 'other') RETURNING id`, [laureateId])).id;
    add('grants', grants[target]);
    add('disbursements', (await freshRecord(w, 'disbursements', target, grants[target])).id);
  }
  w.records = records;
  return w;
}

/** A laureate of `target`: managed by the manager and assigned to the referent, or another manager's and referent's. */
export async function freshLaureate(w: World, target: Target): Promise<number> {
  const own = target === 'own';
  const { id } = await row(w.t, `INSERT INTO laureates (season_id, name, track, acceleration_manager_id) VALUES ($1, $2, 'dinum', $3) RETURNING id`, [
    w.season, `Lauréat ${target} ${unique()}`, own ? w.users.manager : w.users.otherManager,
  ]);
  await w.t.dataSource.query(`INSERT INTO referent_assignments (laureate_id, user_id, kind) VALUES ($1, $2, 'interministerial')`, [id, own ? w.users.referent : w.users.otherReferent]);
  return id;
}

/** A committee with a fresh laureate of `target` on its agenda (and a decision for it when `decided`). */
export async function freshCommittee(w: World, target: Target, options: { decided?: boolean } = {}): Promise<number> {
  const laureateId = await freshLaureate(w, target);
  const { id } = await row(w.t, `INSERT INTO committees (season_id, kind, title) VALUES ($1, 'acceleration', $2) RETURNING id`, [w.season, `Comité ${target} ${unique()}`]);
  await w.t.dataSource.query(`INSERT INTO agenda_items (committee_id, laureate_id, position) VALUES ($1, $2, 1)`, [id, laureateId]);
  if (options.decided) await w.t.dataSource.query(`INSERT INTO decisions (committee_id, laureate_id, outcome) VALUES ($1, $2, 'continue')`, [id, laureateId]);
  return id;
}

/** A fresh record of a resource, on laureate `parentId` (on grant `parentId` for a disbursement). */
export async function freshRecord(w: World, resource: string, target: Target, parentId?: number): Promise<{ id: number; version: number }> {
  const t = w.t;
  const laureateId = parentId ?? (await freshLaureate(w, target));
  const returning = 'RETURNING id, version';
  switch (resource) {
    case 'actions':
      return row(t, `INSERT INTO actions (laureate_id, axis, support_type, title) VALUES ($1, 'consolidate', 'technical', $2) ${returning}`, [laureateId, `Action ${unique()}`]);
    case 'interactions':
      return row(t, `INSERT INTO interactions (laureate_id, kind, occurred_at, title) VALUES ($1, 'call', '2026-01-10T10:00:00Z', $2) ${returning}`, [laureateId, `Appel ${unique()}`]);
    case 'objectives':
      return row(t, `INSERT INTO objectives (laureate_id, axis, title) VALUES ($1, 'deploy', $2) ${returning}`, [laureateId, `Objectif ${unique()}`]);
    case 'partnerships':
      return row(t, `INSERT INTO partnerships (laureate_id, organisation_id, purpose) VALUES ($1, $2, 'expertise') ${returning}`, [laureateId, w.organisation]);
    case 'diagnostics':
      return row(t, `INSERT INTO diagnostics (laureate_id, season_id) VALUES ($1, $2) ${returning}`, [laureateId, w.season]);
    case 'commitments':
      return row(t, `INSERT INTO commitments (laureate_id, organisation_id, kind, description) VALUES ($1, $2, 'other', 'Mise à disposition') ${returning}`, [laureateId, w.organisation]);
    case 'grants':
      return row(t, `INSERT INTO grants (laureate_id, amount, purpose) VALUES ($1, 1000, 'other') ${returning}`, [laureateId]);
    case 'contacts': {
      const contact = await row(t, `INSERT INTO contacts (first_name, last_name) VALUES ('Camille', $1) ${returning}`, [`Fictive ${unique()}`]);
      await t.dataSource.query(`INSERT INTO laureate_contacts (laureate_id, contact_id, role) VALUES ($1, $2, 'Trésorière')`, [laureateId, contact.id]);
      return contact;
    }
    case 'partner-contacts': {
      // Hangs off the laureate through a partnership only, in no team.
      const contact = await row(t, `INSERT INTO contacts (first_name, last_name) VALUES ('Alix', $1) ${returning}`, [`Partenaire ${unique()}`]);
      await t.dataSource.query(`INSERT INTO partnerships (laureate_id, organisation_id, purpose, contact_id) VALUES ($1, $2, 'data', $3)`, [laureateId, w.organisation, contact.id]);
      return contact;
    }
    case 'referent-assignments':
      return row(t, `INSERT INTO referent_assignments (laureate_id, user_id, kind) VALUES ($1, $2, 'ministerial') ${returning}`, [laureateId, await freshUser(w, 'referent')]);
    case 'laureates':
      return row(t, `SELECT id, version FROM laureates WHERE id = $1`, [laureateId]);
    case 'committees': {
      const id = await freshCommittee(w, target);
      return row(t, `SELECT id, version FROM committees WHERE id = $1`, [id]);
    }
    case 'agenda-items':
      return row(t, `INSERT INTO agenda_items (committee_id, laureate_id, position) VALUES ($1, $2, 1) ${returning}`, [w.openCommittee, laureateId]);
    case 'decisions':
      await t.dataSource.query(`INSERT INTO agenda_items (committee_id, laureate_id, position) VALUES ($1, $2, 1)`, [w.openCommittee, laureateId]);
      return row(t, `INSERT INTO decisions (committee_id, laureate_id, outcome) VALUES ($1, $2, 'continue') ${returning}`, [w.openCommittee, laureateId]);
    case 'disbursements': {
      const grantId = parentId ?? (await freshRecord(w, 'grants', target)).id;
      return row(t, `INSERT INTO disbursements (grant_id, amount, paid_on) VALUES ($1, 10, '2026-03-01') ${returning}`, [grantId]);
    }
    case 'indicators':
      return row(t, `INSERT INTO indicators (laureate_id, name, unit, baseline_value, target_value) VALUES ($1, $2, 'stations', 0, 5) ${returning}`, [laureateId, `Indicateur ${unique()}`]);
    case 'measurements': {
      const indicator = await freshRecord(w, 'indicators', target, laureateId);
      return row(t, `INSERT INTO measurements (indicator_id, laureate_id, value, measured_on) VALUES ($1, $2, 2, '2026-02-01') ${returning}`, [indicator.id, laureateId]);
    }
    case 'outcome-surveys':
      return row(t, `INSERT INTO outcome_surveys (laureate_id, months_saved) VALUES ($1, 12) ${returning}`, [laureateId]);
    default:
      throw new Error(`no fixture for ${resource}`);
  }
}

/** The secret address of a fresh account's calendar feed (the token as a calendar application holds it). */
export async function freshCalendarToken(w: World): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const userId = await freshUser(w, 'acceleration_manager');
  await w.t.dataSource.query(`INSERT INTO calendar_feeds (user_id, token_hash) VALUES ($1, $2)`, [userId, createHash('sha256').update(token).digest('hex')]);
  return token;
}

/** An account of `role` that no other call uses (changing a password or deleting an account must not touch the shared ones). */
export async function freshUser(w: World, role: Role): Promise<number> {
  return (await row(w.t, `INSERT INTO users (email, full_name, password_hash, roles) VALUES ($1, $2, 'not-a-hash', $3) RETURNING id`, [`${role}.${unique()}@permissions.test`, `Compte ${unique()}`, [role]])).id;
}

/** The bearer token a caller sends by default (none for anonymous). */
export const tokenOf = (w: World, caller: Caller): string | null => (caller === 'anonymous' ? null : w.tokens[caller]);

/** A session of its own for `caller` (logout ends it), or a fresh account's for a password change. */
export async function ownSession(w: World, caller: Caller, options: { freshAccount?: boolean } = {}): Promise<string | null> {
  if (caller === 'anonymous') return null;
  if (!options.freshAccount) return login(w.t.http, w.emails[caller]);
  const email = `${caller}.${unique()}@permissions.test`;
  await createAccount(w.t.dataSource, email, [caller]);
  return login(w.t.http, email);
}
