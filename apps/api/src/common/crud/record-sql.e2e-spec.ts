import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { Pool, PoolClient } from 'pg';
import { In, type Logger } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { seedProgramme, type Programme } from '../../../test/fixtures.js';
import { bearer, startTestApp, type TestApp } from '../../../test/test-app.js';
import { diffRecords } from '../../platform/audit-events/audit.service.js';
import { hydrate, planOf } from './record-sql.js';

let t: TestApp;
let p: Programme;
let statements: string[] | null = null;

beforeAll(async () => {
  t = await startTestApp();
  p = await seedProgramme(t, 'rsql');
  // Every statement the API sends through TypeORM (BEGIN and COMMIT included), while `statements` is set.
  const logger = t.dataSource.logger;
  const counting: Logger = Object.assign(Object.create(logger), {
    logQuery: (query: string, parameters?: unknown[], runner?: never) => {
      statements?.push(query);
      return logger.logQuery(query, parameters, runner);
    },
  });
  Object.defineProperty(t.dataSource, 'logger', { value: counting });
});
afterAll(() => t.close());

/** The statements of one request, without the session lookup that every authenticated request makes. */
async function statementsOf<R>(send: () => Promise<R>): Promise<{ result: R; sql: string[] }> {
  statements = [];
  try {
    const result = await send();
    return { result, sql: statements.filter((s) => !/\bsessions\b/.test(s)) };
  } finally {
    statements = null;
  }
}

const api = (token: string) => ({
  post: (url: string, body: object) => request(t.http).post(url).set(bearer(token)).send(body),
  put: (url: string, body: object) => request(t.http).put(url).set(bearer(token)).send(body),
  delete: (url: string) => request(t.http).delete(url).set(bearer(token)),
});
const auditOf = async (resource: string, id: number, action: string) =>
  (await t.dataSource.query(`SELECT changes FROM audit_events WHERE resource = $1 AND record_id = $2 AND action = $3`, [resource, String(id), action])).map((r: { changes: object }) => r.changes);

/** The texts prepared on the pool's connections (all held at once, so that each is asked) that start with `start`. */
async function preparedTexts(start: string): Promise<string[]> {
  const pool = (t.dataSource.driver as PostgresDriver).master as Pool;
  const held: PoolClient[] = [];
  try {
    for (let i = 0; i < pool.totalCount; i++) held.push(await pool.connect());
    const found = await Promise.all(held.map(async (c) => (await c.query(`SELECT statement FROM pg_prepared_statements WHERE starts_with(statement, $1)`, [start])).rows));
    return found.flat().map((r: { statement: string }) => r.statement);
  } finally {
    for (const client of held) client.release();
  }
}

describe('a write and its audit event in one statement', () => {
  it('POST /api/actions: one statement (the access check, the row and its audit event), no transaction', async () => {
    for (const [token, laureateId] of [[p.tokens.lead, p.laureates.other], [p.tokens.manager, p.laureates.own]] as const) {
      const { result: res, sql } = await statementsOf(() => api(token).post('/api/actions', { laureateId, axis: 'deploy', supportType: 'networking', title: 'Une action', dueOn: '2030-01-15' }));
      expect(res.status).toBe(201);
      expect(sql).toHaveLength(1);
      expect(sql[0]).toMatch(/^WITH ins AS \(INSERT INTO "actions" .* WHERE EXISTS \(SELECT 1 FROM laureates .*INSERT INTO audit_events/s);
      // The answer and the audit event are what TypeORM's save, re-read and diffRecords gave.
      const entity = await t.dataSource.getRepository('Action').findOneByOrFail({ id: res.body.id });
      expect(res.body).toEqual(JSON.parse(JSON.stringify(entity)));
      expect(res.body).toMatchObject({ laureateId, status: 'planned', doneOn: null, version: 1, dueOn: '2030-01-15' });
      expect(await auditOf('actions', res.body.id, 'create')).toEqual([JSON.parse(JSON.stringify(diffRecords(null, entity)))]);
    }
    // Parsed and planned once per connection: the statement is kept prepared for the next create.
    expect(await preparedTexts('WITH ins AS (INSERT INTO "actions"')).not.toHaveLength(0);
  });

  it('refuses as before: a laureate not managed (403), a missing one (400), access before the rule, nothing written', async () => {
    const before = (await t.dataSource.query(`SELECT (SELECT count(*) FROM actions)::int AS a, (SELECT count(*) FROM audit_events)::int AS e`))[0];
    const other = await api(p.tokens.manager).post('/api/actions', { laureateId: p.laureates.other, axis: 'deploy', supportType: 'technical', title: 'X' });
    expect(other.status).toBe(403);
    const missing = await api(p.tokens.lead).post('/api/actions', { laureateId: 999999, axis: 'deploy', supportType: 'technical', title: 'X' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toHaveProperty('laureateId');
    // The rule refuses too (no axis): the access error comes first, as when the access check ran first.
    const both = await api(p.tokens.manager).post('/api/actions', { laureateId: p.laureates.other, supportType: 'technical', title: 'X' });
    expect(both.status).toBe(403);
    const ruleOnly = await api(p.tokens.manager).post('/api/actions', { laureateId: p.laureates.own, supportType: 'technical', title: 'X' });
    expect(ruleOnly.status).toBe(400);
    expect(ruleOnly.body.errors).toHaveProperty('axis');
    const referent = await api(p.tokens.referent).post('/api/actions', { laureateId: p.laureates.own, axis: 'deploy', supportType: 'technical', title: 'X' });
    expect(referent.status).toBe(403);
    expect((await t.dataSource.query(`SELECT (SELECT count(*) FROM actions)::int AS a, (SELECT count(*) FROM audit_events)::int AS e`))[0]).toEqual(before);
  });

  it('PUT and DELETE: the row locked and its version checked in a transaction, then the change and its audit event in one statement', async () => {
    const created = (await api(p.tokens.manager).post('/api/actions', { laureateId: p.laureates.own, axis: 'deploy', supportType: 'technical', title: 'À faire' })).body;
    const { result: res, sql } = await statementsOf(() => api(p.tokens.manager).put(`/api/actions/${created.id}`, { status: 'done', version: 1 }));
    expect(res.status).toBe(200);
    expect(sql[0]).toBe('START TRANSACTION');
    expect(sql[1]).toMatch(/FOR UPDATE/);
    expect(sql.at(-1)).toBe('COMMIT');
    const writes = sql.filter((s) => /\b(INSERT|UPDATE|DELETE)\b/.test(s) && !/FOR UPDATE/.test(s));
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatch(/^WITH upd AS \(UPDATE "actions" SET .*INSERT INTO audit_events/s);
    // START, lock, the access read, the write, COMMIT (9 before: TypeORM's save read the row before and after its
    // UPDATE, then the audit INSERT; 6 while the access took two reads).
    expect(sql).toHaveLength(5);
    const entity = await t.dataSource.getRepository('Action').findOneByOrFail({ id: created.id });
    expect(res.body).toEqual(JSON.parse(JSON.stringify(entity)));
    expect(res.body).toMatchObject({ status: 'done', version: 2 });
    expect(new Date(res.body.updatedAt).getTime()).toBeGreaterThan(new Date(created.updatedAt).getTime());
    expect(await auditOf('actions', created.id, 'update')).toEqual([{ status: { before: 'planned', after: 'done' }, doneOn: { before: null, after: res.body.doneOn } }]);

    const stale = await api(p.tokens.manager).put(`/api/actions/${created.id}`, { status: 'cancelled', version: 1 });
    expect(stale.status).toBe(409);
    expect(await auditOf('actions', created.id, 'update')).toHaveLength(1);

    const removed = await statementsOf(() => api(p.tokens.manager).delete(`/api/actions/${created.id}`));
    expect(removed.result.status).toBe(200);
    expect(removed.sql.filter((s) => /^WITH del AS \(DELETE FROM "actions"/.test(s))).toHaveLength(1);
    expect(await auditOf('actions', created.id, 'delete')).toEqual([JSON.parse(JSON.stringify(diffRecords(entity, null)))]);
    expect(await t.dataSource.query(`SELECT id FROM actions WHERE id = $1`, [created.id])).toEqual([]);
    // Both writes prepared on the transaction's connection, kept for the next ones.
    expect(await preparedTexts('WITH upd AS (UPDATE "actions"')).not.toHaveLength(0);
    expect(await preparedTexts('WITH del AS (DELETE FROM "actions"')).not.toHaveLength(0);
    // So is the read that locks the row (TypeORM's findOne sent it unnamed: parsed and planned on each write).
    const locks = (await preparedTexts('SELECT "record"')).filter((text) => text.includes('FROM "actions" "record"') && /FOR UPDATE$/.test(text));
    expect(locks).not.toHaveLength(0);
  });

  it('for every entity with a one-statement plan: SQL gives the audit event and the record that TypeORM and diffRecords give', async () => {
    // Rows of many kinds, with values whose JSON form is easy to get wrong (microseconds, cents, arrays, jsonb).
    const lead = api(p.tokens.lead);
    const objective = (await lead.post('/api/objectives', { laureateId: p.laureates.own, axis: 'integrate', title: 'Convention' })).body;
    await lead.post('/api/actions', { laureateId: p.laureates.own, objectiveId: objective.id, supportType: 'networking', title: 'Faite', status: 'done' });
    await lead.post('/api/interactions', { laureateId: p.laureates.own, kind: 'call', occurredAt: '2026-01-10T10:00:00Z', title: 'Appel', organisationIds: [p.organisations.ministry] });
    await lead.post('/api/grants', { laureateId: p.laureates.own, amount: 12345.6, purpose: 'hiring' });
    await lead.post('/api/partnerships', { laureateId: p.laureates.own, organisationId: p.organisations.ministry, purpose: 'expertise', status: 'identified' });
    await lead.post('/api/committees', { seasonId: p.seasonId, kind: 'engagement', title: 'Comité', heldOn: '2026-07-10', externalMembers: [{ name: 'Camille Fictive', organisation: 'DITP' }] });
    await lead.post('/api/contacts', { firstName: 'Camille', lastName: 'Fictive', laureates: [{ laureateId: p.laureates.own, role: 'Trésorière' }] });
    await t.dataSource.query(`UPDATE interactions SET occurred_at = '2026-01-10 10:00:00.999999+00' WHERE title = 'Appel'`);
    await t.dataSource.query(`UPDATE grants SET amount = 0.10`);
    await t.dataSource.query(`UPDATE laureates SET updated_at = updated_at + interval '0.0005 seconds'`);

    const checked: string[] = [];
    const driver = t.dataSource.driver;
    for (const metadata of t.dataSource.entityMetadatas) {
      const plan = planOf(metadata, t.dataSource.manager);
      if (!plan) continue;
      const raws: Array<Record<string, unknown>> = await t.dataSource.query(`SELECT * FROM ${plan.table} ORDER BY id LIMIT 20`);
      if (raws.length === 0) continue;
      const ids = raws.map((r) => r.id);
      const entities = await t.dataSource.getRepository(metadata.target).find({ where: { id: In(ids) }, order: { id: 'ASC' } } as never);
      expect(raws.map((raw) => JSON.stringify(hydrate(metadata, plan, driver, raw)))).toEqual(entities.map((e) => JSON.stringify(e)));
      const expected = Object.fromEntries(entities.map((e) => [String((e as { id: unknown }).id), diffRecords(null, e)]));
      const rows: Array<{ sql: string; js: string }> = await t.dataSource.query(
        `SELECT (${plan.createChanges})::text AS sql, ($1::jsonb -> r.id::text)::text AS js FROM ${plan.table} r WHERE r.id = ANY($2) ORDER BY r.id`,
        [JSON.stringify(expected), ids],
      );
      for (const row of rows) expect(row.sql).toBe(row.js);
      checked.push(metadata.tableName);
    }
    // Grants keep TypeORM's path (virtual columns), seasons have euros.
    expect(checked).toEqual(expect.arrayContaining(['actions', 'interactions', 'seasons', 'users', 'laureates', 'organisations', 'committees', 'contacts', 'partnerships', 'objectives']));
  });
});
