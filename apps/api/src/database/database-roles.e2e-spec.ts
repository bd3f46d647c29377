import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { accountsByRole, bearer, startTestApp, type TestApp } from '../../test/test-app.js';

// The API connects as the application role `aic_app` (migration CreateAppRole), as every e2e test does through test-app.
let t: TestApp;
let tokens: Awaited<ReturnType<typeof accountsByRole>>['tokens'];

beforeAll(async () => {
  t = await startTestApp();
  tokens = (await accountsByRole(t, 'roles')).tokens;
});
afterAll(() => t.close());

const refused = (sql: string) => expect(t.dataSource.query(sql)).rejects.toThrow(/permission denied|must be owner|must be superuser/);

describe('the API\'s database role', () => {
  it('is aic_app: no superuser, owns no table', async () => {
    const [role] = await t.dataSource.query(
      `SELECT current_user AS name, r.rolsuper AS superuser, r.rolcreaterole AS createrole, r.rolbypassrls AS bypassrls,
              (SELECT count(*)::int FROM pg_tables WHERE schemaname = 'public' AND pg_has_role(current_user, tableowner, 'USAGE')) AS owned
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(role).toEqual({ name: 'aic_app', superuser: false, createrole: false, bypassrls: false, owned: 0 });
  });

  it('cannot change or remove audit events, nor switch their protection off', async () => {
    await request(t.http).post('/api/seasons').set(bearer(tokens.programme_lead)).send({ name: 'Saison rôles', year: 2031 }).expect(201);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM audit_events`);
    expect(count).toBe(1);
    await refused(`UPDATE audit_events SET actor_email = 'forged'`);
    await refused(`DELETE FROM audit_events`);
    await refused(`TRUNCATE audit_events`);
    await refused(`ALTER TABLE audit_events DISABLE TRIGGER ALL`);
    await refused(`ALTER TABLE audit_events DISABLE TRIGGER "TRG_audit_events_no_update_delete"`);
    await refused(`DROP TRIGGER "TRG_audit_events_no_update_delete" ON audit_events`);
    await refused(`ALTER TABLE audit_events ADD COLUMN forged text`);
    await refused(`DROP TABLE audit_events`);
    await refused(`SET session_replication_role = replica`);
    await refused(`CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$`);
    await t.dataSource.query(`GRANT UPDATE, DELETE ON audit_events TO aic_app`); // a warning, "no privileges were granted"
    await refused(`DELETE FROM audit_events`);
    const [{ after }] = await t.dataSource.query(`SELECT count(*)::int AS after FROM audit_events`);
    expect(after).toBe(1);
  });

  it('cannot alter, truncate or create tables, nor touch the migrations\' record', async () => {
    await refused(`ALTER TABLE organisations DISABLE TRIGGER ALL`);
    await refused(`ALTER TABLE organisations ADD COLUMN forged text`);
    await refused(`TRUNCATE organisations`);
    await refused(`CREATE TABLE forged (id int)`);
    await refused(`SELECT * FROM migrations`);
  });

  it('still does every ordinary write of the API: create, update, delete, with their audit events', async () => {
    const created = await request(t.http).post('/api/organisations').set(bearer(tokens.programme_lead)).send({ name: 'Collectif des rôles', kind: 'association' });
    expect(created.status).toBe(201);
    const updated = await request(t.http).put(`/api/organisations/${created.body.id}`).set(bearer(tokens.programme_lead)).send({ ...created.body, territory: 'Bretagne' });
    expect(updated.status).toBe(200);
    expect((await request(t.http).delete(`/api/organisations/${created.body.id}`).set(bearer(tokens.programme_lead))).status).toBe(200);
    const events = await t.dataSource.query(`SELECT action FROM audit_events WHERE resource = 'organisations' AND record_id = $1 ORDER BY id`, [String(created.body.id)]);
    expect(events.map((e: { action: string }) => e.action)).toEqual(['create', 'update', 'delete']);
  });
});
