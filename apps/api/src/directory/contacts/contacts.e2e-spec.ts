import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { seedProgramme, type Programme } from '../../../test/fixtures.js';
import { bearer, startTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let p: Programme;
beforeAll(async () => {
  t = await startTestApp();
  p = await seedProgramme(t, 'contacts');
});
afterAll(() => t.close());

const post = (body: object, token = p.tokens.manager) => request(t.http).post('/api/contacts').set(bearer(token)).send(body);
const search = (filter: object) => request(t.http).get('/api/contacts').query({ filter: JSON.stringify(filter) }).set(bearer(p.tokens.lead));

describe('/api/contacts', () => {
  it('creates a team contact with its role, returned with the record and audited', async () => {
    const res = await post({ firstName: 'Élodie', lastName: 'Exemple', email: 'Elodie.Exemple@infoclimat.example ', organisationId: p.organisations.carrier, laureates: [{ laureateId: p.laureates.own, role: 'Présidente' }] });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ email: 'Elodie.Exemple@infoclimat.example', laureates: [{ laureateId: p.laureates.own, role: 'Présidente' }] });
    const [event] = await t.dataSource.query(`SELECT changes FROM audit_events WHERE resource = 'contacts' AND record_id = $1`, [String(res.body.id)]);
    expect(event.changes.laureates.after).toEqual([{ laureateId: p.laureates.own, role: 'Présidente' }]);
  });

  it('searches names, e-mail and organisation name without accents; filters a team', async () => {
    expect((await search({ q: 'elodie' })).body).toHaveLength(1);
    expect((await search({ q: 'meteo libre' })).body).toHaveLength(1);
    expect((await search({ laureateId: p.laureates.own })).body).toHaveLength(1);
    expect((await search({ laureateId: p.laureates.other })).body).toEqual([]);
  });

  it('validates e-mail and phone, naming the fields', async () => {
    const res = await post({ firstName: 'A', lastName: 'B', email: 'nope', phone: 'call me' });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors).sort()).toEqual(['email', 'phone']);
  });

  it("a manager may not put a contact into another manager's team, nor edit a contact of that team", async () => {
    expect((await post({ firstName: 'Jo', lastName: 'Fictif', laureates: [{ laureateId: p.laureates.other }] })).status).toBe(403);
    const theirs = await post({ firstName: 'Lou', lastName: 'Inventé', laureates: [{ laureateId: p.laureates.other }] }, p.tokens.otherManager);
    const put = await request(t.http).put(`/api/contacts/${theirs.body.id}`).set(bearer(p.tokens.manager)).send({ ...theirs.body, jobTitle: 'X' });
    expect(put.status).toBe(403);
    const mine = (await search({ q: 'elodie' })).body[0];
    const move = await request(t.http).put(`/api/contacts/${mine.id}`).set(bearer(p.tokens.manager)).send({ ...mine, laureates: [...mine.laureates, { laureateId: p.laureates.other, role: 'Membre' }] });
    expect(move.status).toBe(403);
    expect((await search({ laureateId: p.laureates.other })).body.map((c: { lastName: string }) => c.lastName)).toEqual(['Inventé']);
  });

  it('a contact of no team yet (an administration contact) can be recorded and edited by a manager', async () => {
    const created = await post({ firstName: 'Sam', lastName: 'Imaginaire', jobTitle: 'Chef de bureau', organisationId: p.organisations.directorate });
    expect(created.status).toBe(201);
    const put = await request(t.http).put(`/api/contacts/${created.body.id}`).set(bearer(p.tokens.manager)).send({ ...created.body, phone: '+33 1 00 00 00 00' });
    expect(put.status).toBe(200);
    expect(put.body.laureates).toEqual([]);
  });

  it('lists each contact as its own record reads, with its laureates (written by PostgreSQL with the page)', async () => {
    const two = await post({ firstName: 'Noé', lastName: 'Deuxéquipes', laureates: [{ laureateId: p.laureates.own, role: 'Trésorier' }] });
    await t.dataSource.query(`INSERT INTO laureate_contacts (laureate_id, contact_id, role) VALUES ($1, $2, NULL)`, [p.laureates.other, two.body.id]);
    for (const filter of [{}, { q: 'deuxequipes' }, { q: 'imaginaire' }]) {
      const listed = (await search(filter)).body as Array<{ id: number }>;
      expect(listed.length).toBeGreaterThan(0);
      for (const row of listed) expect(row).toEqual((await request(t.http).get(`/api/contacts/${row.id}`).set(bearer(p.tokens.lead))).body);
    }
    const [listed] = (await search({ q: 'deuxequipes' })).body;
    expect(listed.laureates).toEqual([{ laureateId: p.laureates.own, role: 'Trésorier' }, { laureateId: p.laureates.other, role: null }].sort((a, b) => a.laureateId - b.laureateId));
  });
});
