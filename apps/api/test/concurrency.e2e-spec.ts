import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { seedProgramme, type Programme } from './fixtures.js';
import { bearer, createAccount, login, startTestApp, type TestApp } from './test-app.js';

/** Requests sent together (over a pool of 10 connections, so that they really overlap in PostgreSQL). */
const PARALLEL = 20;

let t: TestApp;
let p: Programme;

beforeAll(async () => {
  t = await startTestApp();
  p = await seedProgramme(t, 'conc');
});
afterAll(() => t.close());

const as = (token: string) => ({
  post: (url: string, body: object = {}) => request(t.http).post(url).set(bearer(token)).send(body),
  put: (url: string, body: object) => request(t.http).put(url).set(bearer(token)).send(body),
});
const statuses = (responses: Array<{ status: number }>) =>
  responses.reduce<Record<number, number>>((counts, r) => ({ ...counts, [r.status]: (counts[r.status] ?? 0) + 1 }), {});
const count = async (sql: string, params: unknown[] = []) => (await t.dataSource.query(sql, params))[0].n as number;

describe('concurrent writes', () => {
  it(`${PARALLEL} PUTs with the same version: exactly one 200, the others 409`, async () => {
    const { version } = (await t.dataSource.query(`SELECT version FROM organisations WHERE id = $1`, [p.organisations.carrier]))[0];
    const responses = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) => as(p.tokens.lead).put(`/api/organisations/${p.organisations.carrier}`, { territory: `Territoire ${i}`, version })),
    );
    expect(statuses(responses)).toEqual({ 200: 1, 409: PARALLEL - 1 });
    const winner = responses.find((r) => r.status === 200)!;
    const [row] = await t.dataSource.query(`SELECT version, territory FROM organisations WHERE id = $1`, [p.organisations.carrier]);
    expect(row).toEqual({ version: version + 1, territory: winner.body.territory });
    expect(await count(`SELECT count(*)::int AS n FROM audit_events WHERE resource = 'organisations' AND record_id = $1 AND action = 'update'`, [String(p.organisations.carrier)])).toBe(1);
  });

  it(`${PARALLEL} POSTs of one organisation name in look-alike spellings: exactly one row`, async () => {
    const name = 'Fédération des Communs Numériques';
    const spellings = [name, name.normalize('NFD'), name.toUpperCase(), name.replace(' ', '\u00a0'), name.replace(' ', '  '), ` ${name}\u200b`];
    const responses = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) => as(p.tokens.lead).post('/api/organisations', { name: spellings[i % spellings.length], kind: 'association' })),
    );
    expect(statuses(responses)).toEqual({ 201: 1, 409: PARALLEL - 1 });
    for (const refused of responses.filter((r) => r.status === 409)) expect(refused.body.errors).toEqual({ name: 'Valeur déjà utilisée' });
    expect(await count(`SELECT count(*)::int AS n FROM organisations WHERE aic_name_key(name) = aic_name_key($1)`, [name])).toBe(1);
  });

  it('closing a committee twice at once applies it once', async () => {
    const committee = await as(p.tokens.lead).post('/api/committees', { seasonId: p.seasonId, kind: 'acceleration', title: 'Comité concurrent', heldOn: '2026-07-10' });
    expect(committee.status).toBe(201);
    const committeeId = committee.body.id;
    expect((await as(p.tokens.lead).post('/api/agenda-items', { committeeId, laureateId: p.laureates.own })).status).toBe(201);
    expect((await as(p.tokens.lead).post('/api/decisions', { committeeId, laureateId: p.laureates.own, outcome: 'continue' })).status).toBe(201);
    const laureateVersion = (await t.dataSource.query(`SELECT version FROM laureates WHERE id = $1`, [p.laureates.own]))[0].version;
    const responses = await Promise.all(Array.from({ length: 10 }, () => as(p.tokens.lead).post(`/api/committees/${committeeId}/close`)));
    expect(statuses(responses)).toEqual({ 200: 10 });
    expect(responses.filter((r) => r.body.changes.length > 0)).toHaveLength(1);
    const [laureate] = await t.dataSource.query(`SELECT phase, version FROM laureates WHERE id = $1`, [p.laureates.own]);
    expect(laureate).toEqual({ phase: 'phase2', version: laureateVersion + 1 });
    expect(await count(`SELECT count(*)::int AS n FROM audit_events WHERE resource = 'committees' AND record_id = $1 AND action = 'update'`, [String(committeeId)])).toBe(1);
  });

  it(`the season envelope holds under ${PARALLEL} concurrent grants`, async () => {
    // 500 000 € envelope (fixtures); 20 grants of 30 000 €: at most 16 fit.
    const responses = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) => as(p.tokens.lead).post('/api/grants', { laureateId: i % 2 ? p.laureates.own : p.laureates.other, amount: 30000, purpose: 'hiring' })),
    );
    expect(statuses(responses)).toEqual({ 201: 16, 409: PARALLEL - 16 });
    const granted = await count(
      `SELECT sum(g.amount)::int AS n FROM grants g JOIN laureates l ON l.id = g.laureate_id WHERE l.season_id = $1`,
      [p.seasonId],
    );
    expect(granted).toBe(480000);
  });

  it('the season envelope holds under 10 concurrent raises of existing grants', async () => {
    const seasonId = (await as(p.tokens.lead).post('/api/seasons', { name: 'Saison des hausses', year: 2027, fundingEnvelope: 150000 })).body.id;
    const laureateId = (await as(p.tokens.lead).post('/api/laureates', { seasonId, name: 'Lauréat des hausses', track: 'ditp' })).body.id;
    const grants: Array<{ id: number; version: number }> = [];
    for (let i = 0; i < 10; i++) grants.push((await as(p.tokens.lead).post('/api/grants', { laureateId, amount: 10000, purpose: 'legal' })).body);
    // 100 000 € granted; each raise adds 10 000 €: 5 fit in the 150 000 € envelope.
    const responses = await Promise.all(grants.map((g) => as(p.tokens.lead).put(`/api/grants/${g.id}`, { amount: 20000, version: g.version })));
    expect(statuses(responses)).toEqual({ 200: 5, 409: 5 });
    expect(await count(`SELECT sum(amount)::int AS n FROM grants WHERE laureate_id = $1`, [laureateId])).toBe(150000);
  });

  it(`disbursements never exceed their grant under ${PARALLEL} concurrent payments`, async () => {
    const grant = (await t.dataSource.query(`SELECT id FROM grants WHERE laureate_id = $1 ORDER BY id LIMIT 1`, [p.laureates.own]))[0];
    // 30 000 € grant; 20 payments of 4 000 €: 7 fit (28 000 €).
    const responses = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) => as(p.tokens.lead).post('/api/disbursements', { grantId: grant.id, amount: 4000, paidOn: '2026-08-01', reference: `V-${i}` })),
    );
    expect(statuses(responses)).toEqual({ 201: 7, 409: PARALLEL - 7 });
    expect(await count(`SELECT sum(amount)::int AS n FROM disbursements WHERE grant_id = $1`, [grant.id])).toBe(28000);
    expect((await t.dataSource.query(`SELECT status FROM grants WHERE id = $1`, [grant.id]))[0].status).toBe('partially_paid');
  });
});

describe('two admins removing each other at once', () => {
  it('never leaves the programme without an active admin (5 rounds of demotion, 5 of deactivation)', async () => {
    let raced = 0;
    for (let round = 0; round < 10; round++) {
      // Exactly two active admins this round.
      await t.dataSource.query(`UPDATE users SET active = false WHERE 'admin' = ANY(roles)`);
      const emails = [`a${round}@admins.test`, `b${round}@admins.test`];
      const ids = [await createAccount(t.dataSource, emails[0], ['admin']), await createAccount(t.dataSource, emails[1], ['admin'])];
      const tokens = [await login(t.http, emails[0]), await login(t.http, emails[1])];
      const body = round < 5 ? { roles: ['programme_lead'], active: true, version: 1 } : { roles: ['admin'], active: false, version: 1 };
      const responses = await Promise.all([as(tokens[0]).put(`/api/users/${ids[1]}`, body), as(tokens[1]).put(`/api/users/${ids[0]}`, body)]);
      // The loser is refused by the rule (409) when both requests passed the role check together, or by the role
      // check itself (403, or 401 once deactivated) when the winner committed first.
      const [winner, loser] = [...responses].sort((x, y) => x.status - y.status);
      expect({ round, winner: winner.status, loserRefused: [401, 403, 409].includes(loser.status) }).toEqual({ round, winner: 200, loserRefused: true });
      if (loser.status === 409) {
        raced++;
        expect(loser.body.message).toBe("Ce compte est le dernier administrateur actif : nommez d'abord un autre administrateur");
      }
      expect(await count(`SELECT count(*)::int AS n FROM users WHERE active AND 'admin' = ANY(roles)`)).toBe(1);
    }
    // Most rounds race inside the transaction (both requests past the role check): the row locks decide them.
    expect(raced).toBeGreaterThan(0);
  });
});
